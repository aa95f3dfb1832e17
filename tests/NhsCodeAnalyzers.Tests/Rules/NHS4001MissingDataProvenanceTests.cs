using System.Threading;
using System.Threading.Tasks;
using NhsCodeAnalyzers.Tests.Verifiers;
using Verify = NhsCodeAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<NhsCodeAnalyzers.Rules.MissingDataProvenanceAnalyzer>;

namespace NhsCodeAnalyzers.Tests.Rules
{
    /// <summary>NHS4001 — Patient data type without data provenance: what it flags and what it leaves alone.</summary>
    public sealed class NHS4001MissingDataProvenanceTests
    {
        // ---- Flags -------------------------------------------------------------------------------------------

        [Fact]
        public Task Flags_a_class_declaring_an_NHS_number_property_once_however_many_identifiers_it_has() => Verify.VerifyAsync("""
            public class {|NHS4001:Patient|}
            {
                public int Id { get; set; }
                public string NhsNumber { get; set; } = "";
                public string? HospitalNumber { get; set; }
                private string _mrn = "";
            }
            """);

        [Fact]
        public Task Flags_a_struct_and_a_class_with_an_identifier_field() => Verify.VerifyAsync("""
            public struct {|NHS4001:PatientKey|}
            {
                public string ChiNumber;
            }

            internal sealed class {|NHS4001:Referral|}
            {
                private readonly string _nhsNo = "";
                public string Summary => _nhsNo.Length.ToString();
            }
            """);

        [Fact]
        public Task Flags_records_and_record_structs_by_their_positional_parameters() => Verify.VerifyAsync("""
            public record {|NHS4001:PatientDto|}(int Id, string NhsNumber);

            public readonly record struct {|NHS4001:AppointmentSlot|}(string Mrn, System.DateTime Start);

            public record {|NHS4001:Admission|}
            {
                public string? HospitalNumber { get; init; }
            }
            """);

        [Fact]
        public Task Flags_a_member_marked_PatientIdentifier_whatever_its_name_from_the_package_or_a_team_look_alike() => Verify.VerifyAsync("""
            using NhsCodeAnalyzers.Annotations;

            namespace Contoso.Annotations
            {
                [System.AttributeUsage(System.AttributeTargets.All)]
                public sealed class PatientIdentifierAttribute : System.Attribute { }
            }

            public class {|NHS4001:PasRecord|}
            {
                [PatientIdentifier]
                public string PasNumber { get; set; } = "";
            }

            public record {|NHS4001:PracticeRegistration|}([Contoso.Annotations.PatientIdentifier] string PracticePatientRef);
            """);

        [Fact]
        public Task Flags_a_name_configured_as_an_identifier() => Verify.VerifyAsync("""
            public class {|NHS4001:PasRecord|}
            {
                public string PasNumber { get; set; } = "";
            }
            """, editorConfig: "nhs_code_analyzers.patient_identifier_names = PasNumber");

        [Fact]
        public Task Flags_an_ML_NET_input_type_with_LoadColumn_or_an_input_ColumnName() => Verify.VerifyAsync("""
            using Microsoft.ML.Data;

            public class {|NHS4001:ReadmissionInput|}
            {
                [LoadColumn(0)]
                public float Age { get; set; }

                [LoadColumn(1)]
                public float PreviousAdmissions { get; set; }
            }

            public class {|NHS4001:ImageInput|}
            {
                [ColumnName("Features")]
                [VectorType(4)]
                public float[] Pixels { get; set; } = new float[4];
            }
            """);

        [Fact]
        public Task Flags_a_partial_type_once_on_its_first_declaration_in_the_same_file() => Verify.VerifyAsync("""
            public partial class {|NHS4001:Patient|}
            {
                public string NhsNumber { get; set; } = "";
            }

            public partial class Patient
            {
                public string? ChiNumber { get; set; }
            }
            """);

        [Fact]
        public Task Flags_a_partial_type_once_on_the_declaration_in_the_first_file_by_path_whichever_part_declares_the_identifier()
        {
            var test = new Verify.Test();
            test.TestState.Sources.Add(("/0/Partials/PatientIdentifiers.cs", """
                public partial class Patient
                {
                    public string NhsNumber { get; set; } = "";
                }
                """));
            test.TestState.Sources.Add(("/0/Model/Patient.cs", """
                public partial class {|NHS4001:Patient|}
                {
                    public string Name { get; set; } = "";
                }
                """));
            TestConfiguration.Apply(test.TestState, ReferenceSets.Net100WithPackages, editorConfig: null);
            return test.RunAsync(CancellationToken.None);
        }

