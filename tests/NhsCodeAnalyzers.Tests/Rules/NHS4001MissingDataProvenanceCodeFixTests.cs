using System.Threading;
using System.Threading.Tasks;
using NhsCodeAnalyzers.Tests.Verifiers;
using VerifyFix = NhsCodeAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    NhsCodeAnalyzers.Rules.MissingDataProvenanceAnalyzer,
    NhsCodeAnalyzers.CodeFixes.Rules.MissingDataProvenanceCodeFix>;

namespace NhsCodeAnalyzers.Tests.Rules
{
    /// <summary>
    /// NHS4001's fix: add a [DataProvenance] skeleton (reported by NHS4002 until filled in) and the using directive.
    /// Each test also runs Fix All in document, project and solution scope (the testing library does that).
    /// </summary>
    public sealed class NHS4001MissingDataProvenanceCodeFixTests
    {
        [Fact]
        public Task Adds_the_skeleton_and_the_using_keeping_comments_and_other_attributes() => VerifyFix.VerifyFixAsync("""
            using System;

            namespace Clinic.Model
            {
                /// <summary>A registered patient.</summary>
                [Serializable]
                public class {|NHS4001:Patient|}
                {
                    public string NhsNumber { get; set; } = "";
                }
            }
            """, """
            using System;
            using NhsCodeAnalyzers.Annotations;

            namespace Clinic.Model
            {
                /// <summary>A registered patient.</summary>
                [Serializable]
                [DataProvenance(Source = "<source>", LawfulBasis = "<basis>", Limitations = "<known limitations>")]
                public class Patient
                {
                    public string NhsNumber { get; set; } = "";
                }
            }
            """);

        [Fact]
        public Task Fixes_every_record_struct_and_ML_NET_input_type_in_the_document() => VerifyFix.VerifyFixAsync("""
            using Microsoft.ML.Data;

            public record {|NHS4001:PatientDto|}(int Id, string NhsNumber);

            public readonly record struct {|NHS4001:Slot|}(string Mrn);

            public class {|NHS4001:ReadmissionInput|}
            {
                [LoadColumn(0)]
                public float Age { get; set; }
            }
            """, """
            using Microsoft.ML.Data;
            using NhsCodeAnalyzers.Annotations;

            [DataProvenance(Source = "<source>", LawfulBasis = "<basis>", Limitations = "<known limitations>")]
            public record PatientDto(int Id, string NhsNumber);

            [DataProvenance(Source = "<source>", LawfulBasis = "<basis>", Limitations = "<known limitations>")]
            public readonly record struct Slot(string Mrn);

            [DataProvenance(Source = "<source>", LawfulBasis = "<basis>", Limitations = "<known limitations>")]
            public class ReadmissionInput
            {
                [LoadColumn(0)]
                public float Age { get; set; }
            }
            """);

        [Fact]
        public Task Adds_the_attribute_to_the_first_part_of_a_partial_type_only() => VerifyFix.VerifyFixAsync("""
            using NhsCodeAnalyzers.Annotations;

            public partial class {|NHS4001:Patient|}
            {
                public string Name { get; set; } = "";
            }

            public partial class Patient
            {
                public string NhsNumber { get; set; } = "";
            }
            """, """
            using NhsCodeAnalyzers.Annotations;

            [DataProvenance(Source = "<source>", LawfulBasis = "<basis>", Limitations = "<known limitations>")]
            public partial class Patient
            {
                public string Name { get; set; } = "";
            }

            public partial class Patient
            {
                public string NhsNumber { get; set; } = "";
            }
            """);

        [Fact]
        public Task Fixes_types_across_files_with_Fix_All()
        {
            var test = new VerifyFix.Test();
            test.TestState.Sources.Add(("/0/Patient.cs", """
                public class {|NHS4001:Patient|}
                {
                    public string NhsNumber { get; set; } = "";
                }
                """));
            test.TestState.Sources.Add(("/0/Referral.cs", """
                namespace Clinic;

                internal sealed class {|NHS4001:Referral|}
                {
                    public string? HospitalNumber { get; set; }
                }
                """));
            test.FixedState.Sources.Add(("/0/Patient.cs", """
                using NhsCodeAnalyzers.Annotations;

                [DataProvenance(Source = "<source>", LawfulBasis = "<basis>", Limitations = "<known limitations>")]
                public class Patient
                {
                    public string NhsNumber { get; set; } = "";
                }
                """));
            test.FixedState.Sources.Add(("/0/Referral.cs", """
                using NhsCodeAnalyzers.Annotations;

                namespace Clinic;

                [DataProvenance(Source = "<source>", LawfulBasis = "<basis>", Limitations = "<known limitations>")]
                internal sealed class Referral
                {
                    public string? HospitalNumber { get; set; }
                }
                """));
            TestConfiguration.Apply(test.TestState, ReferenceSets.Net100WithPackages, editorConfig: null);
            return test.RunAsync(CancellationToken.None);
        }

        [Fact]
        public Task Offers_no_fix_when_the_annotations_package_is_not_referenced() => VerifyFix.VerifyNoFixAsync("""
            public class {|NHS4001:Patient|}
            {
                public string NhsNumber { get; set; } = "";
            }
            """, ReferenceSets.Net100WithPackagesWithoutAnnotations);
    }
}
