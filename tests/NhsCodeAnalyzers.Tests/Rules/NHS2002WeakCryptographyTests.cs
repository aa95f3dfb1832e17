using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using NhsCodeAnalyzers.Descriptors;
using NhsCodeAnalyzers.Tests.Verifiers;
using Verify = NhsCodeAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<NhsCodeAnalyzers.Rules.WeakCryptographyAnalyzer>;

namespace NhsCodeAnalyzers.Tests.Rules
{
    /// <summary>NHS2002 — Broken or weak cryptographic algorithm: what it flags and what it leaves alone.</summary>
    public sealed class NHS2002WeakCryptographyTests
    {
        private static DiagnosticResult Expected(int markup, string used, string replacement)
            => new DiagnosticResult(RuleDescriptors.WeakCryptography).WithLocation(markup).WithArguments(used, replacement);

        // ---- Flags -------------------------------------------------------------------------------------------

        [Fact]
        public Task Flags_the_MD5_and_SHA1_factories_and_names_them_in_the_message() => Verify.VerifyAsync(
            """
            using System.Security.Cryptography;

            class Checksums
            {
                byte[] Md5(byte[] data)
                {
                    using var md5 = {|#0:MD5.Create()|};
                    return md5.ComputeHash(data);
                }

                byte[] Sha1(byte[] data)
                {
                    using (var sha1 = {|#1:SHA1.Create()|})
                    {
                        return sha1.ComputeHash(data);
                    }
                }
            }
            """,
            ReferenceSets.Net100WithPackages,
            expected: new[]
            {
                Expected(0, "MD5.Create()", "SHA-256 (SHA256)"),
                Expected(1, "SHA1.Create()", "SHA-256 (SHA256)"),
            });

        [Fact]
        public Task Flags_the_one_shot_hash_methods() => Verify.VerifyAsync(
            """
            using System;
            using System.IO;
            using System.Security.Cryptography;
            using System.Threading.Tasks;

            class Checksums
            {
                byte[] Bytes(byte[] data) => {|#0:MD5.HashData(data)|};

                byte[] Span(ReadOnlySpan<byte> data) => {|NHS2002:SHA1.HashData(data)|};

                bool Try(ReadOnlySpan<byte> data, Span<byte> hash) => {|NHS2002:MD5.TryHashData(data, hash, out _)|};

                async Task<byte[]> FileAsync(Stream stream) => await {|NHS2002:SHA1.HashDataAsync(stream)|};
            }
            """,
            ReferenceSets.Net100WithPackages,
            expected: Expected(0, "MD5.HashData", "SHA-256 (SHA256)"));

        [Fact]
        public Task Flags_constructors_of_the_legacy_provider_types_including_target_typed_new() => Verify.VerifyAsync("""
            using System.Security.Cryptography;

            class LegacyCrypto
            {
                private readonly MD5CryptoServiceProvider _md5 = {|NHS2002:new()|};

                object Md5() => {|NHS2002:new MD5CryptoServiceProvider()|};
                object Sha1Managed() => {|NHS2002:new SHA1Managed()|};
                object Sha1Provider() => {|NHS2002:new SHA1CryptoServiceProvider()|};
                object Des() => {|NHS2002:new DESCryptoServiceProvider()|};
                object TripleDes() => {|NHS2002:new TripleDESCryptoServiceProvider()|};
                object Rc2() => {|NHS2002:new RC2CryptoServiceProvider()|};
            }
            """);

        [Fact]
        public Task Flags_the_DES_Triple_DES_and_RC2_factories() => Verify.VerifyAsync(
            """
            using System.Security.Cryptography;

            class Ciphers
            {
                SymmetricAlgorithm Des() => {|NHS2002:DES.Create()|};
                SymmetricAlgorithm TripleDes() => {|#0:TripleDES.Create()|};
                SymmetricAlgorithm Rc2() => {|NHS2002:RC2.Create()|};
                SymmetricAlgorithm? Named() => {|#1:DES.Create("DES")|};
            }
            """,
            ReferenceSets.Net100WithPackages,
            expected: new[]
            {
                Expected(0, "TripleDES.Create()", "AES (Aes)"),
                Expected(1, "DES.Create", "AES (Aes)"),
            });

