using System.Threading.Tasks;
using NhsCodeAnalyzers.Tests.Verifiers;
using Verify = NhsCodeAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<NhsCodeAnalyzers.Rules.PlaceholderDeclarationAnalyzer>;
using VerifyDataProvenanceFix = NhsCodeAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    NhsCodeAnalyzers.Rules.MissingDataProvenanceAnalyzer,
    NhsCodeAnalyzers.CodeFixes.Rules.MissingDataProvenanceCodeFix>;
using VerifyEncryptedAtRestFix = NhsCodeAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    NhsCodeAnalyzers.Rules.PlainTextIdentifierStorageAnalyzer,
    NhsCodeAnalyzers.CodeFixes.Rules.PlainTextIdentifierStorageCodeFix>;

namespace NhsCodeAnalyzers.Tests.Rules
{
    /// <summary>NHS4002 — Placeholder in a transparency declaration: what it flags and what it leaves alone.</summary>
    public sealed class NHS4002PlaceholderDeclarationTests
    {
        private const string RealProvenance = """Source = "Registrations entered at the clinic front desk and verified against PDS", LawfulBasis = "UK GDPR Article 6(1)(e) public task; Article 9(2)(h) health or social care", Limitations = "Addresses may be out of date" """;

        // ---- Flags -------------------------------------------------------------------------------------------

        [Fact]
        public Task Flags_each_placeholder_of_the_NHS4001_skeleton() => Verify.VerifyAsync("""
            using NhsCodeAnalyzers.Annotations;

            [DataProvenance({|NHS4002:Source = "<source>"|}, {|NHS4002:LawfulBasis = "<basis>"|}, {|NHS4002:Limitations = "<known limitations>"|})]
            public class Patient
            {
                public string NhsNumber { get; set; } = "";
            }
            """);

        [Fact]
        public Task Flags_the_mechanism_placeholder_written_by_the_NHS1001_fix() => Verify.VerifyAsync("""
            using NhsCodeAnalyzers.Annotations;

            public class Patient
            {
                [EncryptedAtRest({|NHS4002:"<describe the mechanism>"|})]
                public string NhsNumber { get; set; } = "";
            }

            public record Referral([EncryptedAtRest({|NHS4002:mechanism: "TODO"|})] string HospitalNumber);

            [EncryptedAtRest({|NHS4002:"  "|})]
            public sealed class EncryptedString
            {
            }
            """);

        [Fact]
        public Task Flags_empty_whitespace_and_null_values() => Verify.VerifyAsync("""
            using NhsCodeAnalyzers.Annotations;

            [DataProvenance({|NHS4002:Source = ""|}, {|NHS4002:LawfulBasis = "   "|}, {|NHS4002:Limitations = null|})]
            public class Patient
            {
            }
            """);

        [Theory]
        [InlineData("TODO")]
        [InlineData("todo")]
        [InlineData(" TBD ")]
        [InlineData("TBC")]
        [InlineData("n/a")]
        [InlineData("N/A")]
        [InlineData("?")]
        [InlineData("???")]
        [InlineData("-")]
        [InlineData("...")]
        [InlineData("FIXME")]
        [InlineData("XXX")]
        [InlineData("Placeholder")]
        [InlineData("<describe the data>")]
        [InlineData("TODO: ask information governance")]
        [InlineData("TBD - waiting for the DPIA")]
        public Task Flags_a_placeholder_value(string value) => Verify.VerifyAsync($$"""
            using NhsCodeAnalyzers.Annotations;

            [DataProvenance({|NHS4002:Source = "{{value}}"|}, LawfulBasis = "Article 6(1)(e) public task", Limitations = "Inpatients only")]
            public class Patient
            {
            }
            """);

