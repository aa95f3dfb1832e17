using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using NhsCodeAnalyzers.Descriptors;
using NhsCodeAnalyzers.Rules.IdentifierInLog;
using NhsCodeAnalyzers.Shared;
using NhsCodeAnalyzers.Shared.Identifiers;

namespace NhsCodeAnalyzers.Rules
{
    /// <summary>
    /// NHS1002: a patient identifier (or a value that carries one) passed to a log, trace, console, telemetry or
    /// exception-message sink (<see cref="LogSinks"/>). Reported once per offending argument, on that argument.
    /// The diagnostic tells the code fix what it can remove (<see cref="FixProperty"/>).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class IdentifierInLogAnalyzer : DiagnosticAnalyzer
    {
        /// <summary>Diagnostic property: <see cref="FixTemplateHole"/>, <see cref="FixInterpolation"/>, or absent (no fix).</summary>
        public const string FixProperty = "NHS1002.Fix";

        /// <summary>Remove the argument and the template hole at <see cref="HoleProperty"/>; the template literal is the additional location.</summary>
        public const string FixTemplateHole = "TemplateHole";

        /// <summary>Remove the interpolations given as the additional locations.</summary>
        public const string FixInterpolation = "Interpolation";

        /// <summary>Index of the template hole (among the template's holes) that the argument fills.</summary>
        public const string HoleProperty = "NHS1002.Hole";

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(RuleDescriptors.IdentifierInLog);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            // Generated code is skipped: the logging source generator passes [LoggerMessage] parameters on to
            // LoggerMessage.Define delegates, and the place to report is the user's call, which chose the value.
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(static context =>
            {
                // Console and System.Exception are in every compilation with references, so there is always
                // something to watch; the per-call test below is a cached lookup on the called method's type.
                var sinks = LogSinks.Create(context.Compilation, context.Options.AnalyzerConfigOptionsProvider);
                if (sinks is null)
                {
                    return;
                }

                var search = new IdentifierExpressions(
                    new PatientIdentifiers(context.Options.AnalyzerConfigOptionsProvider),
                    new RedactionMethods(context.Options.AnalyzerConfigOptionsProvider));
                context.RegisterOperationAction(context => AnalyzeInvocation(context, sinks, search), OperationKind.Invocation);
                context.RegisterOperationAction(context => AnalyzeCreation(context, sinks, search), OperationKind.ObjectCreation);
            });
        }

        private static void AnalyzeInvocation(OperationAnalysisContext context, LogSinks sinks, IdentifierExpressions search)
        {
            var invocation = (IInvocationOperation)context.Operation;
            if (invocation.Arguments.IsEmpty || sinks.Find(invocation.TargetMethod, invocation.Instance, invocation.Syntax.SyntaxTree) is not { } sink)
            {
                return;
            }

            AnalyzeArguments(context, sink, sinks, search, invocation.Arguments, invocation.Syntax);
        }

        private static void AnalyzeCreation(OperationAnalysisContext context, LogSinks sinks, IdentifierExpressions search)
        {
            var creation = (IObjectCreationOperation)context.Operation;
            if (creation.Constructor is not { } constructor || creation.Arguments.IsEmpty)
            {
                return;
            }

            if (sinks.IsActivityEvent(constructor.ContainingType))
            {
                // new ActivityEvent(name, timestamp, tags): the tags are exported with the trace.
                AnalyzeArguments(context, new LogSink(SinkKind.ActivityTag, structured: true, canRemoveTemplateArguments: false), sinks, search, creation.Arguments, creation.Syntax);
                return;
            }

            if (HasMessageParameter(constructor) && sinks.IsException(constructor.ContainingType))
            {
                AnalyzeArguments(context, new LogSink(SinkKind.ExceptionMessage, structured: false, canRemoveTemplateArguments: false), sinks, search, creation.Arguments, creation.Syntax);
            }
        }

        private static bool HasMessageParameter(IMethodSymbol constructor)
        {
            foreach (var parameter in constructor.Parameters)
            {
                if (LogSinks.ExceptionMessageParameterNames.Contains(parameter.Name))
                {
                    return true;
                }
            }

            return false;
        }

        private static void AnalyzeArguments(OperationAnalysisContext context, LogSink sink, LogSinks sinks, IdentifierExpressions search, ImmutableArray<IArgumentOperation> arguments, SyntaxNode call)
        {
            var template = FindTemplate(arguments);
            var values = TemplateValues(arguments, template);
            var holes = template is null ? ImmutableArray<TemplateHole>.Empty : MessageTemplate.Parse((string)template.Value.ConstantValue.Value!);

            foreach (var argument in arguments)
            {
                if (argument.Parameter is not { } parameter ||
                    argument.ArgumentKind == ArgumentKind.DefaultValue ||
                    parameter.RefKind == RefKind.Out ||
                    (sink.Kind == SinkKind.ExceptionMessage && !LogSinks.ExceptionMessageParameterNames.Contains(parameter.Name)) ||
                    (sink.Kind == SinkKind.ActivityTag && call is BaseObjectCreationExpressionSyntax && parameter.Name != "tags") ||
                    (sink.ChecksDataClassification && sinks.IsDataClassified(parameter)))
                {
                    continue;
                }

                foreach (var value in Expand(argument))
                {
                    var position = values.IndexOf(value);
                    var hole = position >= 0 && position < holes.Length ? holes[position] : (TemplateHole?)null;
                    var destructured = (hole?.Destructures == true && sink.Structured) || DestructuresObjects(arguments, parameter);
                    var found = search.Find(value, destructured, collections: sink.Structured);
                    if (found.IsEmpty)
                    {
                        continue;
                    }

                    var (properties, locations) = FixFor(sink, template, holes, values, position, found, call);
                    context.ReportDiagnostic(Diagnostic.Create(
                        RuleDescriptors.IdentifierInLog,
                        value.Syntax.GetLocation(),
                        locations,
                        properties,
                        found[0].Display,
                        sink.Description));
                }
            }
        }

