using System.Threading.Tasks;
using NhsCodeAnalyzers.Tests.Verifiers;
using VerifyFix = NhsCodeAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    NhsCodeAnalyzers.Rules.UnkeyedIdentifierHashAnalyzer,
    NhsCodeAnalyzers.CodeFixes.Rules.UnkeyedIdentifierHashCodeFix>;

namespace NhsCodeAnalyzers.Tests.Rules
{
    /// <summary>
    /// NHS2001's fix: key the hash with a key already in scope, keeping its strength. Each test also runs Fix All in
    /// document, project and solution scope (the testing library does that when there are several diagnostics).
    /// </summary>
    public sealed class NHS2001UnkeyedIdentifierHashCodeFixTests
    {
        [Fact]
        public Task Rewrites_SHA256_HashData_to_HMACSHA256_keyed_with_the_field() => VerifyFix.VerifyFixAsync("""
            using System.Security.Cryptography;
            using System.Text;

            class Pseudonymiser
            {
                private readonly byte[] _pepperKey;

                public Pseudonymiser(byte[] pepperKey) => _pepperKey = pepperKey;

                // Pseudonym for the research extract.
                public byte[] Pseudonym(string nhsNumber) => {|NHS2001:SHA256.HashData(Encoding.UTF8.GetBytes(nhsNumber))|}; // one per patient
            }
            """, """
            using System.Security.Cryptography;
            using System.Text;

            class Pseudonymiser
            {
                private readonly byte[] _pepperKey;

                public Pseudonymiser(byte[] pepperKey) => _pepperKey = pepperKey;

                // Pseudonym for the research extract.
                public byte[] Pseudonym(string nhsNumber) => HMACSHA256.HashData(_pepperKey, Encoding.UTF8.GetBytes(nhsNumber)); // one per patient
            }
            """);

        [Fact]
        public Task Keeps_the_strength_of_each_algorithm_and_fixes_all_of_them_with_one_key() => VerifyFix.VerifyFixAsync("""
            using System;
            using System.Security.Cryptography;
            using System.Text;

            class Pseudonymiser(byte[] secretKey)
            {
                public void Hash(string nhsNumber, Span<byte> destination)
                {
                    var bytes = Encoding.UTF8.GetBytes(nhsNumber);
                    {|NHS2001:SHA1.HashData(bytes)|};
                    {|NHS2001:SHA256.HashData(bytes)|};
                    {|NHS2001:SHA384.HashData(bytes)|};
                    {|NHS2001:SHA512.HashData(bytes)|};
                    {|NHS2001:MD5.HashData(bytes)|};
                    {|NHS2001:SHA256.TryHashData(bytes, destination, out var written)|};
                    {|NHS2001:System.Security.Cryptography.SHA512.HashData(source: bytes)|};
                }
            }
            """, """
            using System;
            using System.Security.Cryptography;
            using System.Text;

            class Pseudonymiser(byte[] secretKey)
            {
                public void Hash(string nhsNumber, Span<byte> destination)
                {
                    var bytes = Encoding.UTF8.GetBytes(nhsNumber);
                    HMACSHA1.HashData(secretKey, bytes);
                    HMACSHA256.HashData(secretKey, bytes);
                    HMACSHA384.HashData(secretKey, bytes);
                    HMACSHA512.HashData(secretKey, bytes);
                    HMACMD5.HashData(secretKey, bytes);
                    HMACSHA256.TryHashData(secretKey, bytes, destination, out var written);
                    HMACSHA512.HashData(source: bytes, key: secretKey);
                }
            }
            """);

        [Fact]
        public Task Rewrites_the_creation_of_a_hash_object_and_keeps_the_using_declaration() => VerifyFix.VerifyFixAsync("""
            using System.Security.Cryptography;
            using System.Text;

            class Pseudonymiser
            {
                public byte[] Pseudonym(string nhsNumber, byte[] pepperKey)
                {
                    using var sha = SHA256.Create();
                    var first = {|NHS2001:sha.ComputeHash(Encoding.UTF8.GetBytes(nhsNumber))|};
                    return {|NHS2001:sha.ComputeHash(Encoding.UTF8.GetBytes("nhs:" + nhsNumber))|};
                }
            }
            """, """
            using System.Security.Cryptography;
            using System.Text;

            class Pseudonymiser
            {
                public byte[] Pseudonym(string nhsNumber, byte[] pepperKey)
                {
                    using var sha = new HMACSHA256(pepperKey);
                    var first = sha.ComputeHash(Encoding.UTF8.GetBytes(nhsNumber));
                    return sha.ComputeHash(Encoding.UTF8.GetBytes("nhs:" + nhsNumber));
                }
            }
            """);

