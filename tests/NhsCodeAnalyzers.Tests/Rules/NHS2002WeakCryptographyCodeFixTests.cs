using System.Threading.Tasks;
using NhsCodeAnalyzers.Tests.Verifiers;
using VerifyFix = NhsCodeAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    NhsCodeAnalyzers.Rules.WeakCryptographyAnalyzer,
    NhsCodeAnalyzers.CodeFixes.Rules.WeakCryptographyCodeFix>;

namespace NhsCodeAnalyzers.Tests.Rules
{
    /// <summary>
    /// NHS2002's fix: the strong algorithm of the same kind, in the same call shape, with the declared type
    /// following where the value is declared as the weak type. Each test also runs Fix All in document, project
    /// and solution scope (the testing library does that).
    /// </summary>
    public sealed class NHS2002WeakCryptographyCodeFixTests
    {
        [Fact]
        public Task Replaces_the_MD5_and_SHA1_factories_keeping_using_declarations_and_blocks() => VerifyFix.VerifyFixAsync("""
            using System.Security.Cryptography;

            class Checksums
            {
                byte[] Md5(byte[] data)
                {
                    using var md5 = {|NHS2002:MD5.Create()|}; // checksum
                    return md5.ComputeHash(data);
                }

                byte[] Sha1(byte[] data)
                {
                    using (var sha1 = {|NHS2002:SHA1.Create()|})
                    {
                        return sha1.ComputeHash(data);
                    }
                }
            }
            """, """
            using System.Security.Cryptography;

            class Checksums
            {
                byte[] Md5(byte[] data)
                {
                    using var md5 = SHA256.Create(); // checksum
                    return md5.ComputeHash(data);
                }

                byte[] Sha1(byte[] data)
                {
                    using (var sha1 = SHA256.Create())
                    {
                        return sha1.ComputeHash(data);
                    }
                }
            }
            """);

        [Fact]
        public Task Changes_a_declared_type_of_the_weak_algorithm_with_its_value() => VerifyFix.VerifyFixAsync("""
            using System.Security.Cryptography;

            class Checksums
            {
                private readonly MD5 _md5 = {|NHS2002:MD5.Create()|};

                public SHA1 Sha1 { get; } = {|NHS2002:SHA1.Create()|};

                byte[] Hash(byte[] data)
                {
                    using (MD5 md5 = {|NHS2002:MD5.Create()|})
                    {
                        return md5.ComputeHash(_md5.ComputeHash(Sha1.ComputeHash(data)));
                    }
                }

                byte[] Nullable(byte[] data)
                {
                    using SHA1? sha1 = {|NHS2002:SHA1.Create()|};
                    return sha1.ComputeHash(data);
                }
            }
            """, """
            using System.Security.Cryptography;

            class Checksums
            {
                private readonly SHA256 _md5 = SHA256.Create();

                public SHA256 Sha1 { get; } = SHA256.Create();

                byte[] Hash(byte[] data)
                {
                    using (SHA256 md5 = SHA256.Create())
                    {
                        return md5.ComputeHash(_md5.ComputeHash(Sha1.ComputeHash(data)));
                    }
                }

                byte[] Nullable(byte[] data)
                {
                    using SHA256? sha1 = SHA256.Create();
                    return sha1.ComputeHash(data);
                }
            }
            """);

        [Fact]
        public Task Keeps_a_declared_base_type() => VerifyFix.VerifyFixAsync("""
            using System;
            using System.Security.Cryptography;

            class Checksums
            {
                HashAlgorithm Create() => {|NHS2002:MD5.Create()|};

                HashAlgorithm Named() => {|NHS2002:SHA1.Create("SHA1")|}!;

                void Dispose()
                {
                    using HashAlgorithm algorithm = {|NHS2002:SHA1.Create()|};
                    IDisposable disposable = {|NHS2002:MD5.Create()|};
                    disposable.Dispose();
                }
            }
            """, """
            using System;
            using System.Security.Cryptography;

            class Checksums
            {
                HashAlgorithm Create() => SHA256.Create();

                HashAlgorithm Named() => SHA256.Create()!;

                void Dispose()
                {
                    using HashAlgorithm algorithm = SHA256.Create();
                    IDisposable disposable = SHA256.Create();
                    disposable.Dispose();
                }
            }
            """);

        [Fact]
        public Task Replaces_one_shot_calls_with_the_same_overload() => VerifyFix.VerifyFixAsync("""
            using System;
            using System.IO;
            using System.Security.Cryptography;
            using System.Threading.Tasks;
            using static System.Security.Cryptography.SHA1;

            class Checksums
            {
                byte[] Bytes(byte[] data) => {|NHS2002:MD5.HashData(data)|};

                byte[] Span(ReadOnlySpan<byte> data) => {|NHS2002:HashData(data)|};

                async Task<byte[]> FileAsync(Stream stream) => await {|NHS2002:System.Security.Cryptography.SHA1.HashDataAsync(stream)|};

                byte[] Mac(byte[] key, byte[] data) => {|NHS2002:HMACSHA1.HashData(key, data)|};
            }
            """, """
            using System;
            using System.IO;
            using System.Security.Cryptography;
            using System.Threading.Tasks;
            using static System.Security.Cryptography.SHA1;

            class Checksums
            {
                byte[] Bytes(byte[] data) => SHA256.HashData(data);

                byte[] Span(ReadOnlySpan<byte> data) => SHA256.HashData(data);

                async Task<byte[]> FileAsync(Stream stream) => await SHA256.HashDataAsync(stream);

                byte[] Mac(byte[] key, byte[] data) => HMACSHA256.HashData(key, data);
            }
            """);

