using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using NhsCodeAnalyzers.Descriptors;
using NhsCodeAnalyzers.Shared;
using NhsCodeAnalyzers.Shared.Options;

namespace NhsCodeAnalyzers.Rules
{
    /// <summary>
    /// NHS3002: the Read v2 (<c>http://read.info/readv2</c>) or CTV3 (<c>http://read.info/ctv3</c>) code-system URI
    /// used as the system of a FHIR <c>Coding</c>, <c>CodeableConcept</c> or <c>Identifier</c>, reported at the literal
    /// (a constant's own literal). Near spellings (scheme, case, <c>www.</c>, trailing slash, hyphen) count.
    /// Comparisons, <c>case</c> labels, dictionary keys and other mapping code never make the literal a system
    /// (<see cref="FhirSystems"/>), so code that reads legacy codes to translate them is left alone.
    /// <c>nhs_code_analyzers.nation = scotland</c> turns the rule off, because Scotland still codes with Read.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class RetiredCodeSystemAnalyzer : DiagnosticAnalyzer
    {
        internal const string ReadV2Uri = "http://read.info/readv2";
        internal const string Ctv3Uri = "http://read.info/ctv3";

        private const string Scotland = "scotland";

        private static readonly string ReadV2Normalised = FhirSystems.Normalise(ReadV2Uri);
        private static readonly string Ctv3Normalised = FhirSystems.Normalise(Ctv3Uri);
        private static readonly OptionDefinition NationOption = NhsOptionKeys.Find(NhsOptionKeys.Nation)!;

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(RuleDescriptors.RetiredCodeSystem);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            // Generated code is skipped: generated FHIR models or terminology tables take their systems from their
            // source specification, which is where a retired system must be changed.
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(static context =>
            {
                if (FhirSystems.Create(context.Compilation) is not { } systems)
                {
                    return;
                }

                context.RegisterOperationAction(context => AnalyzeLiteral(context, systems), OperationKind.Literal);
            });
        }

        private static void AnalyzeLiteral(OperationAnalysisContext context, FhirSystems systems)
        {
            if (context.Operation.ConstantValue is not { HasValue: true, Value: string text }
                || RetiredSystemName(text) is not { } name
                || IsScotland(context))
            {
                return;
            }

            if (systems.UsesOf(context.Operation, followFields: true, context.CancellationToken).Count > 0)
            {
                context.ReportDiagnostic(Diagnostic.Create(RuleDescriptors.RetiredCodeSystem, context.Operation.Syntax.GetLocation(), text, name));
            }
        }

        /// <summary>"Read v2" or "CTV3" for either URI as written or spelt nearly so; otherwise null.</summary>
        internal static string? RetiredSystemName(string text)
        {
            if (text.IndexOf("read", System.StringComparison.OrdinalIgnoreCase) < 0)
            {
                return null;
            }

            var normalised = FhirSystems.Normalise(text);
            return normalised == ReadV2Normalised ? "Read v2" : normalised == Ctv3Normalised ? "CTV3" : null;
        }

        private static bool IsScotland(OperationAnalysisContext context)
        {
            var options = context.Options.AnalyzerConfigOptionsProvider.GetOptions(context.Operation.Syntax.SyntaxTree);
            var values = NhsOptionReader.GetValues(options, NationOption);
            return !values.IsEmpty && string.Equals(values[0], Scotland, System.StringComparison.OrdinalIgnoreCase);
        }
    }
}
