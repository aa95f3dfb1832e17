using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using NhsCodeAnalyzers.Tests.Verifiers;
using VerifyFix = NhsCodeAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    NhsCodeAnalyzers.Rules.PatientNumberInNumericTypeAnalyzer,
    NhsCodeAnalyzers.CodeFixes.Rules.PatientNumberInNumericTypeCodeFix>;

namespace NhsCodeAnalyzers.Tests.Rules
{
    /// <summary>
    /// NHS1004's fix: change the declared type to string, only where the code still compiles and no use needs a
    /// number. Each test also runs Fix All in document, project and solution scope (the testing library does that).
    /// </summary>
    public sealed class NHS1004PatientNumberInNumericTypeCodeFixTests
    {
        // ---- Offered -----------------------------------------------------------------------------------------

        [Fact]
        public Task Changes_a_property_to_string_keeping_comments_and_layout() => VerifyFix.VerifyFixAsync("""
            public class Patient
            {
                /// <summary>From PDS.</summary>
                public /* national */ long {|NHS1004:NhsNumber|} { get; set; } // was bigint
            }
            """, """
            public class Patient
            {
                /// <summary>From PDS.</summary>
                public /* national */ string NhsNumber { get; set; } // was bigint
            }
            """);

        [Fact]
        public Task Keeps_nullability_as_string_question_mark_where_nullable_annotations_are_on() => VerifyFix.VerifyFixAsync("""
            #nullable enable
            using System;

            public class Referral
            {
                public long? {|NHS1004:NhsNumber|} { get; set; }
                public Nullable<int> {|NHS1004:ChiNumber|} { get; set; }
            }
            """, """
            #nullable enable
            using System;

            public class Referral
            {
                public string? NhsNumber { get; set; }
                public string? ChiNumber { get; set; }
            }
            """);

        [Fact]
        public Task Writes_plain_string_for_a_nullable_number_where_nullable_annotations_are_off() => VerifyFix.VerifyFixAsync("""
            #nullable disable
            public class Referral
            {
                public long? {|NHS1004:NhsNumber|} { get; set; }
            }
            """, """
            #nullable disable
            public class Referral
            {
                public string NhsNumber { get; set; }
            }
            """);

        [Fact]
        public Task Changes_a_parameter_whose_uses_read_it_as_text() => VerifyFix.VerifyFixAsync("""
            using System;
            using System.Text;

            public class Letters
            {
                public string Header(long {|NHS1004:nhsNumber|}, StringBuilder builder)
                {
                    builder.Append(nhsNumber);
                    Console.WriteLine(nhsNumber.ToString());
                    var line = "NHS number: " + nhsNumber;
                    line += nhsNumber;
                    return $"{line} ({nhsNumber})";
                }
            }
            """, """
            using System;
            using System.Text;

            public class Letters
            {
                public string Header(string nhsNumber, StringBuilder builder)
                {
                    builder.Append(nhsNumber);
                    Console.WriteLine(nhsNumber.ToString());
                    var line = "NHS number: " + nhsNumber;
                    line += nhsNumber;
                    return $"{line} ({nhsNumber})";
                }
            }
            """);

        [Fact]
        public Task Changes_a_record_positional_parameter_and_so_its_property() => VerifyFix.VerifyFixAsync("""
            public record Patient(long {|NHS1004:NhsNumber|}, string Name)
            {
                public string Label => Name + " " + NhsNumber.ToString();
            }
            """, """
            public record Patient(string NhsNumber, string Name)
            {
                public string Label => Name + " " + NhsNumber.ToString();
            }
            """);

        [Fact]
        public Task Changes_a_constructor_parameter_with_the_property_it_is_assigned_to() => VerifyFix.VerifyFixAsync("""
            public class Patient
            {
                public Patient(long {|NHS1004:nhsNumber|})
                {
                    NhsNumber = nhsNumber;
                }

                public long {|NHS1004:NhsNumber|} { get; }
            }
            """, """
            public class Patient
            {
                public Patient(string nhsNumber)
                {
                    NhsNumber = nhsNumber;
                }

                public string NhsNumber { get; }
            }
            """);