        [Fact]
        public Task Replaces_legacy_provider_constructors_with_the_factory() => VerifyFix.VerifyFixAsync("""
            using System.Security.Cryptography;

            class LegacyCrypto
            {
                private readonly MD5CryptoServiceProvider _md5 = {|NHS2002:new()|};

                byte[] Hash(byte[] data)
                {
                    SHA1Managed sha1 = {|NHS2002:new SHA1Managed()|};
                    using var provider = {|NHS2002:new SHA1CryptoServiceProvider()|};
                    return provider.ComputeHash(sha1.ComputeHash(_md5.ComputeHash(data)));
                }
            }
            """, """
            using System.Security.Cryptography;

            class LegacyCrypto
            {
                private readonly SHA256 _md5 = SHA256.Create();

                byte[] Hash(byte[] data)
                {
                    SHA256 sha1 = SHA256.Create();
                    using var provider = SHA256.Create();
                    return provider.ComputeHash(sha1.ComputeHash(_md5.ComputeHash(data)));
                }
            }
            """);

        [Fact]
        public Task Replaces_HMAC_SHA1_and_HMAC_MD5_with_HMAC_SHA256_keeping_the_key() => VerifyFix.VerifyFixAsync("""
            using System.Security.Cryptography;

            class Signatures
            {
                byte[] Sign(byte[] key, byte[] data)
                {
                    using var hmac = {|NHS2002:new HMACSHA1(key)|};
                    HMACMD5 md5 = {|NHS2002:new(key)|};
                    return hmac.ComputeHash(md5.ComputeHash(data));
                }
            }
            """, """
            using System.Security.Cryptography;

            class Signatures
            {
                byte[] Sign(byte[] key, byte[] data)
                {
                    using var hmac = new HMACSHA256(key);
                    HMACSHA256 md5 = new(key);
                    return hmac.ComputeHash(md5.ComputeHash(data));
                }
            }
            """);

        [Fact]
        public Task Replaces_DES_Triple_DES_and_RC2_with_AES() => VerifyFix.VerifyFixAsync("""
            using System.Security.Cryptography;

            class Ciphers
            {
                byte[] Encrypt(byte[] key, byte[] iv, byte[] data)
                {
                    using TripleDES tripleDes = {|NHS2002:TripleDES.Create()|};
                    using var des = {|NHS2002:DES.Create()|};
                    using var rc2 = {|NHS2002:new RC2CryptoServiceProvider()|};
                    using SymmetricAlgorithm provider = {|NHS2002:new TripleDESCryptoServiceProvider()|};
                    tripleDes.Key = key;
                    return tripleDes.EncryptCbc(data, iv);
                }
            }
            """, """
            using System.Security.Cryptography;

            class Ciphers
            {
                byte[] Encrypt(byte[] key, byte[] iv, byte[] data)
                {
                    using Aes tripleDes = Aes.Create();
                    using var des = Aes.Create();
                    using var rc2 = Aes.Create();
                    using SymmetricAlgorithm provider = Aes.Create();
                    tripleDes.Key = key;
                    return tripleDes.EncryptCbc(data, iv);
                }
            }
            """);

        [Fact]
        public Task Replaces_the_name_given_to_a_by_name_factory() => VerifyFix.VerifyFixAsync("""
            using System.Security.Cryptography;

            class ByName
            {
                object? Hash() => {|NHS2002:HashAlgorithm.Create("MD5")|};
                object? Config() => {|NHS2002:CryptoConfig.CreateFromName("3DES")|};
                object? Mac() => {|NHS2002:KeyedHashAlgorithm.Create("HMACSHA1")|};
                HashAlgorithm? Cast() => (HashAlgorithm?){|NHS2002:CryptoConfig.CreateFromName("SHA1")|};
            }
            """, """
            using System.Security.Cryptography;

            class ByName
            {
                object? Hash() => HashAlgorithm.Create("SHA256");
                object? Config() => CryptoConfig.CreateFromName("AES");
                object? Mac() => KeyedHashAlgorithm.Create("HMACSHA256");
                HashAlgorithm? Cast() => (HashAlgorithm?)CryptoConfig.CreateFromName("SHA256");
            }
            """);

