using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using NhsCodeAnalyzers.CodeFixes.Shared;
using NhsCodeAnalyzers.Descriptors;

namespace NhsCodeAnalyzers.CodeFixes.Rules
{
    /// <summary>
    /// NHS1002: removes the patient identifier from the message. For a structured template it removes the
    /// <c>{Hole}</c> and its argument together; for an interpolated string it removes the interpolation; a space
    /// or a pair of brackets around it goes too, so the text still reads. Offered only where the analyzer found
    /// such a removal safe (see <c>IdentifierInLogAnalyzer.FixProperty</c>) and something readable remains:
    /// no fix where the identifier is the whole message (<c>Console.WriteLine(nhsNumber)</c>), is concatenated,
    /// or where removing an argument would change which method is called (<c>LoggerMessage.Define</c> delegates,
    /// <c>[LoggerMessage]</c> methods, the team's own wrappers).
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(IdentifierInLogCodeFix)), Shared]
    public sealed class IdentifierInLogCodeFix : CodeFixProvider
    {
        internal const string Title = "Remove the patient identifier from the message";
        internal const string EquivalenceKey = RuleIds.IdentifierInLog + ".RemoveIdentifierFromMessage";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.IdentifierInLog);

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
                var plan = IdentifierInLogRewrite.Plan(root, ImmutableArray.Create(diagnostic));
                if (plan.IsEmpty)
                {
                    continue;
                }

                context.RegisterCodeFix(
                    CodeAction.Create(Title, cancellationToken => FixAsync(context.Document, ImmutableArray.Create(diagnostic), cancellationToken), EquivalenceKey),
                    diagnostic);
            }
        }

        private static async Task<Document> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root is null)
            {
                return document;
            }

            var plan = IdentifierInLogRewrite.Plan(root, diagnostics);
            if (plan.IsEmpty)
            {
                return document;
            }

            var rewritten = document.WithSyntaxRoot(IdentifierInLogRewrite.Apply(root, plan));
            return await DocumentCleanup.FinishAsync(rewritten, cancellationToken).ConfigureAwait(false);
        }
    }
}