        [Fact]
        public Task Names_the_linked_symbols_in_its_title() => new VerifyFix.Test
        {
            TestCode = """
                public class Patient
                {
                    public long {|NHS1004:NhsNumber|} { get; set; }

                    public static Patient Create(long {|NHS1004:nhsNumber|}) => new Patient { NhsNumber = nhsNumber };
                }
                """,
            FixedCode = """
                public class Patient
                {
                    public string NhsNumber { get; set; }

                    public static Patient Create(string nhsNumber) => new Patient { NhsNumber = nhsNumber };
                }
                """,
            CodeActionEquivalenceKey = "NHS1004.ChangeTypeToString",
            CodeActionVerifier = (action, verifier) => verifier.Equal("Change type to string (also 'nhsNumber')", action.Title),
        }.WithReferences().RunAsync(CancellationToken.None);

        [Fact]
        public Task Changes_a_value_passed_to_a_record_with_the_record() => VerifyFix.VerifyFixAsync("""
            public record Patient(long {|NHS1004:NhsNumber|}, string Name);

            public class PatientDto
            {
                public long {|NHS1004:NhsNumber|} { get; set; }
                public string Name { get; set; } = "";
            }

            public static class PatientMapper
            {
                public static Patient ToPatient(PatientDto dto) => new(dto.NhsNumber, dto.Name);

                public static PatientDto ToDto(Patient patient) => new() { NhsNumber = patient.NhsNumber, Name = patient.Name };
            }
            """, """
            public record Patient(string NhsNumber, string Name);

            public class PatientDto
            {
                public string NhsNumber { get; set; }
                public string Name { get; set; } = "";
            }

            public static class PatientMapper
            {
                public static Patient ToPatient(PatientDto dto) => new(dto.NhsNumber, dto.Name);

                public static PatientDto ToDto(Patient patient) => new() { NhsNumber = patient.NhsNumber, Name = patient.Name };
            }
            """);

        [Fact]
        public Task Changes_an_explicitly_typed_local_the_value_is_copied_into() => VerifyFix.VerifyFixAsync("""
            public class Patient
            {
                public long {|NHS1004:NhsNumber|} { get; set; }

                public string Describe()
                {
                    long nhsNumber = NhsNumber;
                    return "NHS " + nhsNumber;
                }
            }
            """, """
            public class Patient
            {
                public string NhsNumber { get; set; }

                public string Describe()
                {
                    string nhsNumber = NhsNumber;
                    return "NHS " + nhsNumber;
                }
            }
            """);

        [Fact]
        public Task Changes_an_interface_member_with_its_implementations() => VerifyFix.VerifyFixAsync("""
            public interface IHasNhsNumber
            {
                long {|NHS1004:NhsNumber|} { get; }
            }

            public class Patient : IHasNhsNumber
            {
                public long NhsNumber { get; set; }
            }

            public class Referral : IHasNhsNumber
            {
                long IHasNhsNumber.NhsNumber => default;
            }
            """, """
            public interface IHasNhsNumber
            {
                string NhsNumber { get; }
            }

            public class Patient : IHasNhsNumber
            {
                public string NhsNumber { get; set; }
            }

            public class Referral : IHasNhsNumber
            {
                string IHasNhsNumber.NhsNumber => default;
            }
            """);

