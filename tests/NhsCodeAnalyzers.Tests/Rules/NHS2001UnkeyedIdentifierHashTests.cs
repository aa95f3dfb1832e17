using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using NhsCodeAnalyzers.Descriptors;
using NhsCodeAnalyzers.Tests.Verifiers;
using Verify = NhsCodeAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<NhsCodeAnalyzers.Rules.UnkeyedIdentifierHashAnalyzer>;

namespace NhsCodeAnalyzers.Tests.Rules
{
    /// <summary>NHS2001 — Patient identifier pseudonymised with an unkeyed hash: what it flags and what it leaves alone.</summary>
    public sealed class NHS2001UnkeyedIdentifierHashTests
    {
        private static DiagnosticResult Expected(int markup, string call)
            => new DiagnosticResult(RuleDescriptors.UnkeyedIdentifierHash).WithLocation(markup).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithArguments(call);

        // ---- Flags: the hashing calls ------------------------------------------------------------------------

        [Fact]
        public Task Flags_SHA256_HashData_of_the_bytes_of_an_NHS_number_and_names_the_call() => Verify.VerifyAsync("""
            using System.Security.Cryptography;
            using System.Text;

            public class Patient { public string NhsNumber { get; set; } = ""; }

            class Pseudonymiser
            {
                byte[] Pseudonym(Patient patient) => {|#0:SHA256.HashData(Encoding.UTF8.GetBytes(patient.NhsNumber))|};

                byte[] Qualified(Patient patient) => {|#1:System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(patient.NhsNumber))|};
            }
            """, ReferenceSets.Net100WithPackages, expected: new[] { Expected(0, "SHA256.HashData"), Expected(1, "SHA256.HashData") });

        [Fact]
        public Task Flags_every_unkeyed_one_shot_hash() => Verify.VerifyAsync("""
            using System;
            using System.Security.Cryptography;
            using System.Text;

            class Pseudonymiser
            {
                void Hash(string nhsNumber, Span<byte> destination)
                {
                    var bytes = Encoding.UTF8.GetBytes(nhsNumber);
                    {|NHS2001:SHA1.HashData(bytes)|};
                    {|NHS2001:SHA256.HashData(bytes)|};
                    {|NHS2001:SHA384.HashData(bytes)|};
                    {|NHS2001:SHA512.HashData(bytes)|};
                    {|NHS2001:MD5.HashData(bytes)|};
                    {|NHS2001:SHA3_256.HashData(bytes)|};
                    {|NHS2001:SHA256.HashData(bytes, destination)|};
                    {|NHS2001:SHA256.TryHashData(bytes, destination, out _)|};
                    {|NHS2001:SHA512.HashData(new ReadOnlySpan<byte>(bytes))|};
                }
            }
            """);

        [Fact]
        public Task Flags_ComputeHash_on_an_algorithm_created_with_Create_in_a_using_declaration() => Verify.VerifyAsync("""
            using System.Security.Cryptography;
            using System.Text;

            class Pseudonymiser
            {
                byte[] Pseudonym(string nhsNumber)
                {
                    using var sha = SHA256.Create();
                    return {|#0:sha.ComputeHash(Encoding.UTF8.GetBytes(nhsNumber))|};
                }
            }
            """, ReferenceSets.Net100WithPackages, expected: Expected(0, "sha.ComputeHash"));

        [Fact]
        public Task Flags_hash_objects_however_they_are_created_and_called() => Verify.VerifyAsync("""
            using System;
            using System.Security.Cryptography;
            using System.Text;

            class Pseudonymiser
            {
                private readonly SHA512 _sha = SHA512.Create();

                void Hash(string nhsNumber, SHA384 sha384, Span<byte> destination)
                {
                    var bytes = Encoding.UTF8.GetBytes(nhsNumber);
                    {|NHS2001:SHA256.Create().ComputeHash(bytes)|};
                    {|NHS2001:new SHA256Managed().ComputeHash(bytes)|};
                    {|NHS2001:_sha.ComputeHash(bytes)|};
                    {|NHS2001:sha384.ComputeHash(bytes, 0, bytes.Length)|};
                    {|NHS2001:sha384.TryComputeHash(bytes, destination, out _)|};
                    {|NHS2001:sha384.TransformFinalBlock(bytes, 0, bytes.Length)|};

                    using (HashAlgorithm md5 = MD5.Create())
                    {
                        {|NHS2001:md5.ComputeHash(bytes)|};
                    }

                    SHA1? sha1 = SHA1.Create();
                    {|NHS2001:sha1?.ComputeHash(bytes)|};
                }
            }
            """);