        [Fact]
        public Task Flags_HMAC_SHA1_and_HMAC_MD5_even_with_a_key() => Verify.VerifyAsync(
            """
            using System.Security.Cryptography;

            class Signatures
            {
                byte[] Sign(byte[] key, byte[] data)
                {
                    using var hmac = {|#0:new HMACSHA1(key)|};
                    return hmac.ComputeHash(data);
                }

                byte[] OneShot(byte[] key, byte[] data) => {|#1:HMACSHA1.HashData(key, data)|};

                object Md5(byte[] key) => {|NHS2002:new HMACMD5(key)|};
            }
            """,
            ReferenceSets.Net100WithPackages,
            expected: new[]
            {
                Expected(0, "new HMACSHA1(...)", "HMAC-SHA256 (HMACSHA256)"),
                Expected(1, "HMACSHA1.HashData", "HMAC-SHA256 (HMACSHA256)"),
            });

        [Fact]
        public Task Flags_algorithms_chosen_by_name_whatever_the_case_or_spelling() => Verify.VerifyAsync(
            """
            using System.Security.Cryptography;

            class ByName
            {
                private const string Legacy = "SHA1";

                object Hash() => {|#0:HashAlgorithm.Create("MD5")|};
                object Config() => {|#1:CryptoConfig.CreateFromName("3DES")|};
                object Lower() => {|NHS2002:SymmetricAlgorithm.Create("des")|};
                object FullName() => {|NHS2002:CryptoConfig.CreateFromName("System.Security.Cryptography.MD5")|};
                object Mac() => {|NHS2002:KeyedHashAlgorithm.Create("HMACSHA1")|};
                object Constant() => {|NHS2002:HashAlgorithm.Create(Legacy)|};
                object Rc2() => {|NHS2002:SymmetricAlgorithm.Create("RC2")|};
            }
            """,
            ReferenceSets.Net100WithPackages,
            expected: new[]
            {
                Expected(0, "HashAlgorithm.Create(\"MD5\")", "SHA-256 (SHA256)"),
                Expected(1, "CryptoConfig.CreateFromName(\"3DES\")", "AES (Aes)"),
            });

        [Fact]
        public Task Flags_CipherMode_ECB_wherever_it_is_used_as_a_value() => Verify.VerifyAsync(
            """
            using System.Security.Cryptography;
            using static System.Security.Cryptography.CipherMode;

            class Encryption
            {
                private const CipherMode DefaultMode = {|NHS2002:CipherMode.ECB|};

                void Configure(Aes aes, bool legacy)
                {
                    aes.Mode = {|#0:CipherMode.ECB|};
                    aes.Mode = {|NHS2002:ECB|};
                    aes.Mode = legacy ? {|NHS2002:CipherMode.ECB|} : CipherMode.CBC;
                    Use({|NHS2002:System.Security.Cryptography.CipherMode.ECB|});
                }

                Aes Create()
                {
                    var aes = Aes.Create();
                    aes.Mode = CipherMode.CBC;
                    return aes;
                }

                object Initialised() => new AesManaged { Mode = {|NHS2002:CipherMode.ECB|} };

                CipherMode ModeFor(string name) => name switch
                {
                    "legacy" => {|NHS2002:CipherMode.ECB|},
                    _ => CipherMode.CBC,
                };

                void Use(CipherMode mode) { }
            }
            """,
            ReferenceSets.Net100WithPackages,
            expected: Expected(0, "CipherMode.ECB", "CipherMode.CBC or AES-GCM"));

