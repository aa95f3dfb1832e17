using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;
using NhsCodeAnalyzers.Descriptors;
using NhsCodeAnalyzers.Tests.Verifiers;
using Verify = NhsCodeAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<NhsCodeAnalyzers.Rules.PatientNumberInNumericTypeAnalyzer>;

namespace NhsCodeAnalyzers.Tests.Rules
{
    /// <summary>NHS1004 — Patient number held in a numeric type: what it flags and what it leaves alone.</summary>
    public sealed class NHS1004PatientNumberInNumericTypeTests
    {
        // ---- Flags -------------------------------------------------------------------------------------------

        [Fact]
        public Task Flags_fields_and_properties_of_every_integral_and_floating_type() => Verify.VerifyAsync("""
            using System;
            using System.Numerics;

            public class Patient
            {
                public long {|NHS1004:NhsNumber|} { get; set; }
                public ulong {|NHS1004:NHSNumber|} { get; set; }
                public int {|NHS1004:nhs_no|};
                public uint {|NHS1004:NhsNo|};
                public decimal {|NHS1004:nhsNum|};
                public double {|NHS1004:PatientNhsNumber|} { get; init; }
                public float {|NHS1004:ChiNumber|} { get; set; }
                public short {|NHS1004:CHINo|};
                public ushort {|NHS1004:HcNumber|};
                public byte {|NHS1004:HealthAndCareNumber|};
                public sbyte {|NHS1004:HCN|};
                public nint {|NHS1004:nhs_number|};
                public nuint {|NHS1004:NhsNbr|};
                public Int128 {|NHS1004:CommunityHealthIndexNumber|};
                public UInt128 {|NHS1004:PatientChiNumber|};
                public Half {|NHS1004:HAndCNumber|};
                public BigInteger {|NHS1004:MotherNhsNumber|};
                public static long {|NHS1004:DefaultNhsNumber|};
                private readonly long {|NHS1004:_nhsNumber|};
                public System.Int64 {|NHS1004:FatherNhsNumber|} { get; } = 0;
            }
            """);

        [Fact]
        public Task Flags_nullable_numeric_forms() => Verify.VerifyAsync("""
            using System;

            public class Referral
            {
                public long? {|NHS1004:NhsNumber|} { get; set; }
                public Nullable<int> {|NHS1004:ChiNumber|} { get; set; }
                public decimal? {|NHS1004:HcNumber|};
            }
            """);

        [Fact]
        public Task Flags_arrays_and_collections_of_numbers() => Verify.VerifyAsync("""
            using System.Collections.Generic;
            using System.Collections.Immutable;

            public class Cohort
            {
                public long[] {|NHS1004:NhsNumbers|} { get; set; } = [];
                public List<long> {|NHS1004:ChiNumbers|} { get; } = new();
                public IEnumerable<long?> {|NHS1004:PatientNhsNumbers|} { get; set; } = [];
                public IReadOnlyList<decimal> {|NHS1004:HcNumbers|} { get; set; } = [];
                public HashSet<int> {|NHS1004:nhs_nos|} = new();
                public ImmutableArray<ulong> {|NHS1004:MotherNhsNumbers|};
            }
            """);

        [Fact]
        public Task Flags_a_record_positional_parameter_once_not_again_for_its_property() => Verify.VerifyAsync("""
            public record Patient(long {|NHS1004:NhsNumber|}, string Name);

            public record struct Transfer(int {|NHS1004:ChiNumber|}, decimal? {|NHS1004:HcNumber|});

            public readonly record struct Admission(string Ward, long {|NHS1004:PatientNhsNumber|});
            """);

        [Fact]
        public Task Flags_a_record_positional_parameter_and_a_property_the_record_declares_itself() => Verify.VerifyAsync("""
            public record Patient(long {|NHS1004:NhsNumber|})
            {
                public long {|NHS1004:ChiNumber|} { get; init; }
            }

            public record Legacy(long {|NHS1004:NhsNumber|})
            {
                public long {|NHS1004:NhsNumber|} { get; init; } = NhsNumber;
            }
            """);

