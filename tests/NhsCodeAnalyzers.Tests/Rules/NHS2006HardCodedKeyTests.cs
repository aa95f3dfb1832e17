using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using NhsCodeAnalyzers.Descriptors;
using NhsCodeAnalyzers.Tests.Verifiers;
using Verify = NhsCodeAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<NhsCodeAnalyzers.Rules.HardCodedKeyAnalyzer>;

namespace NhsCodeAnalyzers.Tests.Rules
{
    /// <summary>NHS2006 — Hard-coded pseudonymisation key or salt: what it flags and what it leaves alone.</summary>
    public sealed class NHS2006HardCodedKeyTests
    {
        private static DiagnosticResult Expected(int markup, string value)
            => new DiagnosticResult(RuleDescriptors.HardCodedKey).WithLocation(markup).WithArguments(value);

        // ---- Flags: keys ---------------------------------------------------------------------------------------

        [Fact]
        public Task Flags_a_literal_key_given_to_an_HMAC_constructor_and_names_it() => Verify.VerifyAsync("""
            using System.Security.Cryptography;
            using System.Text;

            class Pseudonymiser
            {
                HMACSHA256 Create() => new HMACSHA256({|#0:Encoding.UTF8.GetBytes("s3cret")|});
            }
            """, ReferenceSets.Net100WithPackages, expected: Expected(0, "Encoding.UTF8.GetBytes(\"s3cret\")"));

        [Fact]
        public Task Flags_the_reference_to_a_static_readonly_key_not_its_declaration() => Verify.VerifyAsync("""
            using System.Security.Cryptography;
            using System.Text;

            class Pseudonymiser
            {
                private static readonly byte[] PepperKey = Encoding.UTF8.GetBytes("clinic-pepper-2024");

                byte[] Pseudonym(string nhsNumber) => HMACSHA256.HashData({|#0:PepperKey|}, Encoding.UTF8.GetBytes(nhsNumber));

                byte[] Again(byte[] data) => HMACSHA512.HashData({|#1:PepperKey|}, data);
            }
            """, ReferenceSets.Net100WithPackages, expected: new[] { Expected(0, "PepperKey"), Expected(1, "PepperKey") });

        [Fact]
        public Task Flags_every_form_of_a_key_written_in_source() => Verify.VerifyAsync("""
            using System;
            using System.Security.Cryptography;
            using System.Text;

            class Pseudonymiser
            {
                private const string KeyText = "clinic-key";
                private static readonly byte[] Bytes = { 1, 2, 3, 4 };
                private static readonly byte[] FromBase64 = Convert.FromBase64String("c2VjcmV0LWtleQ==");
                private static readonly byte[] Collection = [1, 2, 3, 4];

                void Hash(byte[] data)
                {
                    HMACSHA256.HashData({|NHS2006:Convert.FromBase64String("c2VjcmV0LWtleQ==")|}, data);
                    HMACSHA256.HashData({|NHS2006:Convert.FromHexString("00112233445566778899")|}, data);
                    HMACSHA256.HashData({|NHS2006:"s3cret-key"u8|}, data);
                    HMACSHA256.HashData({|NHS2006:"s3cret-key"u8.ToArray()|}, data);
                    HMACSHA256.HashData({|NHS2006:new byte[] { 0x01, 0x02, 0x03 }|}, data);
                    using var fromCollection = new HMACSHA256({|NHS2006:[1, 2, 3, 4]|});
                    byte[] collection = [5, 6, 7, 8];
                    HMACSHA256.HashData({|NHS2006:collection|}, data);
                    HMACSHA256.HashData({|NHS2006:Encoding.ASCII.GetBytes(KeyText)|}, data);
                    HMACSHA256.HashData({|NHS2006:Encoding.UTF8.GetBytes(KeyText + "-2024")|}, data);
                    HMACSHA256.HashData({|NHS2006:Bytes|}, data);
                    HMACSHA256.HashData({|NHS2006:FromBase64|}, data);
                    HMACSHA256.HashData({|NHS2006:Collection|}, data);
                    HMACSHA256.TryHashData({|NHS2006:Bytes|}, data, new byte[32], out _);
                    HMACSHA1.HashData({|NHS2006:Bytes|}, data);
                    HMACMD5.HashData({|NHS2006:Bytes|}, data);
                }
            }
            """);