        [Fact]
        public Task Flags_an_IncrementalHash_created_without_a_key() => Verify.VerifyAsync("""
            using System.Security.Cryptography;
            using System.Text;

            class Pseudonymiser
            {
                byte[] Pseudonym(string nhsNumber)
                {
                    using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
                    {|#0:hash.AppendData(Encoding.UTF8.GetBytes(nhsNumber))|};
                    return hash.GetHashAndReset();
                }
            }
            """, ReferenceSets.Net100WithPackages, expected: Expected(0, "hash.AppendData"));

        [Fact]
        public Task Flags_CryptographicOperations_HashData() => Verify.VerifyAsync("""
            using System.Security.Cryptography;
            using System.Text;

            class Pseudonymiser
            {
                byte[] Pseudonym(string nhsNumber)
                    => {|#0:CryptographicOperations.HashData(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(nhsNumber))|};
            }
            """, ReferenceSets.Net100WithPackages, expected: Expected(0, "CryptographicOperations.HashData"));

        // ---- Flags: how the bytes come from the identifier ---------------------------------------------------

        [Fact]
        public Task Flags_identifiers_in_text_with_salt_less_prefixes_and_separators() => Verify.VerifyAsync("""
            using System.Security.Cryptography;
            using System.Text;

            public record Admission(string NhsNumber, string HospitalNumber, string Ward);

            class Pseudonymiser
            {
                void Hash(Admission admission)
                {
                    {|NHS2001:SHA256.HashData(Encoding.UTF8.GetBytes("nhs:" + admission.NhsNumber))|};
                    {|NHS2001:SHA256.HashData(Encoding.UTF8.GetBytes($"{admission.NhsNumber}|{admission.Ward}"))|};
                    {|NHS2001:SHA256.HashData(Encoding.UTF8.GetBytes(string.Concat(admission.Ward, admission.HospitalNumber)))|};
                    {|NHS2001:SHA256.HashData(Encoding.UTF8.GetBytes(string.Format("{0}-{1}", admission.Ward, admission.NhsNumber)))|};
                    {|NHS2001:SHA256.HashData(Encoding.UTF8.GetBytes(admission.NhsNumber.Replace(" ", "").Trim()))|};
                }
            }
            """);

        [Fact]
        public Task Flags_bytes_that_reach_the_hash_through_locals() => Verify.VerifyAsync("""
            using System.Security.Cryptography;
            using System.Text;

            class Pseudonymiser
            {
                byte[] Pseudonym(string nhsNumber)
                {
                    var normalised = nhsNumber.Replace(" ", "");
                    var text = $"patient:{normalised}";
                    byte[] bytes;
                    bytes = Encoding.UTF8.GetBytes(text);
                    return {|NHS2001:SHA256.HashData(bytes)|};
                }
            }
            """);

        [Fact]
        public Task Flags_each_encoding_and_number_and_span_form() => Verify.VerifyAsync("""
            using System;
            using System.Security.Cryptography;
            using System.Text;

            class Pseudonymiser
            {
                void Hash(string chiNumber, long nhsNumber, char[] mrn)
                {
                    {|NHS2001:SHA256.HashData(Encoding.ASCII.GetBytes(chiNumber))|};
                    {|NHS2001:SHA256.HashData(new UTF8Encoding(false).GetBytes(chiNumber))|};
                    {|NHS2001:SHA256.HashData(Encoding.Unicode.GetBytes(chiNumber.ToCharArray()).AsSpan())|};
                    {|NHS2001:SHA256.HashData(Encoding.UTF8.GetBytes(mrn))|};
                    {|NHS2001:SHA256.HashData(BitConverter.GetBytes(nhsNumber))|};
                    {|NHS2001:SHA256.HashData((ReadOnlySpan<byte>)Encoding.UTF8.GetBytes(chiNumber))|};
                }
            }
            """);