        [Fact]
        public Task Flags_parameters_of_methods_constructors_operators_indexers_and_delegates() => Verify.VerifyAsync("""
            public delegate void PatientFound(long {|NHS1004:nhsNumber|});

            public class PatientIndex
            {
                public PatientIndex(long {|NHS1004:nhsNumber|}, string name) { }

                public string Find(int {|NHS1004:chiNumber|}, string surname) => surname;

                public static void Register(long? {|NHS1004:nhsNumber|} = null) { }

                public string this[long {|NHS1004:nhsNumber|}] => "";

                public static PatientIndex operator +(PatientIndex index, long {|NHS1004:nhsNumber|}) => index;

                public static explicit operator PatientIndex(long {|NHS1004:nhsNumber|}) => new(0, "");

                public void Merge(long[] {|NHS1004:nhsNumbers|}) { }

                public extern void Lookup(decimal {|NHS1004:hcNumber|});
            }
            """);

        [Fact]
        public Task Flags_primary_constructor_parameters_of_classes_and_structs() => Verify.VerifyAsync("""
            public class PatientService(long {|NHS1004:nhsNumber|})
            {
                public override string ToString() => nhsNumber.ToString();
            }

            public struct Lookup(int {|NHS1004:chiNumber|}, string surname);
            """);

        [Fact]
        public Task Flags_explicitly_typed_lambda_parameters_and_local_function_parameters() => Verify.VerifyAsync("""
            using System;

            class Triage
            {
                private readonly Func<long, bool> _isKnown = (long {|NHS1004:nhsNumber|}) => nhsNumber > 0;

                void Run()
                {
                    var lookup = (int {|NHS1004:chiNumber|}, string surname) => surname;
                    Action<decimal> record = delegate (decimal {|NHS1004:hcNumber|}) { };
                    Check(1);

                    static bool Check(long {|NHS1004:patientNhsNumber|}) => patientNhsNumber > 0;
                }
            }
            """);

        [Fact]
        public Task Flags_parameters_in_top_level_statements() => Verify.VerifyProgramAsync("""
            using System;

            Func<long, string> describe = (long {|NHS1004:nhsNumber|}) => "";
            Console.WriteLine(Format(1));

            string Format(long {|NHS1004:nhsNumber|}) => describe(nhsNumber);
            """);

        [Fact]
        public Task Flags_interface_and_abstract_members_where_declared_not_on_their_implementations_or_overrides() => Verify.VerifyAsync("""
            public interface IHasNhsNumber
            {
                long {|NHS1004:NhsNumber|} { get; }

                void Link(long {|NHS1004:nhsNumber|});
            }

            public abstract class PatientBase
            {
                public abstract long {|NHS1004:ChiNumber|} { get; set; }

                public virtual void Transfer(long {|NHS1004:chiNumber|}) { }
            }

            public class Patient : PatientBase, IHasNhsNumber
            {
                public long NhsNumber { get; set; }

                public override long ChiNumber { get; set; }

                public void Link(long nhsNumber) { }

                public override void Transfer(long chiNumber) { }
            }

            public class ExplicitPatient : IHasNhsNumber
            {
                long IHasNhsNumber.NhsNumber => 0;

                void IHasNhsNumber.Link(long nhsNumber) { }
            }
            """);

        [Fact]
        public Task Flags_a_member_hidden_with_new_because_it_introduces_a_type() => Verify.VerifyAsync("""
            public class Patient
            {
                public string NhsNumber { get; set; } = "";
            }

            public class LegacyPatient : Patient
            {
                public new long {|NHS1004:NhsNumber|} { get; set; }
            }
            """);

        [Fact]
        public Task Flags_a_member_marked_PatientIdentifier_by_the_number_its_name_says() => Verify.VerifyAsync("""
            using NhsCodeAnalyzers.Annotations;

            public class Patient
            {
                [PatientIdentifier]
                public long {|NHS1004:NhsNumber|} { get; set; }

                [PatientIdentifier]
                public long PasNumber { get; set; }
            }
            """);

        [Fact]
        public Task Flags_a_partial_method_parameter_once() => Verify.VerifyAsync("""
            public partial class PatientSync
            {
                public partial void Sync(long {|NHS1004:nhsNumber|});
            }

            public partial class PatientSync
            {
                public partial void Sync(long nhsNumber) { }
            }
            """);