        [Fact]
        public Task Flags_keys_of_IncrementalHash_CryptographicOperations_and_the_Key_property() => Verify.VerifyAsync("""
            using System.Security.Cryptography;
            using System.Text;

            class Pseudonymiser
            {
                void Hash(byte[] data)
                {
                    using var incremental = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, {|NHS2006:Encoding.UTF8.GetBytes("s3cret")|});
                    CryptographicOperations.HmacData(HashAlgorithmName.SHA256, {|NHS2006:"s3cret"u8|}, data);
                    using var hmac = new HMACSHA256();
                    hmac.Key = {|NHS2006:Encoding.UTF8.GetBytes("s3cret")|};
                    using var initialised = new HMACSHA512 { Key = {|NHS2006:new byte[] { 9, 8, 7 }|} };
                    using var named = new HMACSHA384(key: {|NHS2006:Encoding.UTF8.GetBytes("s3cret")|});
                }
            }
            """);

        [Fact]
        public Task Flags_locals_and_members_that_only_ever_hold_a_literal() => Verify.VerifyAsync("""
            using System.Security.Cryptography;
            using System.Text;

            class Pseudonymiser
            {
                private readonly byte[] _instanceKey = Encoding.UTF8.GetBytes("instance-key");
                private static byte[] PropertyKey { get; } = Encoding.UTF8.GetBytes("property-key");
                private static byte[] ComputedKey => Encoding.UTF8.GetBytes("computed-key");

                void Hash(byte[] data)
                {
                    var key = Encoding.UTF8.GetBytes("local-key");
                    HMACSHA256.HashData({|NHS2006:key|}, data);
                    const string secret = "const-local";
                    HMACSHA256.HashData({|NHS2006:Encoding.UTF8.GetBytes(secret)|}, data);
                    HMACSHA256.HashData({|NHS2006:_instanceKey|}, data);
                    HMACSHA256.HashData({|NHS2006:PropertyKey|}, data);
                    HMACSHA256.HashData({|NHS2006:ComputedKey|}, data);
                }
            }
            """);

        [Fact]
        public Task Flags_a_key_declared_in_another_file_by_its_syntax()
        {
            var test = new Verify.Test();
            test.TestState.Sources.Add(("/0/Keys.cs", """
                using System.Text;

                partial class Pseudonymiser
                {
                    private static readonly byte[] PepperKey = Encoding.UTF8.GetBytes("clinic-pepper-2024");
                    private static readonly byte[] ConfiguredKey = Encoding.UTF8.GetBytes(System.Environment.GetEnvironmentVariable("KEY")!);
                    private static readonly byte[] Bytes = { 1, 2, 3, (byte)0xFF };
                    private static readonly byte[] Collection = [1, 2, 3];
                    private static byte[] Base64Key => System.Convert.FromBase64String("c2VjcmV0LWtleQ==");
                    private static byte[] Utf8Key { get; } = "s3cret"u8.ToArray();
                }
                """));
            test.TestState.Sources.Add(("/0/Pseudonymiser.cs", """
                using System.Security.Cryptography;

                partial class Pseudonymiser
                {
                    byte[] Hash(byte[] data) => HMACSHA256.HashData({|NHS2006:PepperKey|}, data);

                    byte[] Configured(byte[] data) => HMACSHA256.HashData(ConfiguredKey, data);

                    void All(byte[] data)
                    {
                        HMACSHA256.HashData({|NHS2006:Bytes|}, data);
                        HMACSHA256.HashData({|NHS2006:Collection|}, data);
                        HMACSHA256.HashData({|NHS2006:Base64Key|}, data);
                        HMACSHA256.HashData({|NHS2006:Utf8Key|}, data);
                    }
                }
                """));
            TestConfiguration.Apply(test.TestState, ReferenceSets.Net100WithPackages, editorConfig: null);
            return test.RunAsync(CancellationToken.None);
        }