        [Fact]
        public Task Flags_identifier_parameters_attributed_members_and_byte_identifiers() => Verify.VerifyAsync("""
            using System.Security.Cryptography;
            using System.Text;
            using NhsCodeAnalyzers.Annotations;

            public class Referral
            {
                [PatientIdentifier]
                public string PasReference { get; set; } = "";
            }

            class Pseudonymiser
            {
                byte[] FromBytes(byte[] nhsNumberBytes) => {|NHS2001:SHA256.HashData(nhsNumberBytes)|};

                byte[] FromAttribute(Referral referral) => {|NHS2001:SHA256.HashData(Encoding.UTF8.GetBytes(referral.PasReference))|};

                byte[] FromNino(string nino) => {|NHS2001:MD5.HashData(Encoding.UTF8.GetBytes(nino))|};
            }
            """);

        [Fact]
        public Task Flags_each_identifier_of_a_collection_of_identifiers() => Verify.VerifyAsync("""
            using System.Collections.Generic;
            using System.Security.Cryptography;
            using System.Text;

            class Pseudonymiser
            {
                IEnumerable<byte[]> Pseudonyms(IEnumerable<string> nhsNumbers)
                {
                    foreach (var number in nhsNumbers)
                    {
                        yield return {|NHS2001:SHA256.HashData(Encoding.UTF8.GetBytes(number))|};
                    }
                }
            }
            """);

        [Fact]
        public Task Flags_a_hard_coded_salt_because_it_is_no_key() => Verify.VerifyAsync("""
            using System.Security.Cryptography;
            using System.Text;

            class Pseudonymiser
            {
                private const string Salt = "c1inic-s@lt-2024";
                private static readonly string Pepper = "p3pper!";

                byte[] Salted(string nhsNumber) => {|NHS2001:SHA256.HashData(Encoding.UTF8.GetBytes(Salt + nhsNumber))|};

                byte[] Peppered(string nhsNumber) => {|NHS2001:SHA256.HashData(Encoding.UTF8.GetBytes($"{nhsNumber}{Pepper}"))|};

                byte[] Local(string nhsNumber)
                {
                    var salt = "Xy7!kP2#qZ";
                    return {|NHS2001:SHA256.HashData(Encoding.UTF8.GetBytes(nhsNumber + salt))|};
                }
            }
            """);

        [Fact]
        public Task Flags_hashes_in_top_level_statements_and_lambdas() => Verify.VerifyProgramAsync("""
            using System;
            using System.Security.Cryptography;
            using System.Text;

            var nhsNumber = args[0];
            var pseudonym = {|NHS2001:SHA256.HashData(Encoding.UTF8.GetBytes(nhsNumber))|};
            Func<string, byte[]> hash = mrn => {|NHS2001:SHA256.HashData(Encoding.UTF8.GetBytes(mrn))|};
            """);

        [Fact]
        public Task Flags_a_configured_identifier_name() => Verify.VerifyAsync("""
            using System.Security.Cryptography;
            using System.Text;

            class Pseudonymiser
            {
                byte[] Pseudonym(string pasNumber) => {|NHS2001:SHA256.HashData(Encoding.UTF8.GetBytes(pasNumber))|};
            }
            """, editorConfig: "nhs_code_analyzers.patient_identifier_names = PasNumber");

        [Fact]
        public Task Flags_an_identifier_combined_with_a_record_key_which_is_no_secret() => Verify.VerifyAsync("""
            using System.Security.Cryptography;
            using System.Text;

            public class Patient
            {
                public string PatientKey { get; set; } = "";
                public string NhsNumber { get; set; } = "";
            }

            class Pseudonymiser
            {
                byte[] Pseudonym(Patient patient, string partitionKey)
                    => {|NHS2001:SHA256.HashData(Encoding.UTF8.GetBytes(patient.PatientKey + partitionKey + patient.NhsNumber))|};
            }
            """);

