using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using NhsCodeAnalyzers.CodeFixes.Shared;
using NhsCodeAnalyzers.Descriptors;
using NhsCodeAnalyzers.Rules.AlgorithmCards;
using NhsCodeAnalyzers.Shared;

namespace NhsCodeAnalyzers.CodeFixes.Rules
{
    /// <summary>
    /// NHS4003: add an <c>[AlgorithmCard(...)]</c> skeleton to the class or struct declaration that contains the
    /// inference call, when the annotations resolve. The placeholders are reported by NHS4002 until real values
    /// are written, so the fix cannot silence the rule without a reviewable statement.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MissingAlgorithmCardCodeFix)), Shared]
    public sealed class MissingAlgorithmCardCodeFix : CodeFixProvider
    {
        internal const string Title = "Add [AlgorithmCard] to fill in";
        internal const string Key = RuleIds.MissingAlgorithmCard + ".AddAlgorithmCard";

        private static readonly (string Name, string Placeholder)[] Skeleton =
        {
            ("ModelType", "<model type>"),
            ("IntendedUse", "<intended use>"),
            ("Validation", "<how it was validated>"),
            ("Limitations", "<known limitations>"),
        };

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.MissingAlgorithmCard);

        public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(static async (context, document, diagnostics) =>
            await AddCardsAsync(document, diagnostics, context.CancellationToken).ConfigureAwait(false));

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var compilation = await context.Document.Project.GetCompilationAsync(context.CancellationToken).ConfigureAwait(false);
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (compilation is null || root is null || TypeLookup.Find(compilation, InferenceApis.AlgorithmCardMetadataName) is null)
            {
                return;
            }

            foreach (var diagnostic in context.Diagnostics)
            {
                if (TargetDeclaration(root, diagnostic) is not null)
                {
                    context.RegisterCodeFix(
                        CodeAction.Create(Title, cancellationToken => AddCardsAsync(context.Document, ImmutableArray.Create(diagnostic), cancellationToken), Key),
                        diagnostic);
                }
            }
        }

        /// <summary>The innermost class, struct or record declaration around the call (none in top-level statements).</summary>
        private static TypeDeclarationSyntax? TargetDeclaration(SyntaxNode root, Diagnostic diagnostic)
            => root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true)
                .AncestorsAndSelf()
                .OfType<TypeDeclarationSyntax>()
                .FirstOrDefault() is { } declaration and (ClassDeclarationSyntax or StructDeclarationSyntax or RecordDeclarationSyntax)
                ? declaration
                : null;

        private static async Task<Document> AddCardsAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var targets = root is null ? Enumerable.Empty<SyntaxNode>() : diagnostics.Select(d => TargetDeclaration(root, d)).OfType<TypeDeclarationSyntax>();
            return await AnnotationSkeleton.AddAsync(
                document, targets, InferenceApis.AlgorithmCardMetadataName, positional: Enumerable.Empty<string>(), named: Skeleton, cancellationToken).ConfigureAwait(false);
        }
    }
}