        [Fact]
        public Task Flags_a_key_in_top_level_statements() => Verify.VerifyProgramAsync("""
            using System.Security.Cryptography;
            using System.Text;

            var pepper = "p3pper-2024";
            using var hmac = new HMACSHA256({|NHS2006:Encoding.UTF8.GetBytes(pepper)|});
            """);

        // ---- Flags: salts --------------------------------------------------------------------------------------

        [Fact]
        public Task Flags_a_salt_written_in_source_where_it_is_concatenated_with_the_identifier() => Verify.VerifyAsync("""
            using System.Security.Cryptography;
            using System.Text;

            class Pseudonymiser
            {
                private const string Salt = "c1inic-s@lt";
                private static readonly string Pepper = "p3pper!";

                void Hash(string nhsNumber)
                {
                    SHA256.HashData(Encoding.UTF8.GetBytes({|#0:Salt|} + nhsNumber));
                    SHA256.HashData(Encoding.UTF8.GetBytes($"{nhsNumber}{{|#1:Pepper|}}"));
                    SHA256.HashData(Encoding.UTF8.GetBytes(nhsNumber + {|#2:"Xy7!kP2#qZ"|}));
                    SHA256.HashData(Encoding.UTF8.GetBytes($"{nhsNumber}{|#3:Xy7!kP2#qZ|}"));
                    var secretSalt = "local-s@lt";
                    var input = string.Concat(nhsNumber, {|#4:secretSalt|});
                    SHA256.HashData(Encoding.UTF8.GetBytes(input));
                    SHA512.HashData(Encoding.UTF8.GetBytes(input));
                }
            }
            """, ReferenceSets.Net100WithPackages, expected: new[]
            {
                Expected(0, "Salt"), Expected(1, "Pepper"), Expected(2, "\"Xy7!kP2#qZ\""), Expected(3, "Xy7!kP2#qZ"), Expected(4, "secretSalt"),
            });

        [Fact]
        public Task Flags_a_salt_concatenated_with_a_configured_identifier_name() => Verify.VerifyAsync("""
            using System.Security.Cryptography;
            using System.Text;

            class Pseudonymiser
            {
                private const string PracticeSalt = "gp-s@lt-2024";

                byte[] Pseudonym(string pasNumber) => SHA256.HashData(Encoding.UTF8.GetBytes({|NHS2006:PracticeSalt|} + pasNumber));

                byte[] Other(string localReference) => SHA256.HashData(Encoding.UTF8.GetBytes(PracticeSalt + localReference));
            }
            """, editorConfig: "nhs_code_analyzers.patient_identifier_names = PasNumber");

        [Fact]
        public Task Finds_a_salt_in_a_concatenation_of_twenty_thousand_terms_without_overflowing_the_stack() => Verify.VerifyAsync($$"""
            using System.Security.Cryptography;
            using System.Text;

            class Pseudonymiser
            {
                // a + b + c + ... nests one level per term, and was walked by recursion.
                byte[] Hash(string nhsNumber, string other) => SHA256.HashData(Encoding.UTF8.GetBytes({|NHS2006:"c1inic-s@lt"|} + nhsNumber + {{string.Join(" + ", System.Linq.Enumerable.Repeat("other", 20_000))}}));
            }
            """);

        // ---- Leaves alone --------------------------------------------------------------------------------------