        [Fact]
        public Task Changes_a_virtual_method_parameter_with_its_overrides_and_both_parts_of_a_partial_method() => VerifyFix.VerifyFixAsync("""
            public class Notifier
            {
                public virtual void Notify(long {|NHS1004:nhsNumber|}) { }
            }

            public class SmsNotifier : Notifier
            {
                public override void Notify(long nhsNumber) { }
            }

            public partial class PatientSync
            {
                public partial void Sync(int {|NHS1004:chiNumber|});
            }

            public partial class PatientSync
            {
                public partial void Sync(int chiNumber) { }
            }
            """, """
            public class Notifier
            {
                public virtual void Notify(string nhsNumber) { }
            }

            public class SmsNotifier : Notifier
            {
                public override void Notify(string nhsNumber) { }
            }

            public partial class PatientSync
            {
                public partial void Sync(string chiNumber);
            }

            public partial class PatientSync
            {
                public partial void Sync(string chiNumber) { }
            }
            """);

        [Fact]
        public Task Fix_All_changes_several_members_of_one_document_and_leaves_the_ones_it_cannot_change() => VerifyFix.VerifyFixAsync("""
            using System.Collections.Generic;

            public class Patient
            {
                public long {|NHS1004:NhsNumber|} { get; set; }
                public int? {|NHS1004:ChiNumber|} { get; set; }
                public decimal {|NHS1004:HcNumber|};
                public long {|NHS1004:MotherNhsNumber|} { get; set; }
                public long[] {|NHS1004:SiblingNhsNumbers|} { get; set; } = [];

                public long NextMotherNumber() => MotherNhsNumber + 1;
                public string Label() => "NHS " + NhsNumber + ", CHI " + ChiNumber + ", H&C " + HcNumber;
            }
            """, """
            using System.Collections.Generic;

            public class Patient
            {
                public string NhsNumber { get; set; }
                public string ChiNumber { get; set; }
                public string HcNumber;
                public long {|NHS1004:MotherNhsNumber|} { get; set; }
                public long[] {|NHS1004:SiblingNhsNumbers|} { get; set; } = [];

                public long NextMotherNumber() => MotherNhsNumber + 1;
                public string Label() => "NHS " + NhsNumber + ", CHI " + ChiNumber + ", H&C " + HcNumber;
            }
            """);

        [Fact]
        public async Task Checks_uses_in_every_document_and_changes_only_the_declaration()
        {
            var test = new VerifyFix.Test();
            test.TestState.Sources.Add(("/0/Patient.cs", """
                public class Patient
                {
                    public long {|NHS1004:NhsNumber|} { get; set; }
                }
                """));
            test.TestState.Sources.Add(("/0/Letters.cs", """
                public static class Letters
                {
                    public static string Header(Patient patient) => $"NHS number {patient.NhsNumber}";
                }
                """));
            test.FixedState.Sources.Add(("/0/Patient.cs", """
                public class Patient
                {
                    public string NhsNumber { get; set; }
                }
                """));
            test.FixedState.Sources.Add(("/0/Letters.cs", """
                public static class Letters
                {
                    public static string Header(Patient patient) => $"NHS number {patient.NhsNumber}";
                }
                """));
            await test.WithReferences().RunAsync(CancellationToken.None);
        }

        [Fact]
        public async Task Fix_All_changes_members_across_documents_of_the_project()
        {
            var test = new VerifyFix.Test();
            test.TestState.Sources.Add(("/0/Patient.cs", """
                public class Patient
                {
                    public long {|NHS1004:NhsNumber|} { get; set; }
                }
                """));
            test.TestState.Sources.Add(("/0/Registration.cs", """
                public class Registration
                {
                    public void Register(Patient patient, long {|NHS1004:nhsNumber|}) => patient.NhsNumber = nhsNumber;
                    public int? {|NHS1004:ChiNumber|} { get; set; }
                }
                """));
            test.FixedState.Sources.Add(("/0/Patient.cs", """
                public class Patient
                {
                    public string NhsNumber { get; set; }
                }
                """));
            test.FixedState.Sources.Add(("/0/Registration.cs", """
                public class Registration
                {
                    public void Register(Patient patient, string nhsNumber) => patient.NhsNumber = nhsNumber;
                    public string ChiNumber { get; set; }
                }
                """));
            await test.WithReferences().RunAsync(CancellationToken.None);
        }