        [Fact]
        public Task Flags_the_result_of_a_method_on_the_identifier_unless_it_is_a_configured_redaction_method()
        {
            const string source = """
                using System.Security.Cryptography;
                using System.Text;

                static class NhsNumberText
                {
                    public static string Normalised(this string value) => value.Replace(" ", "");
                    public static string LastFour(this string value) => value.Substring(6);
                }

                class Pseudonymiser
                {
                    byte[] Pseudonym(string nhsNumber) => {|NHS2001:SHA256.HashData(Encoding.UTF8.GetBytes(nhsNumber.Normalised()))|};

                    byte[] Partial(string nhsNumber) => {|NHS2001:SHA256.HashData(Encoding.UTF8.GetBytes(nhsNumber.LastFour()))|};
                }
                """;
            return Task.WhenAll(
                Verify.VerifyAsync(source),
                Verify.VerifyAsync(source.Replace("{|NHS2001:", "").Replace(")|};", ");"), editorConfig: "nhs_code_analyzers.redaction_methods = Normalised, LastFour"));
        }

        [Fact]
        public Task Finds_the_identifier_in_a_concatenation_of_twenty_thousand_terms_without_overflowing_the_stack() => Verify.VerifyAsync($$"""
            using System.Security.Cryptography;
            using System.Text;

            class Pseudonymiser
            {
                // a + b + c + ... nests one level per term, and was walked by recursion.
                byte[] Pseudonym(string nhsNumber, string other) => {|NHS2001:SHA256.HashData(Encoding.UTF8.GetBytes(nhsNumber + {{string.Join(" + ", System.Linq.Enumerable.Repeat("other", 20_000))}}))|};
            }
            """);

        // ---- Leaves alone ------------------------------------------------------------------------------------

        [Fact]
        public Task Leaves_keyed_HMACs_alone_including_an_identifier_in_the_key_position() => Verify.VerifyAsync("""
            using System.Security.Cryptography;
            using System.Text;

            class Pseudonymiser
            {
                private readonly byte[] _pepperKey;

                public Pseudonymiser(byte[] pepperKey) => _pepperKey = pepperKey;

                void Hash(string nhsNumber, byte[] data)
                {
                    var bytes = Encoding.UTF8.GetBytes(nhsNumber);
                    HMACSHA256.HashData(_pepperKey, bytes);
                    HMACSHA512.HashData(_pepperKey, bytes);
                    using var hmac = new HMACSHA256(_pepperKey);
                    hmac.ComputeHash(bytes);
                    HashAlgorithm keyed = new HMACSHA384(_pepperKey);
                    keyed.ComputeHash(bytes);
                    HMACSHA256.HashData(bytes, data);
                    CryptographicOperations.HmacData(HashAlgorithmName.SHA256, _pepperKey, bytes);
                }
            }
            """);

        [Fact]
        public Task Leaves_an_IncrementalHash_created_with_a_key_alone() => Verify.VerifyAsync("""
            using System.Security.Cryptography;
            using System.Text;

            class Pseudonymiser
            {
                byte[] Pseudonym(string nhsNumber, byte[] key)
                {
                    using var hash = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);
                    hash.AppendData(Encoding.UTF8.GetBytes(nhsNumber));
                    return hash.GetHashAndReset();
                }
            }
            """);

        [Fact]
        public Task Leaves_hashing_of_data_that_is_not_an_identifier_alone() => Verify.VerifyAsync("""
            using System.IO;
            using System.Security.Cryptography;
            using System.Text;

            public class Patient
            {
                public string NhsNumber { get; set; } = "";
                public string HashedNhsNumber { get; set; } = "";
                public string Surname { get; set; } = "";
                public int NhsNumberLength => NhsNumber.Length;
            }

            class Checksums
            {
                void Hash(Patient patient, byte[] document, Stream stream, string patientId)
                {
                    SHA256.HashData(document);
                    SHA256.HashData(stream);
                    SHA256.HashData(Encoding.UTF8.GetBytes(patient.Surname));
                    SHA256.HashData(Encoding.UTF8.GetBytes(patient.HashedNhsNumber));
                    SHA256.HashData(Encoding.UTF8.GetBytes(patientId));
                    SHA256.HashData(Encoding.UTF8.GetBytes(patient.NhsNumberLength.ToString()));
                    SHA256.HashData(Encoding.UTF8.GetBytes(nameof(patient.NhsNumber)));
                    SHA256.HashData(SHA256.HashData(document));
                }
            }
            """);