        [Fact]
        public Task Leaves_keys_from_configuration_options_secret_stores_and_parameters_alone() => Verify.VerifyAsync("""
            using System;
            using System.Security.Cryptography;
            using System.Text;
            using Microsoft.Extensions.Configuration;
            using Microsoft.Extensions.Options;

            public class PseudonymisationOptions { public string Key { get; set; } = ""; }

            public interface ISecretStore { byte[] GetSecret(string name); }

            class Pseudonymiser
            {
                private readonly byte[] _key;
                private readonly byte[] _fromStore;
                private readonly byte[] _overridden = Encoding.UTF8.GetBytes("development-default");

                public Pseudonymiser(IConfiguration configuration, ISecretStore store)
                {
                    _key = Convert.FromBase64String(configuration["Pseudonymisation:Key"]!);
                    _fromStore = store.GetSecret("pseudonymisation-key");
                    _overridden = Convert.FromBase64String(configuration["Pseudonymisation:Key"]!);
                }

                void Hash(byte[] data, byte[] key, IOptions<PseudonymisationOptions> options, IConfiguration configuration)
                {
                    HMACSHA256.HashData(_key, data);
                    HMACSHA256.HashData(_fromStore, data);
                    HMACSHA256.HashData(_overridden, data);
                    HMACSHA256.HashData(key, data);
                    HMACSHA256.HashData(Encoding.UTF8.GetBytes(options.Value.Key), data);
                    HMACSHA256.HashData(Convert.FromBase64String(configuration["Pseudonymisation:Key"]!), data);
                    HMACSHA256.HashData(Encoding.UTF8.GetBytes(Environment.GetEnvironmentVariable("PSEUDONYM_KEY")!), data);
                }
            }
            """);

        [Fact]
        public Task Leaves_random_keys_alone() => Verify.VerifyAsync("""
            using System.Security.Cryptography;

            class Pseudonymiser
            {
                void Hash(byte[] data)
                {
                    HMACSHA256.HashData(RandomNumberGenerator.GetBytes(32), data);
                    var key = new byte[32];
                    RandomNumberGenerator.Fill(key);
                    HMACSHA256.HashData(key, data);
                    var filled = new byte[] { 0, 0, 0, 0 };
                    RandomNumberGenerator.Fill(filled);
                    HMACSHA256.HashData(filled, data);
                    using var generated = new HMACSHA256();
                    generated.ComputeHash(data);
                }
            }
            """);

        [Fact]
        public Task Leaves_values_that_are_not_only_a_literal_alone() => Verify.VerifyAsync("""
            using System.Security.Cryptography;
            using System.Text;

            class Pseudonymiser
            {
                private static byte[] MutableKey = Encoding.UTF8.GetBytes("set-at-startup");
                private static readonly byte[] StaticConstructorKey = Encoding.UTF8.GetBytes("default");

                static Pseudonymiser()
                {
                    StaticConstructorKey = RandomNumberGenerator.GetBytes(32);
                }

                void Hash(byte[] data, byte[] configured, bool rotate)
                {
                    HMACSHA256.HashData(MutableKey, data);
                    HMACSHA256.HashData(StaticConstructorKey, data);
                    var key = Encoding.UTF8.GetBytes("fallback");
                    if (rotate)
                    {
                        key = configured;
                    }

                    HMACSHA256.HashData(key, data);
                    using var hmac = new HMACSHA256(configured);
                    hmac.Key = configured;
                    hmac.Key = null!;
                }
            }
            """);

