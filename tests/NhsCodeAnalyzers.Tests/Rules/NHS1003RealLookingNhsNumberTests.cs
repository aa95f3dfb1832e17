using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using NhsCodeAnalyzers.Descriptors;
using NhsCodeAnalyzers.Shared;
using NhsCodeAnalyzers.Tests.Verifiers;
using Verify = NhsCodeAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<NhsCodeAnalyzers.Rules.RealLookingNhsNumberAnalyzer>;

namespace NhsCodeAnalyzers.Tests.Rules
{
    /// <summary>
    /// NHS1003 — Real-looking NHS number in source: what it flags and what it leaves alone. The numbers below were
    /// generated for these tests and pass Modulus 11 (checked by the first test), so every "leaves alone" case
    /// is left alone for the reason its name gives, not because of a bad check digit.
    /// </summary>
    public sealed class NHS1003RealLookingNhsNumberTests
    {
        [Theory]
        [InlineData("4398259791")]
        [InlineData("4190748331")]
        [InlineData("6047966691")]
        [InlineData("7420555265")]
        [InlineData("5944117710")]
        [InlineData("2079868306")]
        [InlineData("3699205754")]
        [InlineData("9434765919")]
        [InlineData("9000000009")]
        [InlineData("9990000018")]
        public void The_numbers_these_tests_use_pass_the_check(string digits) => Assert.True(NhsNumbers.IsValid(digits));

        [Fact]
        public Task Flags_a_valid_NHS_number_flowing_into_any_patient_identifier_but_a_NINO() => Verify.VerifyAsync("""
            public class Patient
            {
                public string Mrn { get; set; } = "";
                public string ChiNumber { get; set; } = "";
                public string HospitalNumber { get; set; } = "";
                public string Nino { get; set; } = "";
            }

            class Seed
            {
                Patient Create() => new()
                {
                    Mrn = {|NHS1003:"4190748331"|},
                    ChiNumber = {|NHS1003:"4190748331"|},
                    HospitalNumber = {|NHS1003:"4190748331"|},
                    Nino = "4190748331",
                };
            }
            """);

        [Fact]
        public void The_wrong_number_these_tests_use_fails_the_check() => Assert.False(NhsNumbers.IsValid("4398259792"));

        private const string PatientTypes = """

            public class Patient
            {
                public int Id { get; set; }
                public string NhsNumber { get; set; } = "";
                public string? Name { get; set; }
            }

            public record PatientRecord(string NhsNumber, string Name);
            """;

        // ---- Flags: grouped 3-3-4 wherever it is -----------------------------------------------------------

        [Fact]
        public Task Flags_a_number_grouped_with_spaces_or_dashes_wherever_it_is() => Verify.VerifyAsync("""
            using System;

            class Notes
            {
                const string Example = {|NHS1003:"439 825 9791"|};

                void Print()
                {
                    var contact = {|NHS1003:"419-074-8331"|};
                    Console.WriteLine({|NHS1003:"604 796 6691"|});
                }
            }
            """);

