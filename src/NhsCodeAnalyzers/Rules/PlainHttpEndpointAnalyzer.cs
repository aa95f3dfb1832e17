using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;
using NhsCodeAnalyzers.Descriptors;
using NhsCodeAnalyzers.Rules.PlainHttp;

namespace NhsCodeAnalyzers.Rules
{
    /// <summary>
    /// NHS2003: an <c>http://</c> literal that reaches a network endpoint: the request URI of an <c>HttpClient</c>
    /// call, <c>HttpRequestMessage</c>, <c>WebRequest.Create</c>, <c>WebClient</c>, a FHIR client's base URL, or a
    /// property or named argument called <c>*Url</c>, <c>*Uri</c>, <c>*Endpoint</c> or <c>*BaseAddress</c>
    /// (<see cref="HttpEndpointApis"/>). The analysis starts at those endpoints and follows the value back
    /// (<see cref="PlainHttpSources"/>), so a URL that is only compared, logged or used as an identifier is never
    /// reported. A <c>const</c> or <c>readonly</c> field is reported at its own literal, from the field's side
    /// (<see cref="FieldEndpointUses"/>). Each literal is reported once, however many endpoints it reaches.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class PlainHttpEndpointAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(RuleDescriptors.PlainHttpEndpoint);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            // Generated code is skipped: a generated client's default address comes from its specification or
            // configuration, which is where it must be changed; the code that sets the address at run time is analysed.
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(static context =>
            {
                // The *Url/*Uri/*Endpoint/*BaseAddress members are recognised by name and need no library, so the rule
                // always registers; HTTP and FHIR types that are absent simply never match.
                var apis = new HttpEndpointApis(context.Compilation);
                var fields = new FieldEndpointUses(context.Compilation, apis);

                // One literal can reach several endpoints, always within one operation block (a local's literal in its
                // method, a field's literal in its own initializer), so "report once" is remembered per block: a block
                // analysed again (the IDE's span requests, then the whole document) reports it again.
                context.RegisterOperationBlockStartAction(block =>
                {
                    var state = new BlockState(apis, fields);
                    block.RegisterOperationAction(context => AnalyzeArguments(context, state, ((IInvocationOperation)context.Operation).Arguments), OperationKind.Invocation);
                    block.RegisterOperationAction(context => AnalyzeArguments(context, state, ((IObjectCreationOperation)context.Operation).Arguments), OperationKind.ObjectCreation);
                    block.RegisterOperationAction(context => AnalyzeAssignment(context, state), OperationKind.SimpleAssignment, OperationKind.CoalesceAssignment);
                    block.RegisterOperationAction(context => AnalyzePropertyInitializer(context, state), OperationKind.PropertyInitializer);
                    block.RegisterOperationAction(context => AnalyzeFieldInitializer(context, state), OperationKind.FieldInitializer);
                });
            });
        }

        private static void AnalyzeArguments(OperationAnalysisContext context, BlockState state, ImmutableArray<IArgumentOperation> arguments)
        {
            foreach (var argument in arguments)
            {
                if (state.Apis.IsEndpointArgument(argument))
                {
                    Report(context, state, PlainHttpSources.Find(argument.Value, state.Apis));
                }
            }
        }

        private static void AnalyzeAssignment(OperationAnalysisContext context, BlockState state)
        {
            var assignment = (IAssignmentOperation)context.Operation;
            if (state.Apis.IsEndpointAssignment(assignment))
            {
                Report(context, state, PlainHttpSources.Find(assignment.Value, state.Apis));
            }
        }

        private static void AnalyzePropertyInitializer(OperationAnalysisContext context, BlockState state)
        {
            var initializer = (IPropertyInitializerOperation)context.Operation;
            if (state.Apis.IsEndpointInitializer(initializer))
            {
                Report(context, state, PlainHttpSources.Find(initializer.Value, state.Apis));
            }
        }

        private static void AnalyzeFieldInitializer(OperationAnalysisContext context, BlockState state)
        {
            var initializer = (IFieldInitializerOperation)context.Operation;
            foreach (var field in initializer.InitializedFields)
            {
                Report(context, state, state.Fields.LiteralsToReport(field, initializer.Value, context.CancellationToken));
            }
        }

        private static void Report(OperationAnalysisContext context, BlockState state, List<PlainHttpLiteral> literals)
        {
            foreach (var literal in literals)
            {
                if (state.FirstReport(literal.Location))
                {
                    context.ReportDiagnostic(Diagnostic.Create(RuleDescriptors.PlainHttpEndpoint, literal.Location, literal.Shown));
                }
            }
        }

        private sealed class BlockState
        {
            private readonly ConcurrentDictionary<(SyntaxTree? Tree, TextSpan Span), bool> _reported = new ConcurrentDictionary<(SyntaxTree? Tree, TextSpan Span), bool>();

            public BlockState(HttpEndpointApis apis, FieldEndpointUses fields)
            {
                Apis = apis;
                Fields = fields;
            }

            public HttpEndpointApis Apis { get; }

            public FieldEndpointUses Fields { get; }

            /// <summary>True the first time a literal is seen in this block: one literal that reaches several endpoints is reported once.</summary>
            public bool FirstReport(Location location) => _reported.TryAdd((location.SourceTree, location.SourceSpan), true);
        }
    }
}