        [Fact]
        public Task Changes_an_explicit_type_that_cannot_hold_the_HMAC_and_keeps_the_using_block() => VerifyFix.VerifyFixAsync("""
            using System.Security.Cryptography;
            using System.Text;

            class Pseudonymiser
            {
                public byte[] Pseudonym(string nhsNumber, byte[] pepperKey)
                {
                    using (SHA512 sha = SHA512.Create())
                    {
                        return {|NHS2001:sha.ComputeHash(Encoding.UTF8.GetBytes(nhsNumber))|};
                    }
                }

                public byte[] Base(string nhsNumber, byte[] pepperKey)
                {
                    HashAlgorithm md5 = MD5.Create();
                    return {|NHS2001:md5.ComputeHash(Encoding.UTF8.GetBytes(nhsNumber))|};
                }
            }
            """, """
            using System.Security.Cryptography;
            using System.Text;

            class Pseudonymiser
            {
                public byte[] Pseudonym(string nhsNumber, byte[] pepperKey)
                {
                    using (HMACSHA512 sha = new HMACSHA512(pepperKey))
                    {
                        return sha.ComputeHash(Encoding.UTF8.GetBytes(nhsNumber));
                    }
                }

                public byte[] Base(string nhsNumber, byte[] pepperKey)
                {
                    HashAlgorithm md5 = new HMACMD5(pepperKey);
                    return md5.ComputeHash(Encoding.UTF8.GetBytes(nhsNumber));
                }
            }
            """);

        [Fact]
        public Task Rewrites_an_inline_creation_and_copies_a_span_key_for_the_constructor() => VerifyFix.VerifyFixAsync("""
            using System;
            using System.Security.Cryptography;
            using System.Text;

            class Pseudonymiser
            {
                public byte[] Pseudonym(string nhsNumber, ReadOnlySpan<byte> pepper)
                    => {|NHS2001:SHA256.Create().ComputeHash(Encoding.UTF8.GetBytes(nhsNumber))|};

                public byte[] OneShot(string nhsNumber, ReadOnlySpan<byte> pepper)
                    => {|NHS2001:SHA256.HashData(Encoding.UTF8.GetBytes(nhsNumber))|};
            }
            """, """
            using System;
            using System.Security.Cryptography;
            using System.Text;

            class Pseudonymiser
            {
                public byte[] Pseudonym(string nhsNumber, ReadOnlySpan<byte> pepper)
                    => new HMACSHA256(pepper.ToArray()).ComputeHash(Encoding.UTF8.GetBytes(nhsNumber));

                public byte[] OneShot(string nhsNumber, ReadOnlySpan<byte> pepper)
                    => HMACSHA256.HashData(pepper, Encoding.UTF8.GetBytes(nhsNumber));
            }
            """);

        [Fact]
        public Task Rewrites_IncrementalHash_CreateHash_to_CreateHMAC() => VerifyFix.VerifyFixAsync("""
            using System.Security.Cryptography;
            using System.Text;

            class Pseudonymiser
            {
                private static byte[] PepperKey { get; set; } = System.Array.Empty<byte>();

                public static byte[] Pseudonym(string nhsNumber, string dateOfBirth)
                {
                    using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA384);
                    {|NHS2001:hash.AppendData(Encoding.UTF8.GetBytes(nhsNumber))|};
                    hash.AppendData(Encoding.UTF8.GetBytes(dateOfBirth));
                    return hash.GetHashAndReset();
                }
            }
            """, """
            using System.Security.Cryptography;
            using System.Text;

            class Pseudonymiser
            {
                private static byte[] PepperKey { get; set; } = System.Array.Empty<byte>();

                public static byte[] Pseudonym(string nhsNumber, string dateOfBirth)
                {
                    using var hash = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA384, PepperKey);
                    hash.AppendData(Encoding.UTF8.GetBytes(nhsNumber));
                    hash.AppendData(Encoding.UTF8.GetBytes(dateOfBirth));
                    return hash.GetHashAndReset();
                }
            }
            """);

