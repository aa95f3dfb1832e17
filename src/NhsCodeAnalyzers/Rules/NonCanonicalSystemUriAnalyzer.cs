using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using NhsCodeAnalyzers.Descriptors;
using NhsCodeAnalyzers.Shared;
using NhsCodeAnalyzers.Shared.Identifiers;

namespace NhsCodeAnalyzers.Rules
{
    /// <summary>
    /// NHS3003: a string literal that becomes the system of a FHIR <c>Identifier</c>, <c>Coding</c> or
    /// <c>CodeableConcept</c> (<see cref="FhirSystems"/>) and is either a near miss of a canonical URI
    /// (<see cref="CanonicalUris"/>) or the system of an identifier whose value is an NHS number but is not
    /// <c>https://fhir.nhs.uk/Id/nhs-number</c>. Reported at the literal (a constant's own literal), with the
    /// canonical URI in the diagnostic's properties for the fix.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class NonCanonicalSystemUriAnalyzer : DiagnosticAnalyzer
    {
        /// <summary>The diagnostic property that carries the canonical URI.</summary>
        public const string CanonicalProperty = "Canonical";

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(RuleDescriptors.NonCanonicalSystemUri);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            // Generated code is skipped: a generated client's systems come from its specification, which is where a
            // wrong URI must be corrected; the code that builds identifiers at run time is analysed.
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(static context =>
            {
                if (FhirSystems.Create(context.Compilation) is not { } systems)
                {
                    return;
                }

                var identifiers = new PatientIdentifiers(context.Options.AnalyzerConfigOptionsProvider);
                context.RegisterOperationAction(context => AnalyzeLiteral(context, systems, identifiers), OperationKind.Literal);
            });
        }

        private static bool IsWrittenStraightIntoASystem(IOperation literal)
        {
            var parent = literal.Parent;
            while (parent is IConversionOperation or IParenthesizedOperation)
            {
                parent = parent.Parent;
            }

            return parent switch
            {
                IArgumentOperation argument => argument.Parameter?.Name == "system",
                ISimpleAssignmentOperation assignment => assignment.Target is IPropertyReferenceOperation { Property.Name: "System" },
                _ => false,
            };
        }

        private static void AnalyzeLiteral(OperationAnalysisContext context, FhirSystems systems, PatientIdentifiers identifiers)
        {
            if (context.Operation.ConstantValue is not { HasValue: true, Value: string text } || text.Length == 0 || text == CanonicalUris.NhsNumber)
            {
                return;
            }

            // Cheap first: a FHIR system is a URI or URN, and every near miss keeps a '/' or ':'. Most string
            // literals (messages, SQL, keys) have neither, and are followed only when written straight into a system.
            if (text.IndexOf('/') < 0 && text.IndexOf(':') < 0 && !IsWrittenStraightIntoASystem(context.Operation))
            {
                return;
            }

            // A near miss is reported wherever it becomes a system; any other system-like constant only as the system
            // of an NHS-number identifier, so its uses are bound only where one sits beside an NHS number.
            var nearMiss = CanonicalUris.NearMissOf(text);
            var uses = nearMiss is not null
                ? systems.UsesOf(context.Operation, followFields: true, context.CancellationToken)
                : systems.UsesOf(
                    context.Operation,
                    followFields: CanonicalUris.LooksLikeSystem(text),
                    context.CancellationToken,
                    use => NhsNumberSystemCandidates.MayPairWithNhsNumber(use, identifiers));
            if (uses.Count == 0)
            {
                return;
            }

            string? canonical = null;
            foreach (var use in uses)
            {
                if (use.Owner == FhirSystemOwner.Identifier && IsNhsNumber(use.Value, identifiers))
                {
                    canonical = CanonicalUris.NhsNumber;
                    break;
                }
            }

            canonical ??= nearMiss;
            if (canonical is not null)
            {
                var properties = ImmutableDictionary<string, string?>.Empty.Add(CanonicalProperty, canonical);
                context.ReportDiagnostic(Diagnostic.Create(RuleDescriptors.NonCanonicalSystemUri, context.Operation.Syntax.GetLocation(), properties, text, canonical));
            }
        }

        /// <summary>An NHS-number identifier (by name or <c>[PatientIdentifier]</c> on an NHS-number name) or a valid NHS-number literal.</summary>
        private static bool IsNhsNumber(IOperation? value, PatientIdentifiers identifiers)
        {
            value = value?.WithoutConversions();
            while (true)
            {
                switch (value)
                {
                    case IConditionalAccessOperation access:
                        value = access.WhenNotNull.WithoutConversions();
                        continue;
                    case IInvocationOperation { TargetMethod.Name: "ToString", Arguments.Length: 0, Instance: { } instance }:
                        value = instance.WithoutConversions();
                        continue;
                }

                break;
            }

            if (value is null)
            {
                return false;
            }

            if (value.ConstantValue is { HasValue: true, Value: string literal })
            {
                return NhsNumbers.IsValidText(literal);
            }

            var symbol = value.ReferencedSymbol();
            if (symbol is null)
            {
                return false;
            }

            var kind = identifiers.Classify(symbol);
            return kind == IdentifierKind.NhsNumber
                || (kind == IdentifierKind.Attributed && identifiers.ClassifierFor(symbol.Locations.FirstOrDefault()?.SourceTree).Classify(symbol.Name) == IdentifierKind.NhsNumber);
        }
    }
}