        [Fact]
        public Task Flags_the_base_that_declares_the_identifier_not_the_derived_type_that_inherits_it() => Verify.VerifyAsync("""
            public abstract class {|NHS4001:PersonRecord|}
            {
                public string NhsNumber { get; set; } = "";
            }

            public class Inpatient : PersonRecord
            {
                public string Ward { get; set; } = "";
            }
            """);

        [Fact]
        public Task Flags_a_base_type_even_when_a_derived_type_declares_provenance() => Verify.VerifyAsync("""
            using NhsCodeAnalyzers.Annotations;

            public class {|NHS4001:PersonRecord|}
            {
                public string NhsNumber { get; set; } = "";
            }

            [DataProvenance(Source = "PAS admissions feed", LawfulBasis = "Article 6(1)(e) public task", Limitations = "Day cases only")]
            public class Inpatient : PersonRecord
            {
                public string? HospitalNumber { get; set; }
            }
            """);

        [Fact]
        public Task Flags_nested_and_generic_types_each_on_their_own() => Verify.VerifyAsync("""
            using NhsCodeAnalyzers.Annotations;

            [DataProvenance(Source = "GP Connect", LawfulBasis = "Article 6(1)(e) public task", Limitations = "Coded entries only")]
            public class Referral
            {
                public string NhsNumber { get; set; } = "";

                public class {|NHS4001:Contact|}
                {
                    public string? ContactNhsNumber { get; set; }
                }
            }

            public class {|NHS4001:Envelope|}<T>
            {
                public T? Payload { get; set; }
                public string Mrn { get; set; } = "";
            }
            """);

        [Fact]
        public Task Flags_a_type_whose_only_provenance_like_attribute_has_another_name() => Verify.VerifyAsync("""
            [System.AttributeUsage(System.AttributeTargets.Class)]
            public sealed class DataSourceAttribute : System.Attribute { }

            [DataSource]
            [System.Serializable]
            public class {|NHS4001:Patient|}
            {
                public string NhsNumber { get; set; } = "";
            }
            """);

        [Fact]
        public Task Flags_generated_code_too() => Verify.VerifyAsync("""
            // <auto-generated/>
            public partial class {|NHS4001:ScaffoldedPatient|}
            {
                public string NhsNumber { get; set; } = "";
            }
            """);

        [Fact]
        public Task Flags_a_type_in_a_program_with_top_level_statements() => Verify.VerifyProgramAsync("""
            var patient = new Patient("943 476 5919");
            System.Console.WriteLine(patient.GetHashCode());

            record {|NHS4001:Patient|}(string NhsNumber);
            """);

        // ---- Leaves alone ------------------------------------------------------------------------------------

        [Fact]
        public Task Leaves_a_type_with_DataProvenance_from_the_annotations_package() => Verify.VerifyAsync("""
            using NhsCodeAnalyzers.Annotations;

            [DataProvenance(Source = "Registrations entered at the clinic front desk and verified against PDS",
                LawfulBasis = "UK GDPR Article 6(1)(e) public task; Article 9(2)(h) health or social care",
                Limitations = "Addresses are as given by the patient and may be out of date")]
            public class Patient
            {
                public string NhsNumber { get; set; } = "";
            }

            [DataProvenanceAttribute(Source = "PAS", LawfulBasis = "Article 6(1)(e)", Limitations = "Inpatients only")]
            public record Admission(string HospitalNumber);
            """);

        [Fact]
        public Task Leaves_a_type_whose_base_type_declares_provenance() => Verify.VerifyAsync("""
            using NhsCodeAnalyzers.Annotations;

            [DataProvenance(Source = "PAS admissions feed", LawfulBasis = "Article 6(1)(e) public task", Limitations = "Day cases only")]
            public abstract class PersonRecord
            {
            }

            public class Inpatient : PersonRecord
            {
                public string NhsNumber { get; set; } = "";
            }

            public class DayCase : Inpatient
            {
                public string? Mrn { get; set; }
            }
            """);

        [Fact]
        public Task Leaves_a_type_with_a_team_look_alike_DataProvenance_in_another_namespace() => Verify.VerifyAsync("""
            namespace Contoso.Governance
            {
                [System.AttributeUsage(System.AttributeTargets.Class)]
                public sealed class DataProvenance : System.Attribute
                {
                    public string? Source { get; set; }
                }
            }

            [Contoso.Governance.DataProvenance(Source = "Practice EMIS Web extract")]
            public class Patient
            {
                public string NhsNumber { get; set; } = "";
            }
            """);

