using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using NhsCodeAnalyzers.CodeFixes.Shared;
using NhsCodeAnalyzers.Descriptors;
using NhsCodeAnalyzers.Rules;

namespace NhsCodeAnalyzers.CodeFixes.Rules
{
    /// <summary>
    /// NHS3003: replaces the reported literal's text with the canonical URI the analyzer found, keeping the literal's
    /// form (regular, verbatim <c>@"..."</c> or raw <c>"""..."""</c>) and its trivia. For a constant the diagnostic
    /// is already on the constant's own literal, so every use is corrected at once.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(NonCanonicalSystemUriCodeFix)), Shared]
    public sealed class NonCanonicalSystemUriCodeFix : CodeFixProvider
    {
        internal const string EquivalenceKey = RuleIds.NonCanonicalSystemUri + ".UseCanonicalUri";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.NonCanonicalSystemUri);

        // Each edit replaces one literal; literals never overlap, so a document's fixes are applied in one pass.
        public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(
            static async (context, document, diagnostics) => await FixAsync(document, diagnostics, context.CancellationToken).ConfigureAwait(false));

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null)
            {
                return;
            }

            foreach (var diagnostic in context.Diagnostics)
            {
                if (Replacement(root, diagnostic) is { } replacement)
                {
                    context.RegisterCodeFix(
                        CodeAction.Create(
                            $"Use the canonical system '{replacement.Canonical}'",
                            cancellationToken => FixAsync(context.Document, ImmutableArray.Create(diagnostic), cancellationToken),
                            EquivalenceKey),
                        diagnostic);
                }
            }
        }

        private static Task<Document> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
            => BatchReplacement.ReplaceNodesAsync(
                document,
                diagnostics,
                static (root, diagnostic) => Replacement(root, diagnostic) is { } replacement ? (replacement.Original, replacement.New) : null,
                cancellationToken);

        /// <summary>The string literal to replace, its replacement and the canonical URI, or null where the edit is not safe.</summary>
        private static (SyntaxNode Original, SyntaxNode New, string Canonical)? Replacement(SyntaxNode root, Diagnostic diagnostic)
        {
            var span = diagnostic.Location.SourceSpan;
            if (!diagnostic.Properties.TryGetValue(NonCanonicalSystemUriAnalyzer.CanonicalProperty, out var canonical)
                || canonical is null
                || !root.FullSpan.Contains(span)
                || root.FindNode(span, getInnermostNodeForTie: true) is not LiteralExpressionSyntax literal
                || !literal.IsKind(SyntaxKind.StringLiteralExpression)
                || literal.Span != span)
            {
                return null;
            }

            var written = literal.Token.Text;
            var text = written.StartsWith("@", System.StringComparison.Ordinal) ? "@\"" + canonical + "\""
                : written.StartsWith("\"\"\"", System.StringComparison.Ordinal) ? "\"\"\"" + canonical + "\"\"\""
                : "\"" + canonical + "\"";
            if (SyntaxFactory.ParseExpression(text) is not LiteralExpressionSyntax parsed
                || parsed.ContainsDiagnostics || parsed.FullSpan.Length != text.Length || parsed.Token.ValueText != canonical)
            {
                return null;
            }

            return (literal, parsed.WithTriviaFrom(literal), canonical);
        }
    }
}