        [Fact]
        public Task Replaces_ECB_with_CBC_and_SHA1_names_with_SHA256() => VerifyFix.VerifyFixAsync("""
            using System.Security.Cryptography;
            using static System.Security.Cryptography.CipherMode;

            class Encryption
            {
                void Configure(Aes aes)
                {
                    aes.Mode = {|NHS2002:CipherMode.ECB|}; // legacy partner format
                    aes.Mode = {|NHS2002:ECB|};
                    aes.Mode = {|NHS2002:System.Security.Cryptography.CipherMode.ECB|};
                }

                IncrementalHash Hash() => IncrementalHash.CreateHash({|NHS2002:HashAlgorithmName.SHA1|});
            }
            """, """
            using System.Security.Cryptography;
            using static System.Security.Cryptography.CipherMode;

            class Encryption
            {
                void Configure(Aes aes)
                {
                    aes.Mode = CipherMode.CBC; // legacy partner format
                    aes.Mode = CBC;
                    aes.Mode = System.Security.Cryptography.CipherMode.CBC;
                }

                IncrementalHash Hash() => IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            }
            """);

        [Fact]
        public Task Adds_the_using_directive_for_a_fully_qualified_use() => VerifyFix.VerifyFixAsync("""
            class Checksums
            {
                byte[] Hash(byte[] data) => {|NHS2002:System.Security.Cryptography.MD5.HashData(data)|};
            }
            """, """
            using System.Security.Cryptography;

            class Checksums
            {
                byte[] Hash(byte[] data) => SHA256.HashData(data);
            }
            """);

        [Fact]
        public Task Fixes_every_kind_in_a_document_at_once() => VerifyFix.VerifyFixAsync("""
            using System.Security.Cryptography;

            class PatientRecordProtection
            {
                byte[] Protect(byte[] key, byte[] record)
                {
                    var checksum = {|NHS2002:MD5.HashData(record)|};
                    using var cipher = {|NHS2002:TripleDES.Create()|};
                    cipher.Mode = {|NHS2002:CipherMode.ECB|};
                    using var mac = {|NHS2002:new HMACSHA1(key)|};
                    return mac.ComputeHash(checksum);
                }
            }
            """, """
            using System.Security.Cryptography;

            class PatientRecordProtection
            {
                byte[] Protect(byte[] key, byte[] record)
                {
                    var checksum = SHA256.HashData(record);
                    using var cipher = Aes.Create();
                    cipher.Mode = CipherMode.CBC;
                    using var mac = new HMACSHA256(key);
                    return mac.ComputeHash(checksum);
                }
            }
            """);

        [Fact]
        public Task Fixes_what_compiles_and_leaves_the_rest_for_a_person() => VerifyFix.VerifyFixAsync("""
            using System.Security.Cryptography;

            class Checksums
            {
                byte[] Hash(byte[] data)
                {
                    var md5 = {|NHS2002:MD5.Create()|};
                    Audit(md5);
                    return {|NHS2002:SHA1.HashData(data)|};
                }

                void Audit(MD5 algorithm) { }
            }
            """, """
            using System.Security.Cryptography;

            class Checksums
            {
                byte[] Hash(byte[] data)
                {
                    var md5 = {|NHS2002:MD5.Create()|};
                    Audit(md5);
                    return SHA256.HashData(data);
                }

                void Audit(MD5 algorithm) { }
            }
            """);

        [Fact]
        public Task Offers_no_fix_where_the_weak_type_is_required_elsewhere() => VerifyFix.VerifyNoFixAsync("""
            using System.Security.Cryptography;

            class Checksums
            {
                private MD5? _md5;
                private readonly SHA1 _sha1;

                Checksums() => _sha1 = {|NHS2002:SHA1.Create()|};

                void Reset() => _md5 = {|NHS2002:MD5.Create()|};

                MD5 Create() => {|NHS2002:MD5.Create()|};

                MD5? Cast() => (MD5?){|NHS2002:CryptoConfig.CreateFromName("MD5")|};

                byte[] Local(byte[] data)
                {
                    MD5 md5 = {|NHS2002:MD5.Create()|};
                    Audit(md5);
                    return md5.ComputeHash(data);
                }

                void Audit(MD5 algorithm) { }
            }
            """, ReferenceSets.Net100WithPackages);

        [Fact]
        public Task Offers_no_fix_where_the_rewrite_would_change_more_than_the_algorithm() => VerifyFix.VerifyNoFixAsync("""
            using System;
            using System.Security.Cryptography;

            class Encryption
            {
                byte[] Ecb(Aes aes, byte[] data) => {|NHS2002:aes.EncryptEcb(data, PaddingMode.PKCS7)|};

                int IntoBuffer(ReadOnlySpan<byte> data, Span<byte> hash) => {|NHS2002:MD5.HashData(data, hash)|};

                bool Try(ReadOnlySpan<byte> data, Span<byte> hash) => {|NHS2002:SHA1.TryHashData(data, hash, out _)|};

                object Configured(byte[] key) => {|NHS2002:new TripleDESCryptoServiceProvider { Key = key }|};

                object ByVariableName(string name) => {|NHS2002:HashAlgorithm.Create(Names.Legacy)|};

                object Managed(byte[] key) => {|NHS2002:new HMACSHA1(key, true)|};
            }

            static class Names
            {
                public const string Legacy = "MD5";
            }
            """, ReferenceSets.Net100WithPackages);
    }
}