        [Fact]
        public Task Names_the_symbol_and_the_kind_of_number_in_the_message() => Verify.VerifyAsync(
            """
            public class Patient
            {
                public long {|#0:NhsNumber|} { get; set; }

                public void Transfer(int {|#1:chiNumber|}) { }
            }

            public record Admission(decimal {|#2:HcNumber|});
            """,
            ReferenceSets.Net100WithPackages,
            editorConfig: null,
            OutputKind.DynamicallyLinkedLibrary,
            new DiagnosticResult(RuleDescriptors.PatientNumberInNumericType).WithLocation(0).WithArguments("Patient.NhsNumber", "an NHS number"),
            new DiagnosticResult(RuleDescriptors.PatientNumberInNumericType).WithLocation(1).WithArguments("chiNumber", "a CHI number"),
            new DiagnosticResult(RuleDescriptors.PatientNumberInNumericType).WithLocation(2).WithArguments("Admission.HcNumber", "an H&C number"));

        [Fact]
        public Task Reports_a_partial_property_and_indexer_once_on_their_defining_declarations() => Verify.VerifyAsync("""
            public partial class Finder
            {
                public partial long {|NHS1004:ChiNumber|} { get; set; }

                public partial string this[long {|NHS1004:hcNumber|}] { get; }
            }

            public partial class Finder
            {
                private long _value;

                // Each declaration of a partial property is a symbol of its own: the implementation is not reported again.
                public partial long ChiNumber { get => _value; set => _value = value; }

                public partial string this[long hcNumber] => "";
            }
            """);

        // ---- Leaves alone ------------------------------------------------------------------------------------

        [Fact]
        public Task Leaves_surrogate_keys_alone() => Verify.VerifyAsync("""
            public class Patient
            {
                public long Id { get; set; }
                public int PatientId { get; set; }
                public long PatientKey { get; set; }
            }
            """);

        [Fact]
        public Task Leaves_counts_lengths_and_other_numbers_about_patient_numbers_alone() => Verify.VerifyAsync("""
            public static class NhsNumberRules
            {
                public const int NhsNumberLength = 10;
                public const int ChiNumberDigits = 10;
                public const int MaxNhsNumberLength = 10;
                public const long MaxNhsNumber = 9999999999;
                public static int NhsNumberCount;
                public static int TotalNhsNumbers;
                public static int NumberOfChiNumbers;
                public static int LengthOfNhsNumber;
                public static long nhsNumbers;
                public static int NhsNumberCheckDigit;
                public static int NhsNumberIndex;

                public static void Report(int nhsNumbersProcessed, int hcNumberErrors) { }
            }
            """);

        [Fact]
        public Task Leaves_patient_numbers_held_as_strings_or_dedicated_types_alone() => Verify.VerifyAsync("""
            using System.Collections.Generic;

            public readonly record struct NhsNumber(string Value);

            public enum NhsNumberStatus { Verified = 1, Unverified = 2 }

            public record Patient(string NhsNumber, string? ChiNumber, char[] HcNumber);

            public class Referral
            {
                public NhsNumber NhsNumber { get; set; }
                public NhsNumberStatus NhsNumberStatus { get; set; }
                public List<string> ChiNumbers { get; } = new();
                public Dictionary<long, string> NhsNumbersByRow { get; } = new();
                public long GetNhsNumber() => 0;
            }
            """);

        [Fact]
        public Task Leaves_local_record_and_insurance_numbers_alone_because_they_are_not_national_patient_numbers() => Verify.VerifyAsync("""
            public class Admission
            {
                public long Mrn { get; set; }
                public long MedicalRecordNumber { get; set; }
                public int HospitalNumber { get; set; }
                public long NationalInsuranceNumber { get; set; }
            }
            """);

        [Fact]
        public Task Leaves_protected_forms_and_bool_flags_alone() => Verify.VerifyAsync("""
            public class Patient
            {
                public long HashedNhsNumber { get; set; }
                public long PseudoChiNumber { get; set; }
                public long NhsNumberToken { get; set; }
                public bool UseNhsNumber { get; set; }
                public bool HasChiNumber { get; set; }
                public bool IsValidNhsNumber(long value) => value > 0;
            }
            """);

        [Fact]
        public Task Leaves_locals_and_implicitly_typed_lambda_parameters_alone() => Verify.VerifyAsync("""
            using System;
            using System.Linq;

            class Triage
            {
                void Run(string[] rows)
                {
                    long nhsNumber = 0;
                    var chiNumber = 0L;
                    foreach (int hcNumber in new[] { 1, 2 }) { }
                    long.TryParse(rows[0], out var parsedNhsNumber);
                    Func<long, bool> isKnown = nhsNumber2 => nhsNumber2 > 0;
                    var known = rows.Select(long.Parse).Where(patientNhsNumber => patientNhsNumber > 0);
                    Console.WriteLine(nhsNumber + chiNumber + parsedNhsNumber);
                }
            }
            """);