        [Fact]
        public Task Leaves_an_identifier_combined_with_a_secret_that_is_not_in_source_alone() => Verify.VerifyAsync("""
            using System;
            using System.Security.Cryptography;
            using System.Text;
            using Microsoft.Extensions.Configuration;
            using Microsoft.Extensions.Options;

            public class PseudonymisationOptions { public string Pepper { get; set; } = ""; }

            class Pseudonymiser
            {
                private readonly IConfiguration _configuration;
                private readonly IOptions<PseudonymisationOptions> _options;
                private readonly string _secret;

                public Pseudonymiser(IConfiguration configuration, IOptions<PseudonymisationOptions> options)
                {
                    _configuration = configuration;
                    _options = options;
                    _secret = configuration["Pseudonymisation:Secret"]!;
                }

                void Hash(string nhsNumber, string salt)
                {
                    SHA256.HashData(Encoding.UTF8.GetBytes(salt + nhsNumber));
                    SHA256.HashData(Encoding.UTF8.GetBytes($"{_secret}:{nhsNumber}"));
                    SHA256.HashData(Encoding.UTF8.GetBytes(nhsNumber + _options.Value.Pepper));
                    SHA256.HashData(Encoding.UTF8.GetBytes(_configuration["Pseudonymisation:Pepper"] + nhsNumber));
                    SHA256.HashData(Encoding.UTF8.GetBytes(nhsNumber + Environment.GetEnvironmentVariable("PSEUDONYM_PEPPER")));
                    var fromConfiguration = _configuration.GetValue<string>("Pepper");
                    var input = nhsNumber + fromConfiguration;
                    SHA256.HashData(Encoding.UTF8.GetBytes(input));
                    var pepperedNhsNumber = Encoding.UTF8.GetBytes(_secret + nhsNumber);
                    SHA256.HashData(pepperedNhsNumber);
                }
            }
            """);

        [Fact]
        public Task Leaves_a_hash_object_that_may_be_keyed_alone() => Verify.VerifyAsync("""
            using System.Security.Cryptography;
            using System.Text;

            class Pseudonymiser
            {
                byte[] Pseudonym(HashAlgorithm algorithm, string nhsNumber) => algorithm.ComputeHash(Encoding.UTF8.GetBytes(nhsNumber));

                byte[] Incremental(IncrementalHash hash, string nhsNumber)
                {
                    hash.AppendData(Encoding.UTF8.GetBytes(nhsNumber));
                    return hash.GetHashAndReset();
                }
            }
            """);

        [Fact]
        public Task Leaves_a_local_with_more_than_one_value_alone() => Verify.VerifyAsync("""
            using System.Security.Cryptography;
            using System.Text;

            class Pseudonymiser
            {
                byte[] Pseudonym(string nhsNumber, string reference, bool useReference)
                {
                    var text = nhsNumber;
                    if (useReference)
                    {
                        text = reference;
                    }

                    return SHA256.HashData(Encoding.UTF8.GetBytes(text));
                }
            }
            """);

        [Fact]
        public Task Leaves_a_value_looked_up_with_an_identifier_alone() => Verify.VerifyAsync("""
            using System.Collections.Generic;
            using System.Security.Cryptography;
            using System.Text;

            class Pseudonymiser
            {
                private readonly Dictionary<string, string> _tokens = new();

                byte[] Pseudonym(string nhsNumber) => SHA256.HashData(Encoding.UTF8.GetBytes(_tokens[nhsNumber]));

                byte[] Masked(string nhsNumber) => SHA256.HashData(Encoding.UTF8.GetBytes(Mask(nhsNumber)));

                static string Mask(string value) => "******" + value.Substring(6);
            }
            """);

