using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
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
    /// property or named argument called <c>*Url</c>, <c>*Uri</c>, <c>*Endpoint</c> or <c>*BaseAddress</c>. The analysis
    /// starts at those endpoints and follows the value back (<see cref="PlainHttpSources"/>), so a URL that is only
    /// compared, logged or used as an identifier is never reported. Each literal is reported once, where it is
    /// written, even when it flows into several endpoints.
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
                // always registers; the HTTP and FHIR types that are absent simply never match.
                var state = new CompilationState(new HttpEndpointApis(context.Compilation));
                context.RegisterOperationAction(context => AnalyzeInvocation(context, state), OperationKind.Invocation);
                context.RegisterOperationAction(context => AnalyzeCreation(context, state), OperationKind.ObjectCreation);
                context.RegisterOperationAction(context => AnalyzeAssignment(context, state), OperationKind.SimpleAssignment, OperationKind.CoalesceAssignment);
                context.RegisterOperationAction(context => AnalyzePropertyInitializer(context, state), OperationKind.PropertyInitializer);
            });
        }

        private static void AnalyzeInvocation(OperationAnalysisContext context, CompilationState state)
        {
            var invocation = (IInvocationOperation)context.Operation;
            AnalyzeArguments(context, state, invocation.TargetMethod, invocation.Arguments);
        }

        private static void AnalyzeCreation(OperationAnalysisContext context, CompilationState state)
        {
            var creation = (IObjectCreationOperation)context.Operation;
            if (creation.Constructor is { } constructor)
            {
                AnalyzeArguments(context, state, constructor, creation.Arguments);
            }
        }

        private static void AnalyzeArguments(OperationAnalysisContext context, CompilationState state, IMethodSymbol method, ImmutableArray<IArgumentOperation> arguments)
        {
            foreach (var argument in arguments)
            {
                if (argument.ArgumentKind != ArgumentKind.Explicit || argument.Parameter is not { } parameter)
                {
                    continue;
                }

                var named = argument.Syntax is ArgumentSyntax { NameColon: not null } or AttributeArgumentSyntax { NameColon: not null };
                if ((state.Apis.IsRequestAddressParameter(method, parameter) || (named && state.Apis.IsAddressParameter(method, parameter)))
                    && !IsInAttribute(argument))
                {
                    Report(context, state, argument.Value);
                }
            }
        }

        private static void AnalyzeAssignment(OperationAnalysisContext context, CompilationState state)
        {
            var assignment = (IAssignmentOperation)context.Operation;
            if (assignment.Target is IPropertyReferenceOperation { Property: { } property } && state.Apis.IsAddressProperty(property) && !IsInAttribute(assignment))
            {
                Report(context, state, assignment.Value);
            }
        }

        private static void AnalyzePropertyInitializer(OperationAnalysisContext context, CompilationState state)
        {
            var initializer = (IPropertyInitializerOperation)context.Operation;
            foreach (var property in initializer.InitializedProperties)
            {
                if (state.Apis.IsAddressProperty(property))
                {
                    Report(context, state, initializer.Value);
                    return;
                }
            }
        }

        private static void Report(OperationAnalysisContext context, CompilationState state, IOperation value)
        {
            foreach (var literal in PlainHttpSources.Find(value, state.Apis))
            {
                if (state.FirstReport(literal.Location))
                {
                    context.ReportDiagnostic(Diagnostic.Create(RuleDescriptors.PlainHttpEndpoint, literal.Location, literal.Shown));
                }
            }
        }

        /// <summary>
        /// Attribute arguments describe (a datasheet link, a documentation URL); they send nothing, so they are
        /// left alone.
        /// </summary>
        private static bool IsInAttribute(IOperation operation)
        {
            for (var current = operation.Parent; current is not null; current = current.Parent)
            {
                if (current is IAttributeOperation)
                {
                    return true;
                }
            }

            return operation.Syntax.FirstAncestorOrSelf<AttributeSyntax>() is not null;
        }

        private sealed class CompilationState
        {
            private readonly ConcurrentDictionary<(SyntaxTree? Tree, TextSpan Span), bool> _reported = new ConcurrentDictionary<(SyntaxTree? Tree, TextSpan Span), bool>();

            public CompilationState(HttpEndpointApis apis) => Apis = apis;

            public HttpEndpointApis Apis { get; }

            /// <summary>True the first time a literal is seen: one literal flowing to several endpoints is reported once.</summary>
            public bool FirstReport(Location location) => _reported.TryAdd((location.SourceTree, location.SourceSpan), true);
        }
    }
}
