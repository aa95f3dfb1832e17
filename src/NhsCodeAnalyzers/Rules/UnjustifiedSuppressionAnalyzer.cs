using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using NhsCodeAnalyzers.Descriptors;
using NhsCodeAnalyzers.Rules.Suppressions;
using NhsCodeAnalyzers.Shared;

namespace NhsCodeAnalyzers.Rules
{
    /// <summary>
    /// NHS4004: a <c>[SuppressMessage]</c> (or <c>[UnconditionalSuppressMessage]</c>) of an NHS rule without a real
    /// <c>Justification</c>, at any level including <c>[assembly: ...]</c> in GlobalSuppressions.cs, and a
    /// <c>#pragma warning disable</c> of an NHS rule (or of every warning) without a comment on the same line.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class UnjustifiedSuppressionAnalyzer : DiagnosticAnalyzer
    {
        private const string AllWarnings = "all warnings";

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(RuleDescriptors.UnjustifiedSuppression);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            // Generated code is skipped: a generator's suppressions are not a team's decision, and a reason could
            // not be written where the generator would keep it.
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);

            // A #pragma is trivia with no semantic form: a syntax-tree action is the only way to see it. It costs
            // nothing on a tree without directives.
            context.RegisterSyntaxTreeAction(static context => AnalyzePragmas(context));

            context.RegisterCompilationStartAction(static context =>
            {
                var attributes = TypeLookup.FindSet(
                    context.Compilation,
                    ImmutableArray.Create(SuppressionReasons.SuppressMessageMetadataName, SuppressionReasons.UnconditionalSuppressMessageMetadataName));
                if (attributes.IsEmpty)
                {
                    return;
                }

                // Attributes are read from syntax (bound through the semantic model): Roslyn 4.8 has no attribute
                // operation, symbol actions miss attributes on local functions and lambdas, and an assembly-level
                // attribute could otherwise only be reported from a compilation-end action.
                context.RegisterSyntaxNodeAction(context => AnalyzeAttribute(context, attributes), SyntaxKind.Attribute);
            });
        }

        private static void AnalyzeAttribute(SyntaxNodeAnalysisContext context, ImmutableHashSet<INamedTypeSymbol> attributes)
        {
            var attribute = (AttributeSyntax)context.Node;
            var name = SimpleName(attribute.Name);
            if (!name.EndsWith("SuppressMessage", System.StringComparison.Ordinal) && !name.EndsWith("SuppressMessageAttribute", System.StringComparison.Ordinal))
            {
                return;
            }

            if (context.SemanticModel.GetSymbolInfo(attribute, context.CancellationToken).Symbol is not IMethodSymbol { ContainingType: { } type }
                || !attributes.Contains(type.OriginalDefinition)
                || attribute.ArgumentList is not { } arguments)
            {
                return;
            }

            var positional = arguments.Arguments.Where(a => a.NameEquals is null).ToList();
            var checkIdArgument = positional.FirstOrDefault(a => a.NameColon?.Name.Identifier.ValueText == "checkId")
                ?? (positional.Count > 1 && positional[1].NameColon is null ? positional[1] : null);
            if (checkIdArgument is null
                || context.SemanticModel.GetConstantValue(checkIdArgument.Expression, context.CancellationToken) is not { HasValue: true, Value: string checkId })
            {
                return;
            }

            var ruleId = SuppressionReasons.RuleIdOf(checkId);
            if (!SuppressionReasons.IsNhsRuleId(ruleId) || SuppressionReasons.IsThisRule(ruleId))
            {
                return;
            }

            var justification = arguments.Arguments.FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == "Justification");
            var reason = justification is null
                ? null
                : context.SemanticModel.GetConstantValue(justification.Expression, context.CancellationToken) is { HasValue: true, Value: string text } ? text : null;
            if (justification is not null && reason is null)
            {
                // A justification computed at run time cannot be read here; it was written on purpose.
                return;
            }

            if (!SuppressionReasons.GivesReason(reason))
            {
                context.ReportDiagnostic(Diagnostic.Create(RuleDescriptors.UnjustifiedSuppression, attribute.GetLocation(), ruleId));
            }
        }

        private static void AnalyzePragmas(SyntaxTreeAnalysisContext context)
        {
            var root = context.Tree.GetRoot(context.CancellationToken);
            if (!root.ContainsDirectives)
            {
                return;
            }

            for (var directive = root.GetFirstDirective(); directive is not null; directive = directive.GetNextDirective())
            {
                if (directive is not PragmaWarningDirectiveTriviaSyntax pragma || !pragma.DisableOrRestoreKeyword.IsKind(SyntaxKind.DisableKeyword))
                {
                    continue;
                }

                var suppressed = SuppressedNhsRules(pragma);
                if (suppressed is null || HasReasonComment(pragma))
                {
                    continue;
                }

                var end = pragma.ErrorCodes.Count > 0 ? pragma.ErrorCodes[pragma.ErrorCodes.Count - 1].Span.End : pragma.DisableOrRestoreKeyword.Span.End;
                var location = Location.Create(context.Tree, TextSpan.FromBounds(pragma.HashToken.SpanStart, end));
                context.ReportDiagnostic(Diagnostic.Create(RuleDescriptors.UnjustifiedSuppression, location, suppressed));
            }
        }

        /// <summary>The NHS rule ids the pragma disables as written, "all warnings" for a bare disable, or null for none.</summary>
        private static string? SuppressedNhsRules(PragmaWarningDirectiveTriviaSyntax pragma)
        {
            if (pragma.ErrorCodes.Count == 0)
            {
                return AllWarnings;
            }

            var ids = new List<string>();
            foreach (var code in pragma.ErrorCodes)
            {
                if (code is not IdentifierNameSyntax identifier || !SuppressionReasons.IsNhsRuleId(identifier.Identifier.ValueText))
                {
                    continue;
                }

                if (SuppressionReasons.IsThisRule(identifier.Identifier.ValueText))
                {
                    // Disabling NHS4004 itself turns this rule off from here on, deliberately; reporting the
                    // directive would leave a warning no pragma could ever silence.
                    return null;
                }

                ids.Add(identifier.Identifier.ValueText);
            }

            return ids.Count == 0 ? null : string.Join(", ", ids);
        }

        /// <summary>True when a comment on the directive's line (after the ids) gives a reason.</summary>
        private static bool HasReasonComment(PragmaWarningDirectiveTriviaSyntax pragma)
        {
            foreach (var trivia in pragma.DescendantTrivia())
            {
                // Only a single-line comment may follow a directive's ids (anything else is CS1696).
                if (trivia.IsKind(SyntaxKind.SingleLineCommentTrivia) && SuppressionReasons.GivesReason(trivia.ToString().TrimStart('/')))
                {
                    return true;
                }
            }

            return false;
        }

        private static string SimpleName(NameSyntax name) => name switch
        {
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            _ => string.Empty,
        };
    }
}