        [Fact]
        public Task Leaves_members_of_other_types_that_are_named_like_patient_numbers_alone() => Verify.VerifyAsync("""
            using System;

            public class PatientNumbers
            {
                public DateTime NhsNumberIssued { get; set; }
                public char NhsNumberSeparator { get; set; }
                public Guid ChiNumberRequest { get; set; }
                public TimeSpan HcNumberLookupTime { get; set; }
                public object? NhsNumber { get; set; }
                public void Link(string nhsNumber, ReadOnlySpan<char> chiNumber) { }
            }
            """);

        [Fact]
        public Task Leaves_names_that_only_contain_the_letters_or_other_NHS_numbers_alone() => Verify.VerifyAsync("""
            public class Service
            {
                public int ChildCount { get; set; }
                public long MachineNumber { get; set; }
                public double ChiSquare { get; set; }
                public long NhsTrustNumber { get; set; }
                public int NhsPracticeNumber { get; set; }
                public int HealthBoardNumber { get; set; }
                public void Schedule(long hchNumber, int nhs, int numberOfChildren) { }
            }
            """);

        [Fact]
        public Task Leaves_methods_and_types_named_after_patient_numbers_alone() => Verify.VerifyAsync("""
            public readonly struct NhsNumberValue
            {
                public NhsNumberValue(string value) => Value = value;
                public string Value { get; }
            }

            public static class NhsNumberValidator
            {
                public static long ParseNhsNumber(string text) => long.Parse(text);
                public static int ChiNumberCheck(string value) => value.Length;
            }
            """);

        [Fact]
        public Task Leaves_a_teams_own_type_named_like_a_numeric_type_alone() => Verify.VerifyAsync("""
            namespace Contoso.Numerics
            {
                public readonly struct BigInteger { }
                public readonly struct Int128 { }

                public class Patient
                {
                    public BigInteger NhsNumber { get; set; }
                    public Int128 ChiNumber { get; set; }
                }
            }
            """);

        [Fact]
        public Task Leaves_generated_code_alone() => Verify.VerifyAsync("""
            // <auto-generated/>
            public class PatientDto
            {
                public long NhsNumber { get; set; }

                public void Link(long chiNumber) { }
            }
            """);

        [Fact]
        public Task Leaves_members_that_override_or_implement_a_referenced_assemblys_members_alone()
        {
            var library = CSharpCompilation.Create(
                "Contoso.Pas",
                new[] { CSharpSyntaxTree.ParseText("""
                    namespace Contoso.Pas
                    {
                        public interface IPatientRecord { long NhsNumber { get; } void Link(long chiNumber); }
                        public abstract class PatientBase { public abstract long ChiNumber { get; } }
                    }
                    """) },
                ReferenceSets.Net100,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            using var image = new MemoryStream();
            Assert.True(library.Emit(image).Success);
            var references = ReferenceSets.Net100WithPackages.Add(MetadataReference.CreateFromImage(image.ToArray()));

            return Verify.VerifyAsync("""
                using Contoso.Pas;

                public class Patient : PatientBase, IPatientRecord
                {
                    public long NhsNumber => 0;
                    public override long ChiNumber => 0;
                    public void Link(long chiNumber) { }
                }
                """, references);
        }

        // ---- Options and severity ----------------------------------------------------------------------------

        [Fact]
        public Task Leaves_a_name_excluded_in_editorconfig_alone() => Verify.VerifyAsync("""
            public class LegacyImport
            {
                public long LegacyNhsNumber { get; set; }
                public long {|NHS1004:NhsNumber|} { get; set; }
            }
            """, editorConfig: "nhs_code_analyzers.excluded_identifier_names = LegacyNhsNumber");

        [Fact]
        public Task Leaves_configured_identifier_names_alone_because_they_are_not_national_numbers() => Verify.VerifyAsync("""
            public class Patient
            {
                public long PasNumber { get; set; }
                public long {|NHS1004:NhsNumber|} { get; set; }
            }
            """, editorConfig: "nhs_code_analyzers.patient_identifier_names = PasNumber");

        [Fact]
        public Task Honours_severity_none_from_editorconfig() => Verify.VerifyAsync("""
            public class Patient
            {
                public long NhsNumber { get; set; }

                public void Link(int chiNumber) { }
            }
            """, editorConfig: "dotnet_diagnostic.NHS1004.severity = none");
    }
}
