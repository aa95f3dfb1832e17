using System.Collections.Concurrent;
using System.Collections.Immutable;
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
    /// NHS2006: a value written in source (<see cref="LocalDataFlow.IsHardCoded(IOperation)"/>) used as the key of a keyed
    /// hash (<see cref="HashingCalls.KeyArgument(IInvocationOperation)"/>, an <c>HMAC*</c> constructor, <c>Key = ...</c>),
    /// or as the only secret concatenated with a patient identifier before an unkeyed hash. Reported where the value
    /// is used: the key argument or assigned value, or the salt operand.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class HardCodedKeyAnalyzer : DiagnosticAnalyzer
    {
        /// <summary>Inline text at least this long, without spaces, mixed into a hashed identifier is a salt; shorter is a separator or prefix.</summary>
        public const int MinimumInlineSaltLength = 8;

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(RuleDescriptors.HardCodedKey);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            // Generated code is skipped: a key in generated code came from the generator's input, which is where it
            // must be removed, and a team cannot act on a warning in a file it does not write.
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(static context =>
            {
                var calls = HashingCalls.Create(context.Compilation);
                if (calls is null)
                {
                    return;
                }

                var options = context.Options.AnalyzerConfigOptionsProvider;
                var flow = new LocalDataFlow(context.Compilation, new IdentifierExpressions(new PatientIdentifiers(options), new RedactionMethods(options)));

                context.RegisterOperationAction(context => AnalyzeCreation(context, calls, flow), OperationKind.ObjectCreation);
                context.RegisterOperationAction(context => AnalyzeAssignment(context, calls, flow), OperationKind.SimpleAssignment);

                // One salt can reach several hashes through a local of the same method; it is reported once per
                // operation block, so a block analysed again (the IDE's span requests) reports it again.
                context.RegisterOperationBlockStartAction(block =>
                {
                    var reportedSalts = new ConcurrentDictionary<Location, bool>();
                    block.RegisterOperationAction(context => AnalyzeInvocation(context, calls, flow, reportedSalts), OperationKind.Invocation);
                });
            });
        }

        private static void AnalyzeInvocation(OperationAnalysisContext context, HashingCalls calls, LocalDataFlow flow, ConcurrentDictionary<Location, bool> reportedSalts)
        {
            var invocation = (IInvocationOperation)context.Operation;
            if (!calls.IsWatched(invocation.TargetMethod.ContainingType))
            {
                return;
            }

            if (calls.KeyArgument(invocation) is { } key)
            {
                ReportIfHardCoded(context, key, flow);
                return;
            }

            if (calls.FindUnkeyed(invocation) is not { } hash || flow.FindIdentifier(hash.Data) is not { CombinedWithSecret: false } source)
            {
                return;
            }

            foreach (var part in source.HardCodedParts)
            {
                var location = part.Syntax.GetLocation();
                if (IsSalt(part) && reportedSalts.TryAdd(location, true))
                {
                    context.ReportDiagnostic(Diagnostic.Create(RuleDescriptors.HardCodedKey, location, Display(part.Syntax)));
                }
            }
        }

        private static void AnalyzeCreation(OperationAnalysisContext context, HashingCalls calls, LocalDataFlow flow)
        {
            if (calls.KeyArgument((IObjectCreationOperation)context.Operation) is { } key)
            {
                ReportIfHardCoded(context, key, flow);
            }
        }

        private static void AnalyzeAssignment(OperationAnalysisContext context, HashingCalls calls, LocalDataFlow flow)
        {
            var assignment = (ISimpleAssignmentOperation)context.Operation;
            if (assignment.Target is IPropertyReferenceOperation { Property: var property } && calls.IsKeyProperty(property))
            {
                ReportIfHardCoded(context, assignment.Value, flow);
            }
        }

        private static void ReportIfHardCoded(OperationAnalysisContext context, IOperation key, LocalDataFlow flow)
        {
            if (flow.IsHardCoded(key))
            {
                var syntax = key.WithoutConversions().Syntax;
                context.ReportDiagnostic(Diagnostic.Create(RuleDescriptors.HardCodedKey, syntax.GetLocation(), Display(syntax)));
            }
        }

        /// <summary>
        /// A hard-coded part of hashed text is a salt when its name says so (<c>Salt</c>, <c>Pepper</c>, <c>SecretKey</c>), or,
        /// written inline, when it is long text without spaces; <c>"nhs:"</c> or <c>"|"</c> is a prefix or separator.
        /// </summary>
        private static bool IsSalt(IOperation part)
        {
            var value = part.WithoutConversions();
            if (value.ReferencedSymbol() is { } symbol)
            {
                return LocalDataFlow.IsNamedLikeASecret(symbol.Name);
            }

            return value is ILiteralOperation { ConstantValue: { HasValue: true, Value: string text } }
                && text.Length >= MinimumInlineSaltLength
                && text.IndexOf(' ') < 0;
        }

        private static string Display(SyntaxNode syntax)
            => syntax is InterpolatedStringTextSyntax text ? text.TextToken.ValueText : syntax.ToString();
    }
}
