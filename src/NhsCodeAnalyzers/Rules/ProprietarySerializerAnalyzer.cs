using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using NhsCodeAnalyzers.Descriptors;
using NhsCodeAnalyzers.Shared;

namespace NhsCodeAnalyzers.Rules
{
    /// <summary>
    /// NHS3001: creating a proprietary formatter, or calling a member on one. A type that only appears in a
    /// declaration is not reported: the creation and the calls are where the data is written or read.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ProprietarySerializerAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(RuleDescriptors.ProprietarySerializer);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            // Generated code is skipped: serializers chosen by a generator are the generator's concern, and
            // reporting them would give users warnings they cannot fix in their own source.
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(static context =>
            {
                var formatters = TypeLookup.FindSet(context.Compilation, WellKnownTypeNames.ProprietaryFormatters);
                if (formatters.IsEmpty)
                {
                    return;
                }

                context.RegisterOperationAction(context => AnalyzeCreation(context, formatters), OperationKind.ObjectCreation);
                context.RegisterOperationAction(context => AnalyzeInvocation(context, formatters), OperationKind.Invocation);
            });
        }

        private static void AnalyzeCreation(OperationAnalysisContext context, ImmutableHashSet<INamedTypeSymbol> formatters)
        {
            var creation = (IObjectCreationOperation)context.Operation;
            if (TypeHierarchy.IsOrDerivesFromAny(creation.Type, formatters))
            {
                context.ReportDiagnostic(Diagnostic.Create(RuleDescriptors.ProprietarySerializer, creation.Syntax.GetLocation(), creation.Type!.Name));
            }
        }

        private static void AnalyzeInvocation(OperationAnalysisContext context, ImmutableHashSet<INamedTypeSymbol> formatters)
        {
            var invocation = (IInvocationOperation)context.Operation;
            var receiverType = invocation.Instance?.Type;
            if (TypeHierarchy.IsOrDerivesFromAny(receiverType, formatters))
            {
                context.ReportDiagnostic(Diagnostic.Create(RuleDescriptors.ProprietarySerializer, invocation.Syntax.GetLocation(), receiverType!.Name));
            }
        }
    }
}
