using System.Collections.Immutable;
using System.Composition;
using System.Linq;
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
    /// NHS3001: rewrites <c>formatter.Serialize(stream, graph)</c> and <c>(T)formatter.Deserialize(stream)</c>
    /// to <c>System.Text.Json.JsonSerializer</c>, removing the formatter once nothing else uses it. Offered only
    /// where the rewrite compiles: System.Text.Json with its Stream overloads is referenced, and every use of a
    /// formatter variable being removed is one of those two calls.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ProprietarySerializerCodeFix)), Shared]
    public sealed class ProprietarySerializerCodeFix : CodeFixProvider
    {
        internal const string Title = "Use System.Text.Json instead (stored data changes to JSON)";
        internal const string EquivalenceKey = RuleIds.ProprietarySerializer + ".UseSystemTextJson";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.ProprietarySerializer);

        public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(
            static async (context, document, diagnostics) => await FixAsync(document, diagnostics, context.CancellationToken).ConfigureAwait(false));

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            foreach (var diagnostic in context.Diagnostics)
            {
                var plan = await ProprietarySerializerRewrite.PlanAsync(context.Document, ImmutableArray.Create(diagnostic), context.CancellationToken).ConfigureAwait(false);
                if (plan is null || plan.IsEmpty)
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
            var plan = await ProprietarySerializerRewrite.PlanAsync(document, diagnostics, cancellationToken).ConfigureAwait(false);
            if (plan is null || plan.IsEmpty)
            {
                return document;
            }

            var rewritten = await ProprietarySerializerRewrite.ApplyAsync(document, plan, cancellationToken).ConfigureAwait(false);
            return await DocumentCleanup.FinishAsync(rewritten, cancellationToken).ConfigureAwait(false);
        }
    }
}