        [Fact]
        public Task Flags_grouped_numbers_in_verbatim_and_raw_strings() => Verify.VerifyAsync(""""
            class Notes
            {
                string A = {|NHS1003:@"439 825 9791"|};
                string B = {|NHS1003:"""419-074-8331"""|};
            }
            """");

        [Fact]
        public Task Flags_a_numeric_literal_grouped_3_3_4_with_digit_separators() => Verify.VerifyAsync("""
            class Seed
            {
                long Reference = {|NHS1003:439_825_9791|};
                object Boxed = {|NHS1003:419_074_8331L|};
            }
            """);

        [Fact]
        public Task Flags_grouped_numbers_in_test_code_and_attribute_arguments() => Verify.VerifyAsync("""
            using System;

            [AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
            public sealed class InlineDataAttribute : Attribute
            {
                public InlineDataAttribute(params object[] data) { }
            }

            public class PatientSearchTests
            {
                [InlineData({|NHS1003:"439 825 9791"|})]
                [InlineData({|NHS1003:"419-074-8331"|}, true)]
                public void Finds_a_patient(string input) { }
            }
            """);

        [Fact]
        public Task Flags_a_grouped_number_passed_to_a_FHIR_identifier() => Verify.VerifyAsync("""
            using Hl7.Fhir.Model;

            class Export
            {
                Identifier Make() => new Identifier("https://fhir.nhs.uk/Id/nhs-number", {|NHS1003:"439 825 9791"|});
            }
            """);

        // ---- Flags: flowing into an NHS-number identifier ----------------------------------------------------

        [Fact]
        public Task Flags_assignment_and_object_initializer_members() => Verify.VerifyAsync("""
            class Seed
            {
                void Fill(Patient patient)
                {
                    patient.NhsNumber = {|NHS1003:"4190748331"|};
                    var other = new Patient { Id = 2, NhsNumber = {|NHS1003:"6047966691"|} };
                    Patient third = new() { NhsNumber = {|NHS1003:"7420555265"|} };
                    var copy = new PatientRecord("x", "Ada") with { NhsNumber = {|NHS1003:"3699205754"|} };
                    var anonymous = new { NhsNumber = {|NHS1003:"4398259791"|} };
                }
            }
            """ + PatientTypes);

        [Fact]
        public Task Flags_local_field_property_and_parameter_default_initializers() => Verify.VerifyAsync("""
            class Seed
            {
                private readonly string _nhsNumber = {|NHS1003:"4190748331"|};
                private const string DefaultNhsNo = {|NHS1003:"6047966691"|};

                public string PatientNhsNumber { get; set; } = {|NHS1003:"7420555265"|};

                void Find(string nhsNumber = {|NHS1003:"3699205754"|})
                {
                    var nhs_no = {|NHS1003:"4398259791"|};
                }
            }
            """);

        [Fact]
        public Task Flags_an_argument_to_an_identifier_parameter_and_a_record_positional_argument() => Verify.VerifyAsync("""
            class PatientService
            {
                public Patient? Find(string nhsNumber) => null;

                void Use()
                {
                    Find({|NHS1003:"4190748331"|});
                    Find(nhsNumber: {|NHS1003:"6047966691"|});
                    var record = new PatientRecord({|NHS1003:"7420555265"|}, "Ada Lovelace");
                }
            }
            """ + PatientTypes);

        [Fact]
        public Task Flags_comparisons_with_an_identifier() => Verify.VerifyAsync("""
            using System;

            class Lookup
            {
                bool Matches(Patient patient, string nhsNumber)
                    => patient.NhsNumber == {|NHS1003:"4190748331"|}
                       || {|NHS1003:"6047966691"|} == nhsNumber
                       || nhsNumber != {|NHS1003:"7420555265"|}
                       || patient.NhsNumber.Equals({|NHS1003:"3699205754"|})
                       || string.Equals(patient.NhsNumber, {|NHS1003:"4398259791"|}, StringComparison.Ordinal)
                       || {|NHS1003:"2079868306"|}.Equals(nhsNumber)
                       || patient.NhsNumber?.Equals({|NHS1003:"5944117710"|}) == true;
            }
            """ + PatientTypes);

        [Fact]
        public Task Flags_an_expected_value_in_a_test_assertion_against_an_identifier() => Verify.VerifyAsync("""
            public static class Assert
            {
                public static void Equal<T>(T expected, T actual) { }
            }

            public class PatientTests
            {
                public void Reads_the_number(Patient patient) => Assert.Equal({|NHS1003:"4190748331"|}, patient.NhsNumber);
            }
            """ + PatientTypes);

        [Fact]
        public Task Flags_constant_patterns_switch_arms_and_case_labels_tested_against_an_identifier() => Verify.VerifyAsync("""
            class Lookup
            {
                string Describe(Patient patient, string nhsNumber)
                {
                    if (nhsNumber is {|NHS1003:"4190748331"|} or {|NHS1003:"6047966691"|}) return "a";
                    if (nhsNumber is not {|NHS1003:"7420555265"|}) return "b";
                    if (patient is { NhsNumber: {|NHS1003:"3699205754"|} }) return "c";
                    switch (patient.NhsNumber)
                    {
                        case {|NHS1003:"4398259791"|}:
                            return "d";
                    }

                    return nhsNumber switch
                    {
                        {|NHS1003:"2079868306"|} => "e",
                        _ => "f",
                    };
                }
            }
            """ + PatientTypes);

        [Fact]
        public Task Flags_values_through_conditionals_coalescing_and_collections() => Verify.VerifyAsync("""
            using System.Collections.Generic;

            class Seed
            {
                void Fill(Patient patient, string? input, bool demo)
                {
                    patient.NhsNumber = demo ? {|NHS1003:"4190748331"|} : "";
                    patient.NhsNumber = input ?? {|NHS1003:"6047966691"|};
                    string[] nhsNumbers = { {|NHS1003:"7420555265"|}, {|NHS1003:"3699205754"|} };
                    var moreNhsNumbers = new[] { {|NHS1003:"4398259791"|} };
                    var listedNhsNumbers = new List<string> { {|NHS1003:"2079868306"|} };
                    List<string> expressedNhsNumbers = [{|NHS1003:"5944117710"|}];
                    var nhsNumbersByWard = new Dictionary<string, string> { { "Ada", {|NHS1003:"4190748331"|} } };
                }
            }
            """ + PatientTypes);

        [Fact]
        public Task Flags_a_value_returned_by_an_identifier_property() => Verify.VerifyAsync("""
            class DemoPatient
            {
                public string NhsNumber => {|NHS1003:"4190748331"|};

                public string HospitalNhsNo
                {
                    get { return {|NHS1003:"6047966691"|}; }
                }
            }
            """);

        [Fact]
        public Task Flags_numeric_literals_flowing_into_an_identifier() => Verify.VerifyAsync("""
            class LegacyPatient
            {
                public long NhsNumber { get; set; } = {|NHS1003:4190748331|};
                public long? NhsNo { get; set; }

                void Fill()
                {
                    NhsNumber = {|NHS1003:6047966691L|};
                    ulong nhsNumberUnsigned = {|NHS1003:7420555265UL|};
                    long nhsNum = {|NHS1003:2079868306|};
                    bool same = NhsNumber == {|NHS1003:3699205754|};
                }
            }
            """);

        [Fact]
        public Task Flags_a_value_flowing_into_an_attributed_identifier() => Verify.VerifyAsync("""
            using NhsCodeAnalyzers.Annotations;

            namespace Contoso.Care
            {
                public class Referral
                {
                    [PatientIdentifier]
                    public string SubjectReference { get; set; } = "";

                    void Fill(Referral referral, Other.Visit visit)
                    {
                        referral.SubjectReference = {|NHS1003:"4190748331"|};
                        visit.PatientRef = {|NHS1003:"6047966691"|};
                    }
                }
            }

            namespace Other
            {
                [System.AttributeUsage(System.AttributeTargets.Property)]
                public sealed class PatientIdentifierAttribute : System.Attribute { }

                public class Visit
                {
                    [PatientIdentifier]
                    public string PatientRef { get; set; } = "";
                }
            }
            """);

        [Fact]
        public Task Flags_a_value_flowing_into_a_configured_identifier() => Verify.VerifyAsync("""
            class Seed
            {
                public string PasNumber { get; set; } = {|NHS1003:"4190748331"|};
            }
            """, editorConfig: "nhs_code_analyzers.patient_identifier_names = PasNumber");

        [Fact]
        public Task Flags_seed_data_for_Entity_Framework_Core() => Verify.VerifyAsync("""
            using Microsoft.EntityFrameworkCore;

            class ClinicContext : DbContext
            {
                public DbSet<Patient> Patients => Set<Patient>();

                protected override void OnModelCreating(ModelBuilder modelBuilder)
                    => modelBuilder.Entity<Patient>().HasData(new Patient { Id = 1, NhsNumber = {|NHS1003:"4190748331"|}, Name = "Test Patient" });
            }
            """ + PatientTypes);

        [Fact]
        public Task Flags_top_level_statements() => Verify.VerifyProgramAsync("""
            var nhsNumber = {|NHS1003:"4190748331"|};
            System.Console.WriteLine({|NHS1003:"604 796 6691"|});
            """);

        [Fact]
        public Task Flags_generated_code_too() => Verify.VerifyAsync("""
            // <auto-generated/>
            class GeneratedSeed
            {
                public string NhsNumber { get; set; } = {|NHS1003:"4190748331"|};
            }
            """);

        [Fact]
        public Task Names_the_literal_as_written_in_the_message() => Verify.VerifyAsync("""
            class Seed
            {
                const string Example = {|#0:@"439-825-9791"|};
                public long NhsNumber { get; set; } = {|#1:419_074_8331L|};
            }
            """, ReferenceSets.Net100WithPackages, null, expected: new[]
        {
            new DiagnosticResult(RuleDescriptors.RealLookingNhsNumber).WithLocation(0).WithArguments("439-825-9791"),
            new DiagnosticResult(RuleDescriptors.RealLookingNhsNumber).WithLocation(1).WithArguments("419_074_8331L"),
        });

        // ---- Leaves alone ------------------------------------------------------------------------------------

        [Fact]
        public Task Leaves_numbers_with_a_wrong_check_digit_alone() => Verify.VerifyAsync("""
            class Seed
            {
                const string Example = "439 825 9792";
                public string NhsNumber { get; set; } = "4398259792";
                public long NhsNo { get; set; } = 4398259792;
            }
            """);

        [Fact]
        public Task Leaves_ungrouped_ten_digit_values_that_do_not_flow_into_an_identifier_alone() => Verify.VerifyAsync("""
            using System;

            class Orders
            {
                const string SupportLine = "4190748331";
                public string OrderNumber { get; set; } = "6047966691";
                public long InvoiceId { get; set; } = 7420555265;
                public string PatientId { get; set; } = "3699205754";

                bool IsPriority(string orderNumber) => orderNumber == "4398259791" || orderNumber.Equals("2079868306");

                void Print() => Console.WriteLine("5944117710");
            }
            """);

        [Fact]
        public Task Leaves_values_in_members_that_only_mention_an_identifier_alone() => Verify.VerifyAsync("""
            class Audit
            {
                public string HashedNhsNumber { get; set; } = "4190748331";
                public string NhsNumberToken { get; set; } = "6047966691";
                public string NhsNumberFormat { get; set; } = "7420555265";
            }
            """);

        [Fact]
        public Task Leaves_values_in_members_named_like_times_alone() => Verify.VerifyAsync("""
            class Audit
            {
                public long NhsNumberUpdatedTicks { get; set; } = 4190748331;
                public long NhsNumberEpochSeconds { get; set; } = 6047966691;
                public string NhsNumberTimestamp { get; set; } = "7420555265";
                public long CreatedTicks { get; set; } = 439_825_9791;
                public string ImportTimestamp { get; set; } = "419 074 8331";
            }
            """);

        [Fact]
        public Task Leaves_the_never_issued_9_band_alone_by_default() => Verify.VerifyAsync("""
            class Seed
            {
                const string Example = "943 476 5919";
                public string NhsNumber { get; set; } = "9000000009";
                public string NhsNo { get; set; } = "999-000-0018";
                public long NhsNum { get; set; } = 9434765919;
            }
            """);

        [Fact]
        public Task Leaves_other_lengths_and_other_groupings_alone() => Verify.VerifyAsync("""
            class Seed
            {
                public string NhsNumber { get; set; } = "41907483310";
                public string NhsNo { get; set; } = "419074833";
                public string PatientNhsNumber { get; set; } = "4398 259 791";
                public string OtherNhsNumber { get; set; } = "439 825 979 1";
                public string MixedNhsNumber { get; set; } = "439 825-9791";
                public string UnderscoredNhsNumber { get; set; } = "439_825_9791";
                public long Wide { get; set; } = 43_98_25_97_91;
            }
            """);

        [Fact]
        public Task Leaves_placeholders_and_format_strings_of_repeated_digits_alone() => Verify.VerifyAsync("""
            class Display
            {
                const string NhsNumberDisplay = "000 000 0000";
                public string NhsNumber { get; set; } = "1111111111";

                string Show(long value) => value.ToString("000 000 0000");
            }
            """);

        [Fact]
        public Task Leaves_nameof_interpolated_pieces_and_concatenations_alone() => Verify.VerifyAsync("""
            class Messages
            {
                public string NhsNumber { get; set; } = "";

                string Name => nameof(NhsNumber);
                void Fill(string area) => NhsNumber = $"{area}419 074 8331";
                void Fill() => NhsNumber = $"4190748331";
                string Split => "439 825 " + "9791";
            }
            """);

        [Fact]
        public Task Leaves_hexadecimal_and_floating_point_literals_alone() => Verify.VerifyAsync("""
            class Seed
            {
                public long NhsNumber { get; set; } = 0xF9C9_BEAB;
                public double NhsNo { get; set; } = 4190748331.0;
            }
            """);

        [Fact]
        public Task Leaves_collections_that_are_not_identifiers_alone() => Verify.VerifyAsync("""
            using System.Collections.Generic;

            class Orders
            {
                List<string> OrderNumbers = ["4190748331"];
                List<string> InvoiceNumbers = new() { "6047966691" };
                string[] PhoneNumbers = { "7420555265" };
                Dictionary<string, string> NhsNumbersByOrder = new() { ["4398259791"] = "" };
                int NhsNumberCount = new List<string> { "3699205754" }.Count;
            }
            """);

        [Fact]
        public Task Leaves_a_lambda_returned_inside_an_identifier_getter_alone() => Verify.VerifyAsync("""
            using System;

            class Demo
            {
                public Func<string> NhsNumber => () => "4190748331";
            }
            """);

        // ---- Options -----------------------------------------------------------------------------------------

        [Fact]
        public Task Strict_prefix_999_flags_the_rest_of_the_9_band() => Verify.VerifyAsync("""
            class Seed
            {
                public string NhsNumber { get; set; } = {|NHS1003:"9000000009"|};
                const string Example = {|NHS1003:"943 476 5919"|};
                public string NhsNo { get; set; } = "9990000018";
            }
            """, editorConfig: "nhs_code_analyzers.synthetic_nhs_number_prefixes = 999");

        [Fact]
        public Task A_configured_5_band_is_left_alone_with_the_9_band() => Verify.VerifyAsync("""
            class Seed
            {
                public string NhsNumber { get; set; } = "5944117710";
                const string Example = "943 476 5919";
                public string NhsNo { get; set; } = {|NHS1003:"4190748331"|};
            }
            """, editorConfig: "nhs_code_analyzers.synthetic_nhs_number_prefixes = 9, 5");

        [Fact]
        public Task The_5_band_is_flagged_by_default() => Verify.VerifyAsync("""
            class Seed
            {
                public string NhsNumber { get; set; } = {|NHS1003:"5944117710"|};
            }
            """);

        [Fact]
        public Task An_empty_prefix_list_makes_no_number_synthetic() => Verify.VerifyAsync("""
            class Seed
            {
                public string NhsNumber { get; set; } = {|NHS1003:"9990000018"|};
                const string Example = {|NHS1003:"943 476 5919"|};
            }
            """, editorConfig: "nhs_code_analyzers.synthetic_nhs_number_prefixes =");

        [Fact]
        public Task A_prefix_list_with_nothing_usable_keeps_the_default() => Verify.VerifyAsync("""
            class Seed
            {
                public string NhsNumber { get; set; } = "9000000009";
                public string NhsNo { get; set; } = {|NHS1003:"4190748331"|};
            }
            """, editorConfig: "nhs_code_analyzers.synthetic_nhs_number_prefixes = nine");

        [Fact]
        public async Task Reads_the_prefixes_for_each_file_from_its_own_section()
        {
            var test = new Verify.Test();
            test.TestState.Sources.Add(("/src/Seed.cs", """
                class Seed
                {
                    public string NhsNumber { get; set; } = "9000000009";
                }
                """));
            test.TestState.Sources.Add(("/strict/StrictSeed.cs", """
                class StrictSeed
                {
                    public string NhsNumber { get; set; } = {|NHS1003:"9000000009"|};
                }
                """));
            TestConfiguration.Apply(test.TestState, ReferenceSets.Net100WithPackages, editorConfig: null);
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[/strict/*.cs]\nnhs_code_analyzers.synthetic_nhs_number_prefixes = 999\n"));
            await test.RunAsync(CancellationToken.None);
        }

        [Fact]
        public Task Honours_severity_none_from_editorconfig() => Verify.VerifyAsync("""
            class Seed
            {
                public string NhsNumber { get; set; } = "4190748331";
                const string Example = "439 825 9791";
            }
            """, editorConfig: "dotnet_diagnostic.NHS1003.severity = none");
    }
}
