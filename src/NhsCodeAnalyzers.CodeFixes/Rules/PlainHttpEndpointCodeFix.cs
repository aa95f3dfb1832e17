using System;
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

namespace NhsCodeAnalyzers.CodeFixes.Rules
{
    /// <summary>
    /// NHS2003: changes the scheme of the reported literal from <c>http://</c> to <c>https://</c>, keeping everything
    /// else as written: regular, verbatim or raw quotes, the rest of the URL, and the first text of an interpolated
    /// string. For a constant the diagnostic is already on the constant's own literal, so that is what changes. The
    /// fix is offered only when the edited literal parses to the same text with <c>https://</c>, which rules out
    /// a scheme written with escape sequences.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PlainHttpEndpointCodeFix)), Shared]
    public sealed class PlainHttpEndpointCodeFix : CodeFixProvider
    {
        internal const string Title = "Change http:// to https://";
        internal const string EquivalenceKey = RuleIds.PlainHttpEndpoint + ".UseHttps";

        private const string Scheme = "http://";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.PlainHttpEndpoint);

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
                if (Replacement(root, diagnostic) is not null)
                {
                    context.RegisterCodeFix(
                        CodeAction.Create(Title, cancellationToken => FixAsync(context.Document, ImmutableArray.Create(diagnostic), cancellationToken), EquivalenceKey),
                        diagnostic);
                }
            }
        }

        private static Task<Document> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
            => BatchReplacement.ReplaceNodesAsync(document, diagnostics, static (root, diagnostic) => Replacement(root, diagnostic), cancellationToken);

        /// <summary>The literal (or interpolated string) to replace and its replacement, or null where the edit is not safe.</summary>
        private static (SyntaxNode Original, SyntaxNode New)? Replacement(SyntaxNode root, Diagnostic diagnostic)
        {
            var span = diagnostic.Location.SourceSpan;
            if (!root.FullSpan.Contains(span))
            {
                return null;
            }

            switch (root.FindNode(span, getInnermostNodeForTie: true))
            {
                case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression) && literal.Span == span:
                {
                    var expected = Secure(literal.Token.ValueText);
                    var text = Secure(literal.Token.Text, anywhere: true);
                    if (expected is null || text is null
                        || SyntaxFactory.ParseExpression(text) is not LiteralExpressionSyntax parsed
                        || parsed.ContainsDiagnostics || parsed.FullSpan.Length != text.Length || parsed.Token.ValueText != expected)
                    {
                        return null;
                    }

                    return (literal, parsed.WithTriviaFrom(literal));
                }

                case InterpolatedStringTextSyntax part when part.Span == span && part.Parent is InterpolatedStringExpressionSyntax interpolated && interpolated.Contents[0] == part:
                {
                    var expected = Secure(part.TextToken.ValueText);
                    var partText = Secure(part.TextToken.Text, anywhere: true);
                    if (expected is null || partText is null)
                    {
                        return null;
                    }

                    var whole = interpolated.ToString();
                    var offset = part.SpanStart - interpolated.SpanStart;
                    var text = whole.Substring(0, offset) + partText + whole.Substring(offset + part.Span.Length);
                    if (SyntaxFactory.ParseExpression(text) is not InterpolatedStringExpressionSyntax parsed
                        || parsed.ContainsDiagnostics || parsed.FullSpan.Length != text.Length
                        || parsed.Contents.Count == 0 || parsed.Contents[0] is not InterpolatedStringTextSyntax first || first.TextToken.ValueText != expected)
                    {
                        return null;
                    }

                    return (interpolated, parsed.WithTriviaFrom(interpolated));
                }

                default:
                    return null;
            }
        }

        /// <summary>
        /// The text with its first <c>http://</c> (at the start, or <paramref name="anywhere"/>, for a token's text
        /// behind its quotes) turned into <c>https://</c>, in the same case; null when there is none.
        /// </summary>
        private static string? Secure(string text, bool anywhere = false)
        {
            var index = text.IndexOf(Scheme, StringComparison.OrdinalIgnoreCase);
            if (index < 0 || (index > 0 && !anywhere))
            {
                return null;
            }

            var s = char.IsUpper(text[index + 3]) ? "S" : "s";
            return text.Substring(0, index + 4) + s + text.Substring(index + 4);
        }
    }
}
