using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using NhsCodeAnalyzers.Descriptors;
using NhsCodeAnalyzers.Rules.AlgorithmCards;

namespace NhsCodeAnalyzers.Rules
{
    /// <summary>
    /// NHS4003: a type that runs model inference (ML.NET, ONNX Runtime, Microsoft.Extensions.AI, OpenAI) with no
    /// [AlgorithmCard] on itself, a base type, an enclosing type or the assembly. Reported once per type, at its
    /// first inference call in source order (file path, then position, so partial types are deterministic).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class MissingAlgorithmCardAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(RuleDescriptors.MissingAlgorithmCard);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            // Generated code is skipped: a generated client is not where a team describes its model, and a warning
            // there could not be fixed in the team's own source. A partial type's hand-written part is analysed.
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(static context =>
            {
                if (InferenceApis.Find(context.Compilation) is not { } apis || InferenceApis.HasCard(context.Compilation.Assembly))
                {
                    return;
                }

                // "Once per type, at the first call" needs every call of the type: the type's symbol-start action
                // collects them and its symbol-end action (per type, not per compilation) reports the earliest.
                context.RegisterSymbolStartAction(context => StartType(context, apis), SymbolKind.NamedType);
            });
        }

        private static void StartType(SymbolStartAnalysisContext context, InferenceApis apis)
        {
            var type = (INamedTypeSymbol)context.Symbol;
            if (type.TypeKind is not (TypeKind.Class or TypeKind.Struct) || InferenceApis.IsCovered(type) || apis.IsInferenceProvider(type))
            {
                return;
            }

            var first = new FirstCall();
            context.RegisterOperationAction(
                context =>
                {
                    var invocation = (IInvocationOperation)context.Operation;
                    if (apis.IsInference(invocation.TargetMethod)
                        && SymbolEqualityComparer.Default.Equals(InnermostType(context.ContainingSymbol), type))
                    {
                        first.Offer(invocation.Syntax.GetLocation());
                    }
                },
                OperationKind.Invocation);
            // Symbol-end (per type, not per compilation): the type is reported once, at its earliest inference call,
            // which is known only after every member in every partial declaration of the type has been analysed.
            context.RegisterSymbolEndAction(context =>
            {
                if (first.Location is { } location)
                {
                    context.ReportDiagnostic(Diagnostic.Create(RuleDescriptors.MissingAlgorithmCard, location, type.Name));
                }
            });
        }

        /// <summary>The named type a member (or a local function or lambda inside it) belongs to.</summary>
        private static INamedTypeSymbol? InnermostType(ISymbol? symbol)
        {
            for (var current = symbol; current is not null; current = current.ContainingSymbol)
            {
                if (current is INamedTypeSymbol named)
                {
                    return named;
                }
            }

            return null;
        }

        /// <summary>The earliest location offered so far, by file path then position; safe for concurrent callers.</summary>
        private sealed class FirstCall
        {
            private readonly object _gate = new();

            public Location? Location { get; private set; }

            public void Offer(Location location)
            {
                lock (_gate)
                {
                    if (Location is null || IsEarlier(location, Location))
                    {
                        Location = location;
                    }
                }
            }

            private static bool IsEarlier(Location candidate, Location current)
            {
                var byPath = string.CompareOrdinal(candidate.SourceTree?.FilePath, current.SourceTree?.FilePath);
                return byPath != 0 ? byPath < 0 : candidate.SourceSpan.Start < current.SourceSpan.Start;
            }
        }
    }
}