        [Fact]
        public Task Rewrites_CryptographicOperations_HashData_to_HmacData() => VerifyFix.VerifyFixAsync("""
            using System.Security.Cryptography;
            using System.Text;

            class Pseudonymiser
            {
                public byte[] Pseudonym(string nhsNumber, byte[] hmacKey)
                    => {|NHS2001:CryptographicOperations.HashData(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(nhsNumber))|};
            }
            """, """
            using System.Security.Cryptography;
            using System.Text;

            class Pseudonymiser
            {
                public byte[] Pseudonym(string nhsNumber, byte[] hmacKey)
                    => CryptographicOperations.HmacData(HashAlgorithmName.SHA256, hmacKey, Encoding.UTF8.GetBytes(nhsNumber));
            }
            """);

        [Fact]
        public Task Offers_one_action_per_key_and_applies_the_chosen_one() => VerifyFix.VerifyFixAsync("""
            using System.Security.Cryptography;
            using System.Text;

            class Pseudonymiser(byte[] currentKey, byte[] previousKey)
            {
                public byte[] Current(string nhsNumber) => {|NHS2001:SHA256.HashData(Encoding.UTF8.GetBytes(nhsNumber))|};

                public byte[] Previous(string nhsNumber) => {|NHS2001:SHA256.HashData(Encoding.UTF8.GetBytes(nhsNumber))|};
            }
            """, """
            using System.Security.Cryptography;
            using System.Text;

            class Pseudonymiser(byte[] currentKey, byte[] previousKey)
            {
                public byte[] Current(string nhsNumber) => HMACSHA256.HashData(previousKey, Encoding.UTF8.GetBytes(nhsNumber));

                public byte[] Previous(string nhsNumber) => HMACSHA256.HashData(previousKey, Encoding.UTF8.GetBytes(nhsNumber));
            }
            """, ReferenceSets.Net100WithPackages, codeActionKey: "NHS2001.UseHmacKeyedWith.previousKey");

        [Fact]
        public Task Names_the_HMAC_and_the_key_in_its_title()
        {
            var test = new VerifyFix.Test
            {
                TestCode = """
                    using System.Security.Cryptography;
                    using System.Text;

                    class Pseudonymiser(byte[] pepperKey)
                    {
                        public byte[] Pseudonym(string nhsNumber)
                        {
                            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA512);
                            {|NHS2001:hash.AppendData(Encoding.UTF8.GetBytes(nhsNumber))|};
                            return hash.GetHashAndReset();
                        }
                    }
                    """,
                FixedCode = """
                    using System.Security.Cryptography;
                    using System.Text;

                    class Pseudonymiser(byte[] pepperKey)
                    {
                        public byte[] Pseudonym(string nhsNumber)
                        {
                            using var hash = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA512, pepperKey);
                            hash.AppendData(Encoding.UTF8.GetBytes(nhsNumber));
                            return hash.GetHashAndReset();
                        }
                    }
                    """,
                CodeActionVerifier = (action, verifier) => verifier.Equal("Use HMACSHA512 keyed with 'pepperKey'", action.Title),
            };
            TestConfiguration.Apply(test.TestState, ReferenceSets.Net100WithPackages, editorConfig: null);
            return test.RunAsync(System.Threading.CancellationToken.None);
        }

        [Fact]
        public Task Uses_the_key_only_where_it_is_in_scope() => VerifyFix.VerifyFixAsync("""
            using System.Security.Cryptography;
            using System.Text;

            class Pseudonymiser
            {
                public byte[] WithKey(string nhsNumber, byte[] pepperKey) => {|NHS2001:SHA256.HashData(Encoding.UTF8.GetBytes(nhsNumber))|};

                public byte[] WithoutKey(string nhsNumber) => {|NHS2001:SHA256.HashData(Encoding.UTF8.GetBytes(nhsNumber))|};
            }
            """, """
            using System.Security.Cryptography;
            using System.Text;

            class Pseudonymiser
            {
                public byte[] WithKey(string nhsNumber, byte[] pepperKey) => HMACSHA256.HashData(pepperKey, Encoding.UTF8.GetBytes(nhsNumber));

                public byte[] WithoutKey(string nhsNumber) => {|NHS2001:SHA256.HashData(Encoding.UTF8.GetBytes(nhsNumber))|};
            }
            """);