        [Fact]
        public Task Leaves_prefixes_separators_and_salts_beside_a_real_secret_alone() => Verify.VerifyAsync("""
            using System.Security.Cryptography;
            using System.Text;
            using Microsoft.Extensions.Configuration;

            class Pseudonymiser
            {
                private const string Prefix = "patient-record:";
                private const string Salt = "c1inic-s@lt";

                void Hash(string nhsNumber, string ward, IConfiguration configuration, byte[] key)
                {
                    SHA256.HashData(Encoding.UTF8.GetBytes("nhs:" + nhsNumber));
                    SHA256.HashData(Encoding.UTF8.GetBytes($"{nhsNumber}|{ward}"));
                    SHA256.HashData(Encoding.UTF8.GetBytes(Prefix + nhsNumber));
                    SHA256.HashData(Encoding.UTF8.GetBytes($"{nhsNumber} admitted to ward"));
                    SHA256.HashData(Encoding.UTF8.GetBytes(configuration["Pepper"] + Salt + nhsNumber));
                    HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(Salt + nhsNumber));
                    SHA256.HashData(Encoding.UTF8.GetBytes(Salt + ward));
                }
            }
            """);

        [Fact]
        public Task Leaves_other_keys_and_a_teams_own_HMAC_alone() => Verify.VerifyAsync("""
            using System.Security.Cryptography;
            using System.Text;

            namespace Contoso.Crypto
            {
                public sealed class HMACSHA256
                {
                    public HMACSHA256(byte[] key) { }
                    public static byte[] HashData(byte[] key, byte[] source) => source;
                }

                class Other
                {
                    void Use(byte[] data)
                    {
                        new HMACSHA256(Encoding.UTF8.GetBytes("not-ours"));
                        HMACSHA256.HashData(Encoding.UTF8.GetBytes("not-ours"), data);
                        System.Security.Cryptography.HMACSHA256.HashData(data, Encoding.UTF8.GetBytes("the source, not the key"));
                        var label = Encoding.UTF8.GetBytes("a label, not a key");
                        SHA256.HashData(label);
                    }
                }
            }
            """);

        [Fact]
        public Task Leaves_keys_returned_by_methods_or_derived_at_run_time_alone() => Verify.VerifyAsync("""
            using System;
            using System.Security.Cryptography;
            using System.Text;

            class Pseudonymiser
            {
                private static byte[] LoadKey() => Convert.FromBase64String(Environment.GetEnvironmentVariable("PSEUDONYM_KEY")!);

                void Hash(byte[] data, byte[] masterKey)
                {
                    HMACSHA256.HashData(LoadKey(), data);
                    var derived = HKDF.DeriveKey(HashAlgorithmName.SHA256, masterKey, 32, info: Encoding.UTF8.GetBytes("pseudonyms-v1"));
                    HMACSHA256.HashData(derived, data);
                    var fallback = Environment.GetEnvironmentVariable("PSEUDONYM_KEY") ?? "development-only";
                    HMACSHA256.HashData(Encoding.UTF8.GetBytes(fallback), data);
                }
            }
            """);

        [Fact]
        public Task Leaves_a_literal_passed_to_a_key_parameter_of_the_teams_own_method_alone() => Verify.VerifyAsync("""
            using System.Security.Cryptography;
            using System.Text;

            class Pseudonymiser
            {
                private readonly byte[] _key;

                public Pseudonymiser(byte[] key) => _key = key;

                byte[] Hash(byte[] data) => HMACSHA256.HashData(_key, data);

                static Pseudonymiser ForTests() => new Pseudonymiser(Encoding.UTF8.GetBytes("test-only-key"));
            }
            """);

        [Fact]
        public Task Leaves_generated_code_alone() => Verify.VerifyAsync("""
            // <auto-generated/>
            using System.Security.Cryptography;
            using System.Text;

            class GeneratedPseudonymiser
            {
                byte[] Hash(byte[] data) => HMACSHA256.HashData(Encoding.UTF8.GetBytes("s3cret"), data);
            }
            """);

        [Fact]
        public Task Honours_severity_none_from_editorconfig() => Verify.VerifyAsync("""
            using System.Security.Cryptography;
            using System.Text;

            class Pseudonymiser
            {
                byte[] Hash(byte[] data) => HMACSHA256.HashData(Encoding.UTF8.GetBytes("s3cret"), data);
            }
            """, editorConfig: "dotnet_diagnostic.NHS2006.severity = none");
    }
}