        [Fact]
        public Task Flags_each_missing_required_named_argument_at_the_attribute() => Verify.VerifyAsync("""
            using NhsCodeAnalyzers.Annotations;

            [{|NHS4002:{|NHS4002:DataProvenance(Source = "PAS admissions feed")|}|}]
            public class Patient
            {
            }

            [{|NHS4002:{|NHS4002:{|NHS4002:{|NHS4002:AlgorithmCard|}|}|}|}]
            public class Triage
            {
            }
            """);

        [Fact]
        public Task Flags_an_algorithm_card_on_a_type_and_on_the_assembly() => Verify.VerifyAsync("""
            using NhsCodeAnalyzers.Annotations;

            [assembly: AlgorithmCard(
                ModelType = "Gradient-boosted trees (LightGBM)",
                {|NHS4002:IntendedUse = "TBD"|},
                Validation = "Held-out 2023 admissions; AUROC 0.81 overall, 0.78 over-75s",
                Limitations = "Not validated for paediatric patients",
                Name = "")]

            [AlgorithmCard({|NHS4002:ModelType = "?"|}, IntendedUse = "Prioritise the review list", {|NHS4002:Validation = "<how it was validated>"|}, Limitations = "Adults only")]
            public class Triage
            {
            }
            """);

        [Fact]
        public Task Flags_a_constant_by_its_value_at_the_argument_that_uses_it() => Verify.VerifyAsync("""
            using NhsCodeAnalyzers.Annotations;

            internal static class Provenance
            {
                public const string Pending = "TODO";
                public const string Pas = "PAS admissions feed";
            }

            [DataProvenance(Source = Provenance.Pas, {|NHS4002:LawfulBasis = Provenance.Pending|}, {|NHS4002:Limitations = Provenance.Pending + ""|})]
            public class Admission
            {
            }
            """);

        [Fact]
        public Task Flags_the_full_name_the_Attribute_suffix_and_an_alias_qualified_name() => Verify.VerifyAsync("""
            [NhsCodeAnalyzers.Annotations.EncryptedAtRestAttribute({|NHS4002:"n/a"|})]
            public sealed class EncryptedString
            {
            }

            [global::NhsCodeAnalyzers.Annotations.DataProvenance({|NHS4002:Source = "TBD"|}, LawfulBasis = "Article 6(1)(e) public task", Limitations = "Inpatients only")]
            public class Patient
            {
            }
            """);

        [Fact]
        public Task Flags_team_look_alikes_of_the_same_names_in_any_namespace() => Verify.VerifyAsync("""
            namespace Contoso.Governance
            {
                [System.AttributeUsage(System.AttributeTargets.All)]
                public sealed class DataProvenance : System.Attribute
                {
                    public string? Source { get; set; }
                    public string? LawfulBasis { get; set; }
                }

                [System.AttributeUsage(System.AttributeTargets.All)]
                public sealed class EncryptedAtRestAttribute : System.Attribute
                {
                    public string? Mechanism { get; set; }
                }

                [{|NHS4002:DataProvenance({|NHS4002:Source = "TODO"|})|}]
                public class Patient
                {
                    [{|NHS4002:EncryptedAtRest|}]
                    public string NhsNumber { get; set; } = "";

                    [EncryptedAtRest({|NHS4002:Mechanism = "tbd"|})]
                    public string Mrn { get; set; } = "";
                }
            }
            """);

        [Fact]
        public Task Flags_declarations_on_lambda_and_local_function_parameters_and_in_generated_code() => Verify.VerifyAsync("""
            // <auto-generated/>
            using System;
            using NhsCodeAnalyzers.Annotations;

            public class Importer
            {
                public void Run()
                {
                    Func<string, int> length = ([EncryptedAtRest({|NHS4002:"TODO"|})] string nhsNumber) => nhsNumber.Length;
                    static void Store([EncryptedAtRest({|NHS4002:""|})] string mrn) { }
                    Store("x");
                }
            }
            """);

        // ---- Leaves alone ------------------------------------------------------------------------------------