        [Fact]
        public Task Leaves_a_teams_own_hash_types_with_the_same_names_alone() => Verify.VerifyAsync("""
            using System.Text;

            namespace Contoso.Crypto
            {
                public static class SHA256
                {
                    public static byte[] HashData(byte[] source) => source;
                }

                public sealed class IncrementalHash
                {
                    public static IncrementalHash CreateHash(string name) => new();
                    public void AppendData(byte[] data) { }
                }

                class Pseudonymiser
                {
                    byte[] Pseudonym(string nhsNumber)
                    {
                        var hash = IncrementalHash.CreateHash("SHA256");
                        hash.AppendData(Encoding.UTF8.GetBytes(nhsNumber));
                        return SHA256.HashData(Encoding.UTF8.GetBytes(nhsNumber));
                    }
                }
            }
            """);

        [Fact]
        public Task Leaves_surrogate_keys_and_logical_ids_alone() => Verify.VerifyAsync("""
            using System;
            using System.Security.Cryptography;
            using System.Text;

            public class Patient
            {
                public int Id { get; set; }
                public Guid PatientId { get; set; }
                public string PatientKey { get; set; } = "";
            }

            class Pseudonymiser
            {
                void Hash(Patient patient)
                {
                    SHA256.HashData(BitConverter.GetBytes(patient.Id));
                    SHA256.HashData(patient.PatientId.ToByteArray());
                    SHA256.HashData(Encoding.UTF8.GetBytes(patient.PatientKey));
                }
            }
            """);

        [Fact]
        public Task Leaves_values_already_protected_or_about_an_identifier_alone() => Verify.VerifyAsync("""
            using System.Security.Cryptography;
            using System.Text;

            public class Patient
            {
                public string PseudoNhsNumber { get; set; } = "";
                public string NhsNumberToken { get; set; } = "";
                public string MaskedNhsNumber { get; set; } = "";
                public string NhsNumberSystem { get; set; } = "https://fhir.nhs.uk/Id/nhs-number";
                public bool UseHashedNhsNumber { get; set; }
            }

            class Pseudonymiser
            {
                void Hash(Patient patient, string nhsNumberFormat)
                {
                    SHA256.HashData(Encoding.UTF8.GetBytes(patient.PseudoNhsNumber));
                    SHA256.HashData(Encoding.UTF8.GetBytes(patient.NhsNumberToken));
                    SHA256.HashData(Encoding.UTF8.GetBytes(patient.MaskedNhsNumber));
                    SHA256.HashData(Encoding.UTF8.GetBytes(patient.NhsNumberSystem));
                    SHA256.HashData(Encoding.UTF8.GetBytes(nhsNumberFormat));
                    SHA256.HashData(Encoding.UTF8.GetBytes(patient.UseHashedNhsNumber.ToString()));
                }
            }
            """);

        [Fact]
        public Task Leaves_a_teams_own_HashAlgorithm_alone() => Verify.VerifyAsync("""
            using System;
            using System.Security.Cryptography;
            using System.Text;

            sealed class VaultHash : HashAlgorithm
            {
                public override void Initialize() { }
                protected override void HashCore(byte[] array, int ibStart, int cbSize) { }
                protected override byte[] HashFinal() => Array.Empty<byte>();
            }

            class Pseudonymiser
            {
                byte[] Pseudonym(string nhsNumber)
                {
                    using var hash = new VaultHash();
                    return hash.ComputeHash(Encoding.UTF8.GetBytes(nhsNumber));
                }
            }
            """);

        [Fact]
        public Task Leaves_mentions_in_strings_and_comments_alone() => Verify.VerifyAsync("""
            class Notes
            {
                // We used to call SHA256.HashData(Encoding.UTF8.GetBytes(nhsNumber)) here.
                const string History = "SHA256.HashData(Encoding.UTF8.GetBytes(nhsNumber))";
            }
            """);

