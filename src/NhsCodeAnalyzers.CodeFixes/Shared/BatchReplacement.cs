using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;

namespace NhsCodeAnalyzers.CodeFixes.Shared
{
    /// <summary>
    /// Applies independent per-diagnostic replacements to one document in a single pass: the shared body of the
    /// fixes that rewrite a literal in place (NHS1003, NHS2003, NHS3003), for one diagnostic and for Fix All alike.
    /// A diagnostic whose replacement is null (not safe) is left as it is.
    /// </summary>
    internal static class BatchReplacement
    {
        public static async Task<Document> ReplaceNodesAsync(
            Document document,
            ImmutableArray<Diagnostic> diagnostics,
            Func<SyntaxNode, Diagnostic, (SyntaxNode Original, SyntaxNode New)?> replacementFor,
            CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root is null)
            {
                return document;
            }

            var replacements = new Dictionary<SyntaxNode, SyntaxNode>();
            foreach (var diagnostic in diagnostics)
            {
                if (replacementFor(root, diagnostic) is { } replacement)
                {
                    replacements[replacement.Original] = replacement.New;
                }
            }

            return replacements.Count == 0
                ? document
                : document.WithSyntaxRoot(root.ReplaceNodes(replacements.Keys, (original, _) => replacements[original]));
        }

        public static async Task<Document> ReplaceTokensAsync(
            Document document,
            ImmutableArray<Diagnostic> diagnostics,
            Func<SyntaxNode, Diagnostic, (SyntaxToken Original, SyntaxToken New)?> replacementFor,
            CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root is null)
            {
                return document;
            }

            var replacements = new Dictionary<SyntaxToken, SyntaxToken>();
            foreach (var diagnostic in diagnostics)
            {
                if (replacementFor(root, diagnostic) is { } replacement)
                {
                    replacements[replacement.Original] = replacement.New;
                }
            }

            return replacements.Count == 0
                ? document
                : document.WithSyntaxRoot(root.ReplaceTokens(replacements.Keys, (original, _) => replacements[original]));
        }
    }
}