        /// <summary>The template argument: a constant string passed to a <c>message</c>/<c>messageTemplate</c>/<c>format</c> parameter.</summary>
        private static IArgumentOperation? FindTemplate(ImmutableArray<IArgumentOperation> arguments)
            => arguments.FirstOrDefault(a =>
                a.Parameter is { Type.SpecialType: SpecialType.System_String } parameter &&
                LogSinks.TemplateParameterNames.Contains(parameter.Name) &&
                a.Value.ConstantValue is { HasValue: true, Value: string });

        /// <summary>The values after the template, in order: the ones its holes name by position.</summary>
        private static ImmutableArray<IOperation> TemplateValues(ImmutableArray<IArgumentOperation> arguments, IArgumentOperation? template)
        {
            if (template?.Parameter is not { } templateParameter)
            {
                return ImmutableArray<IOperation>.Empty;
            }

            return arguments
                .Where(a => a.Parameter is { } p && p.Ordinal > templateParameter.Ordinal && a.ArgumentKind != ArgumentKind.DefaultValue && !IsException(a.Parameter.Type))
                .SelectMany(Expand)
                .ToImmutableArray();
        }

        private static bool IsException(ITypeSymbol type)
        {
            for (var current = type; current is not null; current = current.BaseType)
            {
                if (current.Name == "Exception" && current.ContainingNamespace?.Name == "System")
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>An argument's values: the elements of a <c>params</c> array (expanded or written out), or the argument itself.</summary>
        private static IEnumerable<IOperation> Expand(IArgumentOperation argument)
            => argument.Parameter is { IsParams: true } && argument.Value.WithoutConversions() is IArrayCreationOperation { Initializer: { } initializer }
                ? initializer.ElementValues
                : new[] { argument.Value };

        /// <summary>Serilog's <c>ForContext(name, value, destructureObjects: true)</c> and <c>LogContext.PushProperty(name, value, true)</c>.</summary>
        private static bool DestructuresObjects(ImmutableArray<IArgumentOperation> arguments, IParameterSymbol parameter)
            => parameter.Name == "value" &&
               arguments.Any(a => a.Parameter?.Name == "destructureObjects" && a.Value.ConstantValue is { HasValue: true, Value: true });

        private static (ImmutableDictionary<string, string?> Properties, IEnumerable<Location> Locations) FixFor(
            LogSink sink, IArgumentOperation? template, ImmutableArray<TemplateHole> holes, ImmutableArray<IOperation> values, int position, ImmutableArray<IdentifierOccurrence> found, SyntaxNode call)
        {
            if (position >= 0 && CanRemoveHole(sink, template, holes, values, call))
            {
                var properties = ImmutableDictionary<string, string?>.Empty
                    .Add(FixProperty, FixTemplateHole)
                    .Add(HoleProperty, position.ToString(CultureInfo.InvariantCulture));
                return (properties, new[] { template!.Value.Syntax.GetLocation() });
            }

            if (found.All(f => f.Hole is not null))
            {
                var holesToRemove = found.Select(f => f.Hole!).Distinct().Select(h => h.GetLocation()).ToList();
                return (ImmutableDictionary<string, string?>.Empty.Add(FixProperty, FixInterpolation), holesToRemove);
            }

            return (ImmutableDictionary<string, string?>.Empty, Enumerable.Empty<Location>());
        }

        /// <summary>
        /// The hole and its argument can go together when the library has the overload with one argument fewer, the
        /// template is a plain string literal, every hole has exactly one argument by position, and the arguments are
        /// written out positionally (no explicit array, no named arguments, no explicit type arguments).
        /// </summary>
        private static bool CanRemoveHole(LogSink sink, IArgumentOperation? template, ImmutableArray<TemplateHole> holes, ImmutableArray<IOperation> values, SyntaxNode call)
        {
            if (!sink.CanRemoveTemplateArguments || template is null || holes.Length != values.Length || holes.Any(h => h.IsNumeric))
            {
                return false;
            }

            if (template.Value.Syntax is not LiteralExpressionSyntax { Token.RawKind: (int)SyntaxKind.StringLiteralToken } ||
                call is not InvocationExpressionSyntax invocation ||
                invocation.Expression is GenericNameSyntax or MemberAccessExpressionSyntax { Name: GenericNameSyntax })
            {
                return false;
            }

            return values.All(v => v.Syntax.Parent is ArgumentSyntax { NameColon: null } argument && argument.Parent == invocation.ArgumentList);
        }
    }
}