        [Fact]
        public Task Leaves_real_statements() => Verify.VerifyAsync($$"""
            using NhsCodeAnalyzers.Annotations;

            [assembly: AlgorithmCard(
                ModelType = "Gradient-boosted trees (LightGBM)",
                IntendedUse = "Orders the clinician's review list; never used to refuse care",
                Validation = "Held-out 2023 admissions; AUROC 0.81 overall, 0.78 over-75s",
                Limitations = "Not validated for paediatric patients")]

            [DataProvenance({{RealProvenance}})]
            public class Patient
            {
                [EncryptedAtRest("SQL Server Always Encrypted, deterministic, column key CEK_Patient in Key Vault")]
                public string NhsNumber { get; set; } = "";
            }

            [DataProvenance(Source = "<source> replaced: PAS admissions feed", LawfulBasis = "Article 6(1)(e) public task", Limitations = "None known; reviewed 2025-01")]
            public class Admission
            {
            }
            """);

        [Fact]
        public Task Leaves_optional_arguments_that_are_empty_or_placeholders() => Verify.VerifyAsync($$"""
            using NhsCodeAnalyzers.Annotations;

            [DataProvenance({{RealProvenance}}, Custodian = "", DatasheetUrl = "TODO", Population = "<who>")]
            public class Patient
            {
            }

            [AlgorithmCard(ModelType = "Logistic regression", IntendedUse = "Flags missed follow-ups", Validation = "2024 audit", Limitations = "One trust's data", Version = "TBD", ClinicalSafetyCaseRef = "")]
            public class FollowUpModel
            {
            }
            """);

        [Fact]
        public Task Leaves_words_that_merely_start_like_a_placeholder() => Verify.VerifyAsync("""
            using NhsCodeAnalyzers.Annotations;

            [DataProvenance(Source = "Today's admissions from the PAS feed", LawfulBasis = "NA-compliant sharing agreement under Article 6(1)(e)", Limitations = "Todos los pacientes: Spanish-language forms only")]
            public class Patient
            {
            }
            """);

        [Fact]
        public Task Leaves_other_attributes_with_placeholder_values_and_unrelated_look_alike_shapes() => Verify.VerifyAsync("""
            using System.ComponentModel;

            namespace Contoso.Security
            {
                [System.AttributeUsage(System.AttributeTargets.All)]
                public sealed class EncryptedAtRestAttribute : System.Attribute
                {
                    public EncryptedAtRestAttribute(string algorithm) { }
                }

                public class Patient
                {
                    [Description("TODO")]
                    [EncryptedAtRest("AES-256-GCM")]
                    public string NhsNumber { get; set; } = "";

                    [Obsolete("")]
                    public string Mrn { get; set; } = "";
                }

                [System.AttributeUsage(System.AttributeTargets.All)]
                public sealed class ObsoleteAttribute : System.Attribute
                {
                    public ObsoleteAttribute(string note) { }
                }
            }
            """);

        [Fact]
        public Task Leaves_values_that_are_not_constants_in_broken_code() => Verify.VerifyAsync("""
            using NhsCodeAnalyzers.Annotations;

            [DataProvenance(Source = {|CS0103:Unknown|}, LawfulBasis = "Article 6(1)(e) public task", Limitations = "Inpatients only")]
            public class Patient
            {
            }

            [{|CS7036:EncryptedAtRest|}]
            public sealed class EncryptedString
            {
            }
            """);

        [Fact]
        public Task Leaves_a_non_string_value_of_a_look_alike() => Verify.VerifyAsync("""
            [System.AttributeUsage(System.AttributeTargets.All)]
            public sealed class AlgorithmCardAttribute : System.Attribute
            {
                public int ModelType { get; set; }
                public string? IntendedUse { get; set; }
            }

            [AlgorithmCard(ModelType = 0, IntendedUse = "Orders the review list")]
            public class Triage
            {
            }
            """);