        [Fact]
        public Task Leaves_a_partial_type_with_provenance_on_another_part() => Verify.VerifyAsync("""
            using NhsCodeAnalyzers.Annotations;

            // The scaffolded part:
            public partial class Patient
            {
                public string NhsNumber { get; set; } = "";
            }

            [DataProvenance(Source = "PAS", LawfulBasis = "Article 6(1)(e) public task", Limitations = "Inpatients only")]
            public partial class Patient
            {
            }
            """);

        [Fact]
        public Task Leaves_interfaces_enums_and_static_classes() => Verify.VerifyAsync("""
            public interface IHasNhsNumber
            {
                string NhsNumber { get; }
            }

            public enum IdentifierKind
            {
                NhsNumber,
                ChiNumber,
            }

            public static class TestPatients
            {
                public static string NhsNumber = "943 476 5919";
            }
            """);

        [Fact]
        public Task Leaves_constants_and_static_members_which_hold_no_patient_record() => Verify.VerifyAsync("""
            public class NhsNumberSettings
            {
                public const string NhsNumber = "nhs_number";
                public static string? DefaultNhsNumber { get; set; }
                public int Retries { get; set; }
            }
            """);

        [Fact]
        public Task Leaves_members_whose_names_say_the_value_is_protected_or_about_an_identifier() => Verify.VerifyAsync("""
            public class ResearchExtract
            {
                public string PseudoNhsNumber { get; set; } = "";
                public string HashedNhsNumber { get; set; } = "";
                public string NhsNumberToken { get; set; } = "";
                public int NhsNumberLength { get; set; }
                public string NhsNumberSystem { get; set; } = "";
                public bool UseHashedNhsNumber { get; set; }
                public bool NhsNumber { get; set; }
                public int PatientId { get; set; }
                public int Id { get; set; }
                public System.Guid PatientKey { get; set; }
            }

            public class NhsNumberValidator
            {
                public bool IsValidNhsNumber(string nhsNumber) => nhsNumber.Length == 10;
            }
            """);

        [Fact]
        public Task Leaves_a_name_excluded_by_configuration() => Verify.VerifyAsync("""
            public class FormatRules
            {
                public string Mrn { get; set; } = "";
            }
            """, editorConfig: "nhs_code_analyzers.excluded_identifier_names = Mrn");

        [Fact]
        public Task Leaves_identifiers_that_are_only_parameters_locals_or_anonymous_type_members() => Verify.VerifyAsync("""
            public class PatientService
            {
                public object Find(string nhsNumber)
                {
                    var mrn = nhsNumber.Trim();
                    return new { NhsNumber = mrn };
                }
            }

            public class Lookup(string nhsNumber)
            {
                public bool Matches(string other) => other == nhsNumber;
            }
            """);

        [Fact]
        public Task Leaves_an_ML_NET_prediction_type_and_a_team_look_alike_LoadColumn() => Verify.VerifyAsync("""
            using Microsoft.ML.Data;

            public class ReadmissionPrediction
            {
                [ColumnName("PredictedLabel")]
                public bool WillBeReadmitted { get; set; }

                [ColumnName("Score")]
                public float Score { get; set; }

                [ColumnName("Probability")]
                public float Probability { get; set; }
            }

            namespace Contoso.Csv
            {
                [System.AttributeUsage(System.AttributeTargets.Property)]
                public sealed class LoadColumnAttribute : System.Attribute
                {
                    public LoadColumnAttribute(int index) { }
                }

                public class ClinicRow
                {
                    [LoadColumn(0)]
                    public string ClinicName { get; set; } = "";
                }
            }
            """);

        [Fact]
        public Task Leaves_types_with_identifier_methods_but_no_identifier_members() => Verify.VerifyAsync("""
            public class PatientFormatter
            {
                public string NhsNumber() => "";
                public string this[string nhsNumber] => nhsNumber;
            }
            """);

        [Fact]
        public Task Honours_severity_none_from_editorconfig() => Verify.VerifyAsync("""
            public class Patient
            {
                public string NhsNumber { get; set; } = "";
            }
            """, editorConfig: "dotnet_diagnostic.NHS4001.severity = none");
    }
}
