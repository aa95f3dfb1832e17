using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using NhsCodeAnalyzers.Descriptors;
using NhsCodeAnalyzers.Shared;
using NhsCodeAnalyzers.Shared.Identifiers;

namespace NhsCodeAnalyzers.Rules
{
    /// <summary>
    /// NHS1004: a field, property, record positional parameter or parameter that holds an NHS, CHI or H&amp;C
    /// number in an integral or floating type (or an array or collection of one). Reported once, on the
    /// declaration that chose the type: not on overrides or interface implementations, not again on a record's
    /// generated property. Locals are not reported: the member or parameter they come from is.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class PatientNumberInNumericTypeAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(RuleDescriptors.PatientNumberInNumericType);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            // Generated code is skipped: a generator writes the type its input (an OpenAPI schema, a database
            // column) asks for, so the fix belongs in that input, and a warning on the output cannot be fixed.
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(static context =>
            {
                var identifiers = new PatientIdentifiers(context.Options.AnalyzerConfigOptionsProvider);
                context.RegisterSymbolAction(context => AnalyzeFieldOrProperty(context, identifiers), SymbolKind.Field, SymbolKind.Property);
                context.RegisterSymbolAction(context => AnalyzeMethod(context, identifiers), SymbolKind.Method);
                context.RegisterSymbolAction(context => AnalyzeDelegate(context, identifiers), SymbolKind.NamedType);

                // Local functions and lambdas are not delivered to symbol actions: their parameters come from here.
                context.RegisterOperationAction(context => AnalyzeParameters(context, ((ILocalFunctionOperation)context.Operation).Symbol.Parameters, identifiers, explicitTypesOnly: false), OperationKind.LocalFunction);
                context.RegisterOperationAction(context => AnalyzeParameters(context, ((IAnonymousFunctionOperation)context.Operation).Symbol.Parameters, identifiers, explicitTypesOnly: true), OperationKind.AnonymousFunction);
            });
        }

        private static void AnalyzeFieldOrProperty(SymbolAnalysisContext context, PatientIdentifiers identifiers)
        {
            var symbol = context.Symbol;
            if (PartialMembers.IsPartialImplementation(symbol))
            {
                return; // the defining declaration of a partial property is reported
            }

            if (symbol is IPropertySymbol { IsIndexer: true } indexer)
            {
                var tree = FirstTree(indexer);
                if (indexer.Parameters.Any(p => identifiers.MayBeIdentifierName(p.Name, tree)) && !PatientNumberTypes.IsOverrideOrImplementation(indexer))
                {
                    foreach (var parameter in indexer.Parameters)
                    {
                        Report(context.ReportDiagnostic, parameter, identifiers);
                    }
                }

                return;
            }

            if (symbol.IsImplicitlyDeclared || !identifiers.MayBeIdentifierName(symbol.Name, FirstTree(symbol)))
            {
                return;
            }

            // A record's positional property is reported on its parameter, with the constructor.
            if (symbol is IPropertySymbol property && PatientIdentifiers.RecordParameterOf(property) is not null)
            {
                return;
            }

            Report(context.ReportDiagnostic, symbol, identifiers);
        }

        private static void AnalyzeMethod(SymbolAnalysisContext context, PatientIdentifiers identifiers)
        {
            var method = (IMethodSymbol)context.Symbol;
            switch (method.MethodKind)
            {
                case MethodKind.Ordinary:
                case MethodKind.Constructor:
                case MethodKind.UserDefinedOperator:
                case MethodKind.Conversion:
                    break;
                default:
                    return; // accessors (their parameters are the property's), delegate members, interface implementations
            }

            if (method.IsImplicitlyDeclared || method.PartialDefinitionPart is not null)
            {
                return;
            }

            var tree = FirstTree(method);
            if (!method.Parameters.Any(p => identifiers.MayBeIdentifierName(p.Name, tree)))
            {
                return;
            }

            if (PatientNumberTypes.IsOverrideOrImplementation(method))
            {
                return;
            }

            foreach (var parameter in method.Parameters)
            {
                Report(context.ReportDiagnostic, parameter, identifiers);
            }
        }

        private static void AnalyzeDelegate(SymbolAnalysisContext context, PatientIdentifiers identifiers)
        {
            if (context.Symbol is INamedTypeSymbol { TypeKind: TypeKind.Delegate, DelegateInvokeMethod: { } invoke })
            {
                foreach (var parameter in invoke.Parameters)
                {
                    Report(context.ReportDiagnostic, parameter, identifiers);
                }
            }
        }

        private static void AnalyzeParameters(OperationAnalysisContext context, ImmutableArray<IParameterSymbol> parameters, PatientIdentifiers identifiers, bool explicitTypesOnly)
        {
            foreach (var parameter in parameters)
            {
                // An implicitly typed lambda parameter (x => ...) takes the delegate's type: that is where it is chosen.
                if (explicitTypesOnly && !HasWrittenType(parameter))
                {
                    continue;
                }

                Report(context.ReportDiagnostic, parameter, identifiers);
            }
        }

        private static void Report(System.Action<Diagnostic> report, ISymbol symbol, PatientIdentifiers identifiers)
        {
            var location = symbol.Locations.FirstOrDefault(l => l.IsInSource);
            if (location is null || !identifiers.MayBeIdentifierName(symbol.Name, location.SourceTree))
            {
                return;
            }

            var type = symbol switch
            {
                IFieldSymbol field => field.Type,
                IPropertySymbol property => property.Type,
                IParameterSymbol parameter => parameter.Type,
                _ => null,
            };
            var shape = PatientNumberTypes.ShapeOf(type);
            if (shape == NumericShape.None)
            {
                return;
            }

            var kind = PatientNumberTypes.NationalKind(symbol, shape, identifiers);
            if (kind == IdentifierKind.None)
            {
                return;
            }

            if (symbol is IPropertySymbol && PatientNumberTypes.IsOverrideOrImplementation(symbol))
            {
                return;
            }

            report(Diagnostic.Create(RuleDescriptors.PatientNumberInNumericType, location, PatientNumberTypes.DisplayName(symbol), PatientNumberTypes.Describe(kind)));
        }

        private static bool HasWrittenType(IParameterSymbol parameter)
            => parameter.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is ParameterSyntax { Type: not null };

        private static SyntaxTree? FirstTree(ISymbol symbol) => symbol.Locations.FirstOrDefault(l => l.IsInSource)?.SourceTree;
    }
}