        [Fact]
        public Task Fix_All_keeps_each_change_only_while_the_whole_still_compiles() => VerifyFix.VerifyFixAsync("""
            public class PatientFinder
            {
                public void Find(long {|NHS1004:nhsNumber|}) { }

                public void Find(int {|NHS1004:chiNumber|}) { }
            }
            """, """
            public class PatientFinder
            {
                public void Find(string nhsNumber) { }

                public void Find(int {|NHS1004:chiNumber|}) { }
            }
            """);

        // ---- Not offered -------------------------------------------------------------------------------------

        [Fact]
        public Task Offers_no_fix_where_the_number_is_used_in_arithmetic() => VerifyFix.VerifyNoFixAsync("""
            using System;

            public class Checks
            {
                public bool Modulus(long {|NHS1004:nhsNumber|}) => nhsNumber % 11 == 0;
                public long Next(long {|NHS1004:chiNumber|}) => chiNumber + 1;
                public object Later(long {|NHS1004:hcNumber|}) { var next = hcNumber + 1; return next; }
                public void Count(int {|NHS1004:patientNhsNumber|}) { patientNhsNumber++; }
                public void Grow(long {|NHS1004:motherNhsNumber|}) { motherNhsNumber += 10; }
                public long Negate(long {|NHS1004:fatherNhsNumber|}) => -fatherNhsNumber;
                public long Larger(long {|NHS1004:babyNhsNumber|}) => Math.Max(babyNhsNumber, 1);
            }
            """, ReferenceSets.Net100WithPackages);

        [Fact]
        public Task Offers_no_fix_where_the_number_is_parsed_into_or_compared_with_numbers() => VerifyFix.VerifyNoFixAsync("""
            public class Import
            {
                public long {|NHS1004:NhsNumber|} { get; set; }
                public long {|NHS1004:ChiNumber|} { get; set; }
                public long {|NHS1004:HcNumber|} { get; set; }
                public long {|NHS1004:MotherNhsNumber|} { get; set; }

                public void Read(string[] row)
                {
                    NhsNumber = long.Parse(row[0]);
                    if (ChiNumber > 0) { }
                    if (HcNumber == 0) { }
                }

                public bool Same(object other) => MotherNhsNumber.Equals(other);
            }
            """, ReferenceSets.Net100WithPackages);

        [Fact]
        public Task Offers_no_fix_where_a_string_would_compile_but_mean_something_else() => VerifyFix.VerifyNoFixAsync("""
            using System;

            public class Matching
            {
                private static T Larger<T>(T first, T second) where T : IComparable<T> => first.CompareTo(second) >= 0 ? first : second;

                public object Pick(long {|NHS1004:nhsNumber|}, long other) => Larger(nhsNumber, nhsNumber);
                public bool Same(long {|NHS1004:chiNumber|}, object other) => object.Equals(chiNumber, other);
                public int Order(long {|NHS1004:hcNumber|}, long other) => hcNumber.CompareTo(other);
            }
            """, ReferenceSets.Net100WithPackages);

        [Fact]
        public Task Offers_no_fix_where_a_var_local_carries_the_number_into_arithmetic() => VerifyFix.VerifyNoFixAsync("""
            public class Checks
            {
                public long {|NHS1004:NhsNumber|} { get; set; }

                public object Next()
                {
                    var copy = NhsNumber;
                    var next = copy + 1;
                    return next;
                }
            }
            """, ReferenceSets.Net100WithPackages);

        [Fact]
        public Task Offers_no_fix_where_the_change_would_not_compile() => VerifyFix.VerifyNoFixAsync("""
            using System;

            public class Lookup
            {
                private readonly Func<long, bool> _isKnown = (long {|NHS1004:nhsNumber|}) => true;

                public void Register(long {|NHS1004:chiNumber|}) { }

                public void Seed() => Register(101010101);

                public long Total(long {|NHS1004:hcNumber|}) { long total = hcNumber; return total; }
            }
            """, ReferenceSets.Net100WithPackages);