        [Fact]
        public Task Leaves_generated_code_alone() => Verify.VerifyAsync("""
            // <auto-generated/>
            using System.Security.Cryptography;
            using System.Text;

            class GeneratedPseudonymiser
            {
                byte[] Pseudonym(string nhsNumber) => SHA256.HashData(Encoding.UTF8.GetBytes(nhsNumber));
            }
            """);

        [Fact]
        public Task Leaves_an_excluded_identifier_name_alone() => Verify.VerifyAsync("""
            using System.Security.Cryptography;
            using System.Text;

            class Pseudonymiser
            {
                byte[] Pseudonym(string mrnFormat) => SHA256.HashData(Encoding.UTF8.GetBytes(mrnFormat));

                byte[] Other(string nhsNumberExample) => SHA256.HashData(Encoding.UTF8.GetBytes(nhsNumberExample));
            }
            """, editorConfig: "nhs_code_analyzers.excluded_identifier_names = MrnFormat, NhsNumberExample");

        [Fact]
        public Task Flags_ComputeHash_on_netstandard() => Verify.VerifyAsync("""
            using System.Security.Cryptography;
            using System.Text;

            class Pseudonymiser
            {
                byte[] Pseudonym(string nhsNumber)
                {
                    using (var sha = SHA256.Create())
                    {
                        return {|NHS2001:sha.ComputeHash(Encoding.UTF8.GetBytes(nhsNumber))|};
                    }
                }
            }
            """, ReferenceSets.NetStandard20);

        public static TheoryData<string> HalfTypedOrCircularSources() => new()
        {
            "using System.Security.Cryptography; using System.Text; class C { byte[] M(string nhsNumber) => SHA256.HashData(Encoding.UTF8.GetBytes(nhsNumber), ); }",
            "using System.Security.Cryptography; class C { void M(string nhsNumber) { var sha = SHA256.Create(); sha.ComputeHash(; } }",
            "using System.Security.Cryptography; class C { void M() { var h = new HMACSHA256(Missing); h.Key = ; IncrementalHash.CreateHMAC(, ); } }",
            "using System.Security.Cryptography; using System.Text; class C { void M(string nhsNumber) { var x = x + nhsNumber; SHA256.HashData(Encoding.UTF8.GetBytes(x)); } }",
            "using System.Security.Cryptography; class C { static readonly byte[] K = K; byte[] P => P; void M(byte[] d) { HMACSHA256.HashData(K, d); HMACSHA256.HashData(P, d); } }",
            "using System.Security.Cryptography; using System.Text; class C { void M(string nhsNumber) { foreach (var n in nhsNumber) SHA256.HashData(Encoding.UTF8.GetBytes(n)); } }",
            "using System.Security.Cryptography; using System.Text; class C { const string Salt = Salt + \"x\"; byte[] M(string nhsNumber) => SHA256.HashData(Encoding.UTF8.GetBytes(Salt + nhsNumber)); }",
        };

        [Theory]
        [MemberData(nameof(HalfTypedOrCircularSources))]
        public async Task Neither_rule_throws_on_half_typed_or_circular_code(string source)
        {
            var analyzers = System.Collections.Immutable.ImmutableArray.Create<Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer>(
                new NhsCodeAnalyzers.Rules.UnkeyedIdentifierHashAnalyzer(), new NhsCodeAnalyzers.Rules.HardCodedKeyAnalyzer());
            var result = await NhsCodeAnalyzers.Tests.Shared.AnalyzerRunner.RunAsync(new[] { source }, ReferenceSets.Net100WithPackages, analyzers);
            Assert.Empty(result.AnalyzerExceptions);
        }

        [Fact]
        public Task Honours_severity_none_from_editorconfig() => Verify.VerifyAsync("""
            using System.Security.Cryptography;
            using System.Text;

            class Pseudonymiser
            {
                byte[] Pseudonym(string nhsNumber) => SHA256.HashData(Encoding.UTF8.GetBytes(nhsNumber));
            }
            """, editorConfig: "dotnet_diagnostic.NHS2001.severity = none");
    }
}
