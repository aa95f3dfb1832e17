using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
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
    /// NHS2004: removes the assignment of the accept-all callback, so the platform's certificate validation applies
    /// again. A statement is removed with its line (comments above it stay); an object-initializer member is
    /// removed with its comma, and an initializer left empty goes too (<c>new HttpClientHandler()</c>). Offered only
    /// where removal leaves valid code: the assignment is a statement of a block, switch section or a program with
    /// other top-level statements, or a member of an object initializer. Not offered for an <c>SslStream</c>
    /// argument or another use of <c>DangerousAcceptAnyServerCertificateValidator</c>, which need a validating
    /// callback written by a person. A method or local function that becomes unused is left in place.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CertificateValidationDisabledCodeFix)), Shared]
    public sealed class CertificateValidationDisabledCodeFix : CodeFixProvider
    {
        internal const string Title = "Remove the assignment that accepts every certificate";
        internal const string EquivalenceKey = RuleIds.CertificateValidationDisabled + ".RemoveAssignment";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.CertificateValidationDisabled);

        // Removals in one document can touch neighbouring trivia (two members of one initializer, adjacent
        // statements), so a document's removals are applied one after another rather than merged.
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
                if (Removable(root, diagnostic) is not null)
                {
                    context.RegisterCodeFix(
                        CodeAction.Create(Title, cancellationToken => FixAsync(context.Document, ImmutableArray.Create(diagnostic), cancellationToken), EquivalenceKey),
                        diagnostic);
                }
            }
        }

        private static async Task<Document> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root is null)
            {
                return document;
            }

            var targets = new Dictionary<SyntaxNode, SyntaxAnnotation>();
            foreach (var diagnostic in diagnostics)
            {
                if (Removable(root, diagnostic) is { } node && !targets.ContainsKey(node))
                {
                    targets.Add(node, new SyntaxAnnotation());
                }
            }

            if (targets.Count == 0)
            {
                return document;
            }

            root = root.ReplaceNodes(targets.Keys, (original, rewritten) => rewritten.WithAdditionalAnnotations(targets[original]));
            foreach (var annotation in targets.Values)
            {
                if (root.GetAnnotatedNodes(annotation).FirstOrDefault() is { } node)
                {
                    root = node is AssignmentExpressionSyntax member ? RemoveInitializerMember(root, member) : SyntaxRemoval.RemoveKeepingComments(root, node);
                }
            }

            return document.WithSyntaxRoot(root);
        }

        /// <summary>The statement or initializer member to remove for the diagnostic, or null where removing it is not safe.</summary>
        private static SyntaxNode? Removable(SyntaxNode root, Diagnostic diagnostic)
        {
            var span = diagnostic.Location.SourceSpan;
            if (!root.FullSpan.Contains(span)
                || root.FindNode(span, getInnermostNodeForTie: true) is not ExpressionSyntax target
                || target.Parent is not AssignmentExpressionSyntax assignment
                || assignment.Left != target)
            {
                return null;
            }

            return assignment.Parent switch
            {
                ExpressionStatementSyntax { Parent: BlockSyntax or SwitchSectionSyntax } statement => statement,
                // The last top-level statement cannot go: the program would lose its entry point.
                ExpressionStatementSyntax { Parent: GlobalStatementSyntax { Parent: CompilationUnitSyntax unit } global }
                    when unit.Members.OfType<GlobalStatementSyntax>().Skip(1).Any() => global,
                InitializerExpressionSyntax initializer when initializer.IsKind(SyntaxKind.ObjectInitializerExpression) => assignment,
                _ => null,
            };
        }

        /// <summary>Removes a member assignment from an object initializer with its comma, keeping the layout of the rest.</summary>
        private static SyntaxNode RemoveInitializerMember(SyntaxNode root, AssignmentExpressionSyntax member)
        {
            var initializer = (InitializerExpressionSyntax)member.Parent!;
            var expressions = initializer.Expressions;
            if (expressions.Count == 1)
            {
                return RemoveEmptyInitializer(root, initializer);
            }

            var nodes = expressions.ToList();
            var separators = expressions.GetSeparators().ToList();
            var index = nodes.IndexOf(member);
            var notes = Notes(member.GetLeadingTrivia());
            var closeBrace = initializer.CloseBraceToken;
            nodes.RemoveAt(index);
            if (index < separators.Count)
            {
                // Its own comma goes with it; what follows keeps its place, after any comment written above the member.
                separators.RemoveAt(index);
                if (index < nodes.Count)
                {
                    nodes[index] = nodes[index].WithLeadingTrivia(notes.AddRange(nodes[index].GetLeadingTrivia()));
                }
                else
                {
                    closeBrace = closeBrace.WithLeadingTrivia(notes.AddRange(closeBrace.LeadingTrivia));
                }
            }
            else
            {
                // The last member without a trailing comma: the comma before it goes, and the line ends where it ended.
                separators.RemoveAt(index - 1);
                nodes[index - 1] = nodes[index - 1].WithTrailingTrivia(member.GetTrailingTrivia());
                closeBrace = closeBrace.WithLeadingTrivia(notes.AddRange(closeBrace.LeadingTrivia));
            }

            var updated = initializer
                .WithExpressions(SyntaxFactory.SeparatedList(nodes, separators))
                .WithCloseBraceToken(closeBrace);
            return root.ReplaceNode(initializer, updated);
        }

        /// <summary>
        /// An initializer whose only member is removed: <c>new T { X = ... }</c> becomes <c>new T()</c>, and a nested
        /// member initializer (<c>SslOptions = { X = ... }</c>) is removed from its parent as well.
        /// </summary>
        private static SyntaxNode RemoveEmptyInitializer(SyntaxNode root, InitializerExpressionSyntax initializer)
        {
            var trailing = initializer.CloseBraceToken.TrailingTrivia;
            switch (initializer.Parent)
            {
                case ObjectCreationExpressionSyntax { ArgumentList: null } creation:
                    return root.ReplaceNode(creation, creation
                        .WithInitializer(null)
                        .WithType(creation.Type.WithoutTrailingTrivia())
                        .WithArgumentList(SyntaxFactory.ArgumentList().WithTrailingTrivia(trailing)));
                case BaseObjectCreationExpressionSyntax { ArgumentList: { } arguments } creation:
                    return root.ReplaceNode(creation, creation
                        .WithInitializer(null)
                        .WithArgumentList(arguments.WithTrailingTrivia(trailing)));
                case AssignmentExpressionSyntax { Parent: InitializerExpressionSyntax outer } nested when outer.IsKind(SyntaxKind.ObjectInitializerExpression):
                    return RemoveInitializerMember(root, nested);
                default:
                    return root.ReplaceNode(initializer, initializer.WithExpressions(default));
            }
        }

        /// <summary>The comment lines written above a removed member, which stay.</summary>
        private static SyntaxTriviaList Notes(SyntaxTriviaList leading)
        {
            var last = -1;
            for (var i = 0; i < leading.Count; i++)
            {
                if (!leading[i].IsKind(SyntaxKind.WhitespaceTrivia) && !leading[i].IsKind(SyntaxKind.EndOfLineTrivia))
                {
                    last = i;
                }
            }

            var count = last + 1;
            if (last >= 0 && count < leading.Count && leading[count].IsKind(SyntaxKind.EndOfLineTrivia))
            {
                count++;
            }

            return SyntaxFactory.TriviaList(leading.Take(count));
        }
    }
}
