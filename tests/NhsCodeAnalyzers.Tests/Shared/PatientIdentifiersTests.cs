using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NhsCodeAnalyzers.Shared.Identifiers;
using NhsCodeAnalyzers.Tests.Verifiers;

namespace NhsCodeAnalyzers.Tests.Shared
{
    /// <summary>The recogniser on symbols: attributes, records, types and kinds of symbol, configuration.</summary>
    public sealed class PatientIdentifiersTests
    {
        private const string Source = """
            using NhsCodeAnalyzers.Annotations;

            namespace Clinic
            {
                public sealed class PatientIdentifierAttribute : System.Attribute { }
            }

            public record Referral(int Id, [PatientIdentifier] string PasNumber, string NhsNumber, bool ChiNumber);

            public class NhsNumberValidator
            {
                public const int NhsNumberLength = 10;
                public string NhsNumber = "";
                [Clinic.PatientIdentifier] public string LocalRef { get; set; } = "";
                public int PatientId { get; set; }
                public string PracticePatientRef { get; set; } = "";
                public bool IsValidNhsNumber(string nhsNumber) { var hospitalNumber = nhsNumber; return hospitalNumber.Length == 10; }
            }
            """;

        private static (Compilation Compilation, PatientIdentifiers Identifiers) Create(Dictionary<string, string>? options = null)
        {
            var compilation = CSharpCompilation.Create(
                "Recogniser",
                new[] { CSharpSyntaxTree.ParseText(Source, new CSharpParseOptions(LanguageVersion.Latest)) },
                ReferenceSets.Net100WithPackages,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
            return (compilation, new PatientIdentifiers(new AnalyzerRunner.DictionaryConfigOptionsProvider(options ?? new Dictionary<string, string>())));
        }

        private static ISymbol Member(Compilation compilation, string type, string name)
            => compilation.GetTypeByMetadataName(type)!.GetMembers(name).Single();

        [Theory]
        [InlineData("Referral", "PasNumber", nameof(IdentifierKind.Attributed))]
        [InlineData("Referral", "NhsNumber", nameof(IdentifierKind.NhsNumber))]
        [InlineData("Referral", "ChiNumber", nameof(IdentifierKind.None))]
        [InlineData("NhsNumberValidator", "NhsNumberLength", nameof(IdentifierKind.None))]
        [InlineData("NhsNumberValidator", "NhsNumber", nameof(IdentifierKind.NhsNumber))]
        [InlineData("NhsNumberValidator", "LocalRef", nameof(IdentifierKind.Attributed))]
        [InlineData("NhsNumberValidator", "PatientId", nameof(IdentifierKind.None))]
        [InlineData("NhsNumberValidator", "PracticePatientRef", nameof(IdentifierKind.None))]
        [InlineData("NhsNumberValidator", "IsValidNhsNumber", nameof(IdentifierKind.None))]
        public void Classifies_members(string type, string member, string expected)
        {
            var (compilation, identifiers) = Create();
            Assert.Equal(expected, identifiers.Classify(Member(compilation, type, member)).ToString());
        }

        [Fact]
        public void Never_classifies_types_or_methods_and_classifies_parameters_and_locals()
        {
            var (compilation, identifiers) = Create();
            var validator = compilation.GetTypeByMetadataName("NhsNumberValidator")!;
            var method = (IMethodSymbol)validator.GetMembers("IsValidNhsNumber").Single();
            Assert.False(identifiers.IsIdentifier(validator));
            Assert.False(identifiers.IsIdentifier(method));
            Assert.Equal(IdentifierKind.NhsNumber, identifiers.Classify(method.Parameters[0]));

            var tree = compilation.SyntaxTrees.Single();
            var model = compilation.GetSemanticModel(tree);
            var local = tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.VariableDeclaratorSyntax>()
                .Select(d => model.GetDeclaredSymbol(d)).OfType<ILocalSymbol>().Single();
            Assert.Equal(IdentifierKind.HospitalNumber, identifiers.Classify(local));
        }

        [Fact]
        public void Reads_configured_names_from_the_options()
        {
            var (compilation, identifiers) = Create(new Dictionary<string, string>
            {
                ["nhs_code_analyzers.patient_identifier_names"] = "PracticePatientRef",
                ["nhs_code_analyzers.excluded_identifier_names"] = "NhsNumber",
            });
            Assert.Equal(IdentifierKind.Configured, identifiers.Classify(Member(compilation, "NhsNumberValidator", "PracticePatientRef")));
            Assert.Equal(IdentifierKind.None, identifiers.Classify(Member(compilation, "NhsNumberValidator", "NhsNumber")));
        }

        [Fact]
        public void The_cheap_symbol_test_lets_attributed_members_through()
        {
            var (compilation, identifiers) = Create();
            Assert.True(identifiers.MayBeIdentifier(Member(compilation, "NhsNumberValidator", "LocalRef")));
            Assert.True(identifiers.MayBeIdentifier(Member(compilation, "Referral", "PasNumber")));
            Assert.False(identifiers.MayBeIdentifier(Member(compilation, "NhsNumberValidator", "PracticePatientRef")));
        }
    }
}