        [Fact]
        public Task Flags_the_ECB_one_shot_methods_on_a_symmetric_algorithm() => Verify.VerifyAsync(
            """
            using System;
            using System.Security.Cryptography;

            class Encryption
            {
                byte[] Encrypt(Aes aes, byte[] plaintext) => {|#0:aes.EncryptEcb(plaintext, PaddingMode.PKCS7)|};

                byte[] Decrypt(SymmetricAlgorithm algorithm, byte[] ciphertext) => {|NHS2002:algorithm.DecryptEcb(ciphertext, PaddingMode.PKCS7)|};

                bool TryEncrypt(Aes aes, ReadOnlySpan<byte> plaintext, Span<byte> destination) => {|NHS2002:aes.TryEncryptEcb(plaintext, destination, PaddingMode.None, out _)|};
            }
            """,
            ReferenceSets.Net100WithPackages,
            expected: Expected(0, "Aes.EncryptEcb", "EncryptCbc or AES-GCM (AesGcm)"));

        [Fact]
        public Task Flags_HashAlgorithmName_MD5_and_SHA1_passed_to_an_API() => Verify.VerifyAsync(
            """
            using System.Security.Cryptography;

            class Derivation
            {
                byte[] Key(string password, byte[] salt) => Rfc2898DeriveBytes.Pbkdf2(password, salt, 600_000, {|#0:HashAlgorithmName.SHA1|}, 32);

                IncrementalHash Incremental() => IncrementalHash.CreateHash({|NHS2002:HashAlgorithmName.MD5|});
            }
            """,
            ReferenceSets.Net100WithPackages,
            expected: Expected(0, "HashAlgorithmName.SHA1", "SHA-256 (HashAlgorithmName.SHA256)"));

        [Fact]
        public Task Flags_weak_algorithms_in_top_level_statements_and_lambdas() => Verify.VerifyProgramAsync("""
            using System;
            using System.Security.Cryptography;
            using System.Text;

            Func<string, byte[]> hash = text => {|NHS2002:MD5.HashData(Encoding.UTF8.GetBytes(text))|};
            using var des = {|NHS2002:DES.Create()|};
            Console.WriteLine(hash("x").Length);
            """);

        [Fact]
        public Task Flags_the_legacy_types_on_dotnet_framework() => Verify.VerifyAsync("""
            using System.Security.Cryptography;

            class LegacyCrypto
            {
                object Md5() => {|NHS2002:new MD5CryptoServiceProvider()|};
                object Sha1() => {|NHS2002:new SHA1Managed()|};
                object Mac(byte[] key) => {|NHS2002:new MACTripleDES(key)|};
                object Factory() => {|NHS2002:TripleDES.Create()|};
                void Mode(SymmetricAlgorithm algorithm) => algorithm.Mode = {|NHS2002:CipherMode.ECB|};
            }
            """, ReferenceSets.Net472);

        // ---- Leaves alone ------------------------------------------------------------------------------------

        [Fact]
        public Task Leaves_strong_algorithms_alone() => Verify.VerifyAsync("""
            using System;
            using System.Security.Cryptography;

            class StrongCrypto
            {
                void Use(byte[] key, byte[] data)
                {
                    using var sha256 = SHA256.Create();
                    using var sha384 = SHA384.Create();
                    using var sha512 = SHA512.Create();
                    _ = SHA256.HashData(data);
                    _ = SHA512.HashData(data);
                    using var aes = Aes.Create();
                    aes.Mode = CipherMode.CBC;
                    using var gcm = new AesGcm(key, 16);
                    using var hmac = new HMACSHA256(key);
                    _ = HMACSHA256.HashData(key, data);
                    using var incremental = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
                    _ = Rfc2898DeriveBytes.Pbkdf2("password", data, 600_000, HashAlgorithmName.SHA512, 32);
                }

                object ByName() => CryptoConfig.CreateFromName("AES")!;

                object Chacha(byte[] key) => new ChaCha20Poly1305(key);
            }
            """);

