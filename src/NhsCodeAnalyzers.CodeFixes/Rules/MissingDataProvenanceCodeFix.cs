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
using NhsCodeAnalyzers.Rules.Transparency;
using NhsCodeAnalyzers.Shared;

namespace NhsCodeAnalyzers.CodeFixes.Rules
{
    /// <summary>
    /// NHS4001: adds a <c>[DataProvenance]</c> skeleton with placeholder values to the reported declaration, offered
    /// only when the annotations resolve. The placeholders are reported by NHS4002 until someone writes the real
    /// source, lawful basis and limitations, so the fix cannot silence the rule without a reviewable statement.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MissingDataProvenanceCodeFix)), Shared]
    public sealed class MissingDataProvenanceCodeFix : CodeFixProvider
    {
        internal const string Title = "Add [DataProvenance] to fill in";
        internal const string EquivalenceKey = RuleIds.MissingDataProvenance + ".AddDataProvenance";
        internal const string SourcePlaceholder = "<source>";
        internal const string LawfulBasisPlaceholder = "<basis>";
        internal const string LimitationsPlaceholder = "<known limitations>";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.MissingDataProvenance);

        public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(
            static async (context, document, diagnostics) => await AddAllAsync(document, diagnostics, context.CancellationToken).ConfigureAwait(false));

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var compilation = await context.Document.Project.GetCompilationAsync(context.CancellationToken).ConfigureAwait(false);
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (compilation is null || root is null || TypeLookup.Find(compilation, TransparencyAttributes.DataProvenanceMetadataName) is null)
            {
                return;
            }

            foreach (var diagnostic in context.Diagnostics)
            {
                if (FindDeclaration(root, diagnostic) is null)
                {
                    continue;
                }

                context.RegisterCodeFix(
                    CodeAction.Create(Title, cancellationToken => AddAllAsync(context.Document, ImmutableArray.Create(diagnostic), cancellationToken), EquivalenceKey),
                    diagnostic);
            }
        }

        private static async Task<Document> AddAllAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var targets = root is null ? Enumerable.Empty<SyntaxNode>() : diagnostics.Select(d => FindDeclaration(root, d)).OfType<TypeDeclarationSyntax>();
            return await AnnotationSkeleton.AddAsync(
                document,
                targets,
                TransparencyAttributes.DataProvenanceMetadataName,
                positional: Enumerable.Empty<string>(),
                named: new[] { ("Source", SourcePlaceholder), ("LawfulBasis", LawfulBasisPlaceholder), ("Limitations", LimitationsPlaceholder) },
                cancellationToken).ConfigureAwait(false);
        }

        /// <summary>The class, struct or record whose name the diagnostic is on.</summary>
        private static TypeDeclarationSyntax? FindDeclaration(SyntaxNode root, Diagnostic diagnostic)
        {
            var token = root.FindToken(diagnostic.Location.SourceSpan.Start);
            return token.Parent is TypeDeclarationSyntax declaration && declaration.Identifier == token ? declaration : null;
        }
    }
}