        [Fact]
        public Task Leaves_a_look_alike_whose_constructor_takes_the_required_values_by_position() => Verify.VerifyAsync("""
            namespace Contoso.Governance
            {
                [System.AttributeUsage(System.AttributeTargets.All)]
                public sealed class DataProvenanceAttribute : System.Attribute
                {
                    public DataProvenanceAttribute(string source, string lawfulBasis, string limitations) { }
                }

                [DataProvenance("PAS admissions feed", "Article 6(1)(e) public task", limitations: "Inpatients only")]
                public class Patient
                {
                }
            }
            """);

        [Fact]
        public Task Leaves_placeholders_outside_attribute_applications_and_in_attributes_of_other_names() => Verify.VerifyAsync("""
            using NhsCodeAnalyzers.Annotations;

            [System.AttributeUsage(System.AttributeTargets.All)]
            public sealed class DataProvenanceNoteAttribute : System.Attribute
            {
                public string? Source { get; set; }
            }

            [DataProvenanceNote(Source = "TODO")]
            public class Patient
            {
                // Source = "TODO": a comment is not a declaration.
                private const string Source = "TODO";

                public DataProvenanceAttribute Describe() => new DataProvenanceAttribute { Source = "<source>", Limitations = Source };
            }
            """);

        [Fact]
        public Task Honours_severity_none_from_editorconfig() => Verify.VerifyAsync("""
            using NhsCodeAnalyzers.Annotations;

            [DataProvenance(Source = "TODO", LawfulBasis = "TODO", Limitations = "TODO")]
            public class Patient
            {
            }
            """, editorConfig: "dotnet_diagnostic.NHS4002.severity = none");

        // ---- With the fixes that write declarations -----------------------------------------------------------

        [Fact]
        public async Task The_NHS4001_fix_writes_a_skeleton_that_NHS4002_flags_three_times()
        {
            await VerifyDataProvenanceFix.VerifyFixAsync("""
                public class {|NHS4001:Patient|}
                {
                    public string NhsNumber { get; set; } = "";
                }
                """, FixedPatient);
            await Verify.VerifyAsync(FixedPatient.Replace("Source = \"<source>\"", "{|NHS4002:Source = \"<source>\"|}")
                .Replace("LawfulBasis = \"<basis>\"", "{|NHS4002:LawfulBasis = \"<basis>\"|}")
                .Replace("Limitations = \"<known limitations>\"", "{|NHS4002:Limitations = \"<known limitations>\"|}"));
        }

        [Fact]
        public async Task The_NHS1001_fix_writes_a_mechanism_placeholder_that_NHS4002_flags()
        {
            await VerifyEncryptedAtRestFix.VerifyFixAsync("""
                public class Patient
                {
                    public string {|NHS1001:NhsNumber|} { get; set; } = "";
                }
                """ + EfContext, FixedEncrypted + EfContext, ReferenceSets.Net100WithPackages, codeActionKey: NhsCodeAnalyzers.CodeFixes.Rules.PlainTextIdentifierStorageCodeFix.MarkKey);
            await Verify.VerifyAsync(FixedEncrypted.Replace("\"<describe the mechanism>\"", "{|NHS4002:\"<describe the mechanism>\"|}") + EfContext);
        }

        private const string FixedPatient = """
            using NhsCodeAnalyzers.Annotations;

            [DataProvenance(Source = "<source>", LawfulBasis = "<basis>", Limitations = "<known limitations>")]
            public class Patient
            {
                public string NhsNumber { get; set; } = "";
            }
            """;

        private const string FixedEncrypted = """
            using NhsCodeAnalyzers.Annotations;

            public class Patient
            {
                [EncryptedAtRest("<describe the mechanism>")]
                public string NhsNumber { get; set; } = "";
            }
            """;

        private const string EfContext = """

            public class ClinicContext : Microsoft.EntityFrameworkCore.DbContext
            {
                public Microsoft.EntityFrameworkCore.DbSet<Patient> Patients => Set<Patient>();
            }
            """;
    }
}