        [Fact]
        public Task Leaves_a_teams_own_types_with_the_same_names_alone() => Verify.VerifyAsync("""
            namespace Contoso.Legacy
            {
                public sealed class MD5
                {
                    public static MD5 Create() => new MD5();
                    public static byte[] HashData(byte[] data) => data;
                }

                public sealed class SHA1Managed { }

                public enum CipherMode { CBC, ECB }

                public static class HashAlgorithm
                {
                    public static object Create(string name) => name;
                }

                class Uses
                {
                    object A() => MD5.Create();
                    object B(byte[] data) => MD5.HashData(data);
                    object C() => new SHA1Managed();
                    CipherMode D() => CipherMode.ECB;
                    object E() => HashAlgorithm.Create("MD5");
                }
            }
            """);

        [Fact]
        public Task Leaves_a_weak_type_that_only_appears_in_declarations_typeof_nameof_and_type_tests_alone() => Verify.VerifyAsync("""
            using System;
            using System.Security.Cryptography;

            class Migration
            {
                private MD5? _legacy;
                byte[] Verify(MD5 md5, byte[] data) => md5.ComputeHash(data);
                Type Kind => typeof(TripleDES);
                string Name => nameof(SHA1);
                string Mode => nameof(CipherMode.ECB);
                bool IsLegacy(HashAlgorithm algorithm) => algorithm is MD5 or SHA1;
                int Size => MD5.HashSizeInBytes + SHA1.HashSizeInBits;
                bool Weak(byte[] key) => DES.IsWeakKey(key) || TripleDES.IsWeakKey(key);
            }
            """);

        [Fact]
        public Task Leaves_code_that_checks_for_ECB_or_SHA1_without_using_it_alone() => Verify.VerifyAsync("""
            using System;
            using System.Security.Cryptography;

            [AttributeUsage(AttributeTargets.Method)]
            sealed class RejectsAttribute : Attribute
            {
                public RejectsAttribute(CipherMode mode) { }
            }

            class Guard
            {
                [Rejects(CipherMode.ECB)]
                void Check(SymmetricAlgorithm algorithm, HashAlgorithmName name)
                {
                    if (algorithm.Mode == CipherMode.ECB || algorithm.Mode.Equals(CipherMode.ECB))
                    {
                        throw new CryptographicException("ECB is not allowed");
                    }

                    if (name == HashAlgorithmName.SHA1 || name != HashAlgorithmName.MD5)
                    {
                        throw new CryptographicException("SHA-1 is not allowed");
                    }

                    switch (algorithm.Mode)
                    {
                        case CipherMode.ECB:
                            throw new CryptographicException("ECB is not allowed");
                    }

                    var label = algorithm.Mode switch
                    {
                        CipherMode.ECB => "insecure",
                        _ => "ok",
                    };
                    var rejected = algorithm.Mode is CipherMode.ECB;
                }
            }
            """);

        [Fact]
        public Task Leaves_names_of_strong_algorithms_and_names_not_known_at_compile_time_alone() => Verify.VerifyAsync("""
            using System.Security.Cryptography;

            class ByName
            {
                object Strong() => HashAlgorithm.Create("SHA256")!;
                object Aes() => SymmetricAlgorithm.Create("AES")!;
                object Configured(string name) => CryptoConfig.CreateFromName(name)!;
                object Mac() => KeyedHashAlgorithm.Create("HMACSHA512")!;
            }
            """);

        [Fact]
        public Task Leaves_mentions_in_strings_and_comments_alone() => Verify.VerifyAsync("""
            class Notes
            {
                // We replaced MD5.Create() and CipherMode.ECB in 2024.
                const string History = "new TripleDESCryptoServiceProvider() { Mode = CipherMode.ECB }";
            }
            """);

        [Fact]
        public Task Leaves_generated_code_alone() => Verify.VerifyAsync("""
            // <auto-generated/>
            using System.Security.Cryptography;

            class GeneratedChecksum
            {
                byte[] Hash(byte[] data) => MD5.HashData(data);
            }
            """);

        [Fact]
        public Task Honours_severity_none_from_editorconfig() => Verify.VerifyAsync("""
            using System.Security.Cryptography;

            class Checksum
            {
                byte[] Hash(byte[] data) => MD5.HashData(data);
            }
            """, editorConfig: "dotnet_diagnostic.NHS2002.severity = none");
    }
}