        [Fact]
        public Task Rewrites_ComputeHash_on_netstandard() => VerifyFix.VerifyFixAsync("""
            using System.Security.Cryptography;
            using System.Text;

            class Pseudonymiser
            {
                public byte[] Pseudonym(string nhsNumber, byte[] pepperKey)
                {
                    using (var sha = SHA256.Create())
                    {
                        return {|NHS2001:sha.ComputeHash(Encoding.UTF8.GetBytes(nhsNumber))|};
                    }
                }
            }
            """, """
            using System.Security.Cryptography;
            using System.Text;

            class Pseudonymiser
            {
                public byte[] Pseudonym(string nhsNumber, byte[] pepperKey)
                {
                    using (var sha = new HMACSHA256(pepperKey))
                    {
                        return sha.ComputeHash(Encoding.UTF8.GetBytes(nhsNumber));
                    }
                }
            }
            """, ReferenceSets.NetStandard20);

        // ---- Not offered ---------------------------------------------------------------------------------------

        [Fact]
        public Task Is_not_offered_without_a_usable_key() => VerifyFix.VerifyNoFixAsync("""
            using System;
            using System.Security.Cryptography;
            using System.Text;

            class Pseudonymiser
            {
                private readonly byte[] _instanceKey = Array.Empty<byte>();
                private static readonly byte[] HardCodedKey = Encoding.UTF8.GetBytes("s3cret");

                public static byte[] Static(string nhsNumber) => {|NHS2001:SHA256.HashData(Encoding.UTF8.GetBytes(nhsNumber))|};

                public static byte[] WrongType(string nhsNumber, string pepper, Guid keyId) => {|NHS2001:SHA256.HashData(Encoding.UTF8.GetBytes(nhsNumber + "|"))|};

                public static byte[] DeclaredLater(string nhsNumber)
                {
                    var hash = {|NHS2001:SHA256.HashData(Encoding.UTF8.GetBytes(nhsNumber))|};
                    var laterKey = RandomNumberGenerator.GetBytes(32);
                    return hash;
                }
            }

            class Signer
            {
                private readonly byte[] _publicKey = Array.Empty<byte>();
                private readonly byte[] _partitionKey = Array.Empty<byte>();
                private readonly byte[] _patientKey = Array.Empty<byte>();

                public byte[] Hash(string nhsNumber) => {|NHS2001:SHA256.HashData(Encoding.UTF8.GetBytes(nhsNumber))|};
            }
            """, ReferenceSets.Net100WithPackages);

        [Fact]
        public Task Is_not_offered_for_a_hash_object_it_cannot_change_safely() => VerifyFix.VerifyNoFixAsync("""
            using System.Security.Cryptography;
            using System.Text;

            class Pseudonymiser
            {
                private readonly SHA256 _sha = SHA256.Create();

                public byte[] Field(string nhsNumber, byte[] pepperKey) => {|NHS2001:_sha.ComputeHash(Encoding.UTF8.GetBytes(nhsNumber))|};

                public byte[] Parameter(SHA256 sha, string nhsNumber, byte[] pepperKey) => {|NHS2001:sha.ComputeHash(Encoding.UTF8.GetBytes(nhsNumber))|};

                public byte[] AlsoHashesFiles(string nhsNumber, byte[] document, byte[] pepperKey)
                {
                    using var sha = SHA256.Create();
                    var checksum = sha.ComputeHash(document);
                    return {|NHS2001:sha.ComputeHash(Encoding.UTF8.GetBytes(nhsNumber))|};
                }

                public byte[] Assigned(string nhsNumber, byte[] pepperKey)
                {
                    SHA256 sha;
                    sha = SHA256.Create();
                    return {|NHS2001:sha.ComputeHash(Encoding.UTF8.GetBytes(nhsNumber))|};
                }

                public byte[] Passed(string nhsNumber, byte[] pepperKey)
                {
                    using var sha = SHA256.Create();
                    Audit(sha);
                    return {|NHS2001:sha.ComputeHash(Encoding.UTF8.GetBytes(nhsNumber))|};
                }

                private static void Audit(SHA256 algorithm) { }
            }
            """, ReferenceSets.Net100WithPackages);
    }
}
