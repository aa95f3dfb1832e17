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
            if (lastNote == default)
            {
                return root.RemoveNode(node, SyntaxRemoveOptions.KeepNoTrivia) ?? root;
            }

            // Keep everything up to the end of the last note's line; drop the indentation of the removed line.
            var keepCount = leading.IndexOf(lastNote) + 1;
            while (keepCount < leading.Count && !leading[keepCount - 1].IsKind(SyntaxKind.EndOfLineTrivia) && !lastNote.HasStructure)
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
                root = root.ReplaceToken(next, next.WithLeadingTrivia(kept.Concat(next.LeadingTrivia)));
            }

            marked = root.GetAnnotatedNodes(marker).Single();
            return root.RemoveNode(marked, SyntaxRemoveOptions.KeepNoTrivia) ?? root;
        }
    }
}
