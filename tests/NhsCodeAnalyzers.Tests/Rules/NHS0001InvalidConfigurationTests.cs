using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using NhsCodeAnalyzers.Descriptors;
using NhsCodeAnalyzers.Rules;
using NhsCodeAnalyzers.Tests.Verifiers;

namespace NhsCodeAnalyzers.Tests.Rules
{
    /// <summary>NHS0001 — Invalid NhsCodeAnalyzers configuration: reported once, naming the key, never thrown.</summary>
    public sealed class NHS0001InvalidConfigurationTests
    {
        private const string Source = "class Clinic { }";

        private static DiagnosticResult Problem(string key, string problem)
            => new DiagnosticResult(RuleDescriptors.InvalidConfiguration).WithNoLocation().WithArguments(key, problem);

        private static Task VerifyAsync(string editorConfig, params DiagnosticResult[] expected)
            => CSharpAnalyzerVerifier<InvalidConfigurationAnalyzer>.VerifyAsync(Source, ReferenceSets.Net100WithPackages, editorConfig, expected: expected);

        [Fact]
        public Task Reports_an_unknown_key_under_the_prefix() => VerifyAsync(
            "nhs_code_analyzers.patient_identifer_names = PasNumber",
            Problem("nhs_code_analyzers.patient_identifer_names", "it is not an NhsCodeAnalyzers option (check the spelling against rules/NHS0001.md)"));

        [Fact]
        public Task Reports_an_empty_list_item_and_keeps_the_rest() => VerifyAsync(
            "nhs_code_analyzers.patient_identifier_names = PasNumber,, PracticePatientRef",
            Problem("nhs_code_analyzers.patient_identifier_names", "the list has an empty item (check for a doubled or trailing comma)"));

        [Fact]
        public Task Reports_a_type_that_does_not_exist_in_the_compilation() => VerifyAsync(
            "nhs_code_analyzers.encrypted_types = Contoso.Crypto.EncryptedString",
            Problem("nhs_code_analyzers.encrypted_types", "no type named 'Contoso.Crypto.EncryptedString' exists in this compilation"));

        [Fact]
        public Task Reports_a_value_that_is_not_a_name() => VerifyAsync(
            "nhs_code_analyzers.excluded_identifier_names = Mrn Format",
            Problem("nhs_code_analyzers.excluded_identifier_names", "'Mrn Format' is not a member name"));

        [Fact]
        public Task Reports_an_unknown_nation() => VerifyAsync(
            "nhs_code_analyzers.nation = cymru",
            Problem("nhs_code_analyzers.nation", "'cymru' is not one of england, wales, scotland, northern_ireland"));

        [Fact]
        public Task Reports_a_prefix_that_is_not_digits() => VerifyAsync(
            "nhs_code_analyzers.synthetic_nhs_number_prefixes = 9, 5x",
            Problem("nhs_code_analyzers.synthetic_nhs_number_prefixes", "'5x' is not a prefix of 1 to 10 digits"));

        [Fact]
        public Task Reports_regex_looking_text_as_a_plain_bad_name_without_hanging() => VerifyAsync(
            "nhs_code_analyzers.patient_identifier_names = (a+)+$",
            Problem("nhs_code_analyzers.patient_identifier_names", "'(a+)+$' is not a member name"));

        [Fact]
        public Task Accepts_a_valid_configuration_silently() => VerifyAsync("""
            nhs_code_analyzers.patient_identifier_names = PasNumber, PracticePatientRef, NúmeroPaciente
            nhs_code_analyzers.excluded_identifier_names = MrnFormat
            nhs_code_analyzers.encrypted_types = System.Security.SecureString, System.Collections.Generic.List`1
            nhs_code_analyzers.redaction_methods = Contoso.Logging.Redact.Mask, Mask
            nhs_code_analyzers.synthetic_nhs_number_prefixes = 999, 5
            nhs_code_analyzers.nation = Scotland
            nhs_code_analyzers.logging_types =
            dotnet_diagnostic.NHS3001.severity = error
            """);

        [Fact]
        public async Task Reports_once_per_compilation_however_many_files_share_the_setting()
        {
            var test = new CSharpAnalyzerVerifier<InvalidConfigurationAnalyzer>.Test();
            test.TestState.Sources.Add(("/0/A.cs", "class A { }"));
            test.TestState.Sources.Add(("/0/B.cs", "class B { }"));
            test.TestState.Sources.Add(("/0/Sub/C.cs", "class C { }"));
            TestConfiguration.Apply(test.TestState, ReferenceSets.Net100, "nhs_code_analyzers.nation = atlantis");
            test.TestState.AnalyzerConfigFiles.Add(("/0/Sub/.editorconfig", "[*.cs]\nnhs_code_analyzers.nation = atlantis\n"));
            test.ExpectedDiagnostics.Add(Problem("nhs_code_analyzers.nation", "'atlantis' is not one of england, wales, scotland, northern_ireland"));
            await test.RunAsync(CancellationToken.None);
        }

        [Fact]
        public async Task Reads_a_globalconfig_too()
        {
            var test = new CSharpAnalyzerVerifier<InvalidConfigurationAnalyzer>.Test { TestCode = Source };
            TestConfiguration.Apply(test.TestState, ReferenceSets.Net100, editorConfig: null);
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nnhs_code_analyzers.persisted_types = Contoso.Missing\n"));
            test.ExpectedDiagnostics.Add(Problem("nhs_code_analyzers.persisted_types", "no type named 'Contoso.Missing' exists in this compilation"));
            await test.RunAsync(CancellationToken.None);
        }
    }
}
