using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace NhsCodeAnalyzers.CodeFixes.Shared
{
    internal static class SyntaxRemoval
    {
        /// <summary>
        /// Removes a statement, member or declarator with its own line, but keeps any comment or directive
        /// written above it, moved onto the next token: a fix deletes code, never the team's notes.
        /// </summary>
        public static SyntaxNode RemoveKeepingComments(SyntaxNode root, SyntaxNode node)
        {
            var leading = node.GetLeadingTrivia();
            var lastNote = leading.LastOrDefault(t => !t.IsKind(SyntaxKind.WhitespaceTrivia) && !t.IsKind(SyntaxKind.EndOfLineTrivia));

            // Keep everything up to the end of the last note's line; drop the indentation of the removed line.
            var keepCount = lastNote == default ? 0 : leading.IndexOf(lastNote) + 1;
            while (keepCount > 0 && keepCount < leading.Count && !leading[keepCount - 1].IsKind(SyntaxKind.EndOfLineTrivia) && !lastNote.HasStructure)
            {
                keepCount++;
            }

            var kept = leading.Take(keepCount).ToList();
            var marker = new SyntaxAnnotation();
            root = root.ReplaceNode(node, node.WithAdditionalAnnotations(marker));
            var marked = root.GetAnnotatedNodes(marker).Single();
            var next = marked.GetLastToken().GetNextToken(includeZeroWidth: true);
            if (next != default)
            {
                var nextLeading = next.LeadingTrivia.AsEnumerable();
                if (kept.Count == 0 && marked.GetFirstToken().GetPreviousToken().IsKind(SyntaxKind.OpenBraceToken))
                {
                    // The removed line opened its block: the blank line that followed it now would too.
                    nextLeading = nextLeading.SkipWhile(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
                }

                root = root.ReplaceToken(next, next.WithLeadingTrivia(kept.Concat(nextLeading)));
            }

            marked = root.GetAnnotatedNodes(marker).Single();
            return root.RemoveNode(marked, SyntaxRemoveOptions.KeepNoTrivia) ?? root;
        }
    }
}
