using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using NhsCodeAnalyzers.CodeFixes.Shared;
using NhsCodeAnalyzers.Descriptors;
using NhsCodeAnalyzers.Rules;
using NhsCodeAnalyzers.Shared;

namespace NhsCodeAnalyzers.CodeFixes.Rules
{
    /// <summary>
    /// NHS1003: replaces the literal with a valid synthetic number from the never-issued 999 range, derived from the
    /// original digits (so the same input always gives the same number), written the same way: a string keeps its
    /// quotes, verbatim or raw form and its spaces or dashes; a number keeps its digit separators and suffix.
    /// The analyzer decides where this is safe (the result is not flagged itself; a number still fits its type) and
    /// passes the replacement digits; without them no fix is offered.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RealLookingNhsNumberCodeFix)), Shared]
    public sealed class RealLookingNhsNumberCodeFix : CodeFixProvider
    {
        internal const string TitlePrefix = "Replace with synthetic NHS number ";
        internal const string EquivalenceKey = RuleIds.RealLookingNhsNumber + ".ReplaceWithSynthetic";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.RealLookingNhsNumber);

        // Each edit replaces one literal token; edits never overlap, so a document's fixes are applied in one pass.
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
                if (Replacement(root, diagnostic) is not { } replacement)
                {
                    continue;
                }

                context.RegisterCodeFix(
                    CodeAction.Create(TitlePrefix + replacement.Shown, cancellationToken => FixAsync(context.Document, ImmutableArray.Create(diagnostic), cancellationToken), EquivalenceKey),
                    diagnostic);
            }
        }

        private static Task<Document> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
            => BatchReplacement.ReplaceTokensAsync(
                document,
                diagnostics,
                static (root, diagnostic) => Replacement(root, diagnostic) is { } replacement ? (replacement.Original, replacement.New) : null,
                cancellationToken);

        private static (SyntaxToken Original, SyntaxToken New, string Shown)? Replacement(SyntaxNode root, Diagnostic diagnostic)
        {
            if (!diagnostic.Properties.TryGetValue(RealLookingNhsNumberAnalyzer.SyntheticDigitsProperty, out var synthetic) || synthetic is null)
            {
                return null;
            }

            var token = root.FindToken(diagnostic.Location.SourceSpan.Start);
            if (token.Span != diagnostic.Location.SourceSpan)
            {
                return null;
            }

            string? newText;
            string shown;
            if (token.IsKind(SyntaxKind.NumericLiteralToken))
            {
                newText = ReplaceLastTenDigits(token.Text, synthetic);
                shown = newText ?? string.Empty;
            }
            else if (token.Value is string value && NhsNumbers.TryParse(value, out _, out var grouping))
            {
                shown = NhsNumbers.Format(synthetic, grouping);
                newText = ReplaceOnce(token.Text, value, shown) ?? SyntaxFactory.Literal(shown).Text;
            }
            else
            {
                return null;
            }

            if (newText is null)
            {
                return null;
            }

            var newToken = SyntaxFactory.ParseToken(newText);
            if (newToken.RawKind != token.RawKind || newToken.Span.Length != newText.Length || newToken.ContainsDiagnostics)
            {
                return null;
            }

            return (token, newToken.WithTriviaFrom(token), shown);
        }

        /// <summary>Writes the new digits over the last ten digits of a numeric literal, keeping separators and suffix.</summary>
        private static string? ReplaceLastTenDigits(string text, string digits)
        {
            var characters = text.ToCharArray();
            var next = digits.Length - 1;
            for (var i = characters.Length - 1; i >= 0 && next >= 0; i--)
            {
                if (characters[i] >= '0' && characters[i] <= '9')
                {
                    characters[i] = digits[next--];
                }
            }

            return next < 0 ? new string(characters) : null;
        }

        /// <summary>The literal's text with its value swapped, when the value is written there once without escapes.</summary>
        private static string? ReplaceOnce(string text, string oldValue, string newValue)
        {
            var index = text.IndexOf(oldValue, System.StringComparison.Ordinal);
            if (index < 0 || text.IndexOf(oldValue, index + 1, System.StringComparison.Ordinal) >= 0)
            {
                return null;
            }

            return text.Substring(0, index) + newValue + text.Substring(index + oldValue.Length);
        }
    }
}