        [Fact]
        public Task Offers_no_fix_for_collections_or_fields_declared_together() => VerifyFix.VerifyNoFixAsync("""
            using System.Collections.Generic;

            public class Cohort
            {
                public long[] {|NHS1004:NhsNumbers|} = [];
                public List<long> {|NHS1004:ChiNumbers|} = new();
                public long {|NHS1004:MotherNhsNumber|}, {|NHS1004:FatherNhsNumber|};
            }
            """, ReferenceSets.Net100WithPackages);

        [Fact]
        public Task Offers_no_fix_where_the_value_flows_into_a_name_excluded_in_editorconfig() => VerifyFix.VerifyFixAsync("""
            public class LegacyImport
            {
                public long LegacyNhsNumber { get; set; }

                public long {|NHS1004:NhsNumber|} { get; set; }

                public void Copy() => LegacyNhsNumber = NhsNumber;
            }
            """, """
            public class LegacyImport
            {
                public long LegacyNhsNumber { get; set; }

                public long {|NHS1004:NhsNumber|} { get; set; }

                public void Copy() => LegacyNhsNumber = NhsNumber;
            }
            """, "nhs_code_analyzers.excluded_identifier_names = LegacyNhsNumber");

        [Fact]
        public async Task Offers_no_fix_where_another_document_uses_the_number_in_arithmetic()
        {
            var test = new VerifyFix.Test();
            test.TestState.Sources.Add(("/0/Patient.cs", """
                public class Patient
                {
                    public long {|NHS1004:NhsNumber|} { get; set; }
                }
                """));
            test.TestState.Sources.Add(("/0/Checks.cs", """
                public static class Checks
                {
                    public static bool IsValid(Patient patient) => patient.NhsNumber % 11 != 1;
                }
                """));
            test.FixedState.Sources.Add(("/0/Patient.cs", """
                public class Patient
                {
                    public long {|NHS1004:NhsNumber|} { get; set; }
                }
                """));
            test.FixedState.Sources.Add(("/0/Checks.cs", """
                public static class Checks
                {
                    public static bool IsValid(Patient patient) => patient.NhsNumber % 11 != 1;
                }
                """));
            await test.WithReferences().RunAsync(CancellationToken.None);
        }

        [Fact]
        public async Task Offers_no_fix_where_another_project_would_stop_compiling()
        {
            var test = new VerifyFix.Test();
            test.TestState.Sources.Add(("/0/Patient.cs", """
                public class Patient
                {
                    public long {|NHS1004:NhsNumber|} { get; set; }
                }
                """));
            test.TestState.AdditionalProjects["Reports"].Sources.Add(("/Reports/Summary.cs", """
                public static class Summary
                {
                    public static long Total(Patient patient) => patient.NhsNumber;
                }
                """));
            test.TestState.AdditionalProjects["Reports"].AdditionalProjectReferences.Add("TestProject");
            test.FixedState.Sources.Add(("/0/Patient.cs", """
                public class Patient
                {
                    public long {|NHS1004:NhsNumber|} { get; set; }
                }
                """));
            await test.WithReferences().RunAsync(CancellationToken.None);
        }
    }

    internal static class NHS1004TestExtensions
    {
        /// <summary>Applies the usual references (.NET 10 and the real packages) to every project of a hand-built test.</summary>
        public static VerifyFix.Test WithReferences(this VerifyFix.Test test)
        {
            TestConfiguration.Apply(test.TestState, ReferenceSets.Net100WithPackages, editorConfig: null);
            foreach (var project in test.TestState.AdditionalProjects.Values)
            {
                project.ReferenceAssemblies = ReferenceSets.None;
                project.AdditionalReferences.AddRange(ReferenceSets.Net100WithPackages);
            }

            test.FixedState.MarkupHandling = MarkupMode.Allow;
            return test;
        }
    }
}
