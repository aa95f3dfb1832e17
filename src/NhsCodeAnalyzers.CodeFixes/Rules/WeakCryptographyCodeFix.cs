using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Editing;
using NhsCodeAnalyzers.CodeFixes.Shared;
using NhsCodeAnalyzers.Descriptors;
using NhsCodeAnalyzers.Rules.WeakCryptography;

namespace NhsCodeAnalyzers.CodeFixes.Rules
{
    /// <summary>
    /// NHS2002: replaces the weak algorithm with a strong one of the same kind, keeping the call's shape (see
    /// <see cref="WeakCryptographyRewrite"/>). Offered only where the result compiles: where the new value's
    /// type reaches code the fix does not rewrite, the project is compiled before and after. Not offered for
    /// <c>EncryptEcb</c>/<c>DecryptEcb</c> (CBC needs an IV the caller must store), for one-shot calls that
    /// write into a caller's buffer (sized for the weak hash), or for creations configured in an initializer.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(WeakCryptographyCodeFix)), Shared]
    public sealed class WeakCryptographyCodeFix : CodeFixProvider
    {
        internal const string HashTitle = "Use SHA-256 (hash length changes)";
        internal const string CipherTitle = "Use AES (existing ciphertext and key sizes change)";
        internal const string MacTitle = "Use HMAC-SHA256 (MAC length changes)";
        internal const string EcbTitle = "Use CipherMode.CBC (existing ciphertext changes; store the IV)";

        /// <summary>One key for every shape, so Fix All replaces every weak algorithm in scope at once.</summary>
        internal const string EquivalenceKey = RuleIds.WeakCryptography + ".UseStrongAlgorithm";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.WeakCryptography);

        public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(
            static async (context, document, diagnostics) => await FixAllAsync(document, diagnostics, context.CancellationToken).ConfigureAwait(false));

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            foreach (var diagnostic in context.Diagnostics)
            {
                var (changed, family) = await TryFixAsync(context.Document, ImmutableArray.Create(diagnostic), context.CancellationToken).ConfigureAwait(false);
                if (changed is null)
                {
                    continue;
                }

                context.RegisterCodeFix(
                    CodeAction.Create(TitleFor(family), cancellationToken => DocumentCleanup.FinishAsync(changed, cancellationToken), EquivalenceKey),
                    diagnostic);
            }
        }

        internal static string TitleFor(WeakFamily family) => family switch
        {
            WeakFamily.Hash => HashTitle,
            WeakFamily.Cipher => CipherTitle,
            WeakFamily.Mac => MacTitle,
            _ => EcbTitle,
        };

        /// <summary>Every fixable diagnostic in the document at once; if that does not compile, one by one, keeping those that do.</summary>
        private static async Task<Document> FixAllAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
        {
            var (all, _) = await TryFixAsync(document, diagnostics, cancellationToken).ConfigureAwait(false);
            if (all is not null)
            {
                return await DocumentCleanup.FinishAsync(all, cancellationToken).ConfigureAwait(false);
            }

            var current = document;
            foreach (var diagnostic in diagnostics.OrderByDescending(d => d.Location.SourceSpan.Start))
            {
                var (single, _) = await TryFixAsync(current, ImmutableArray.Create(diagnostic), cancellationToken).ConfigureAwait(false);
                if (single is not null)
                {
                    current = single;
                }
            }

            return await DocumentCleanup.FinishAsync(current, cancellationToken).ConfigureAwait(false);
        }

        /// <summary>
        /// The document with the diagnostics' rewrites applied, or null when none applies or the result would not
        /// compile. Spans are those of <paramref name="document"/>: callers that fix one at a time go from the
        /// end of the document to the start, so an earlier rewrite never moves a later one's span.
        /// </summary>
        private static async Task<(Document? Changed, WeakFamily Family)> TryFixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (root is null || model is null || WeakCryptoApis.Create(model.Compilation) is not { } apis)
            {
                return (null, default);
            }

            var generator = SyntaxGenerator.GetGenerator(document);
            var replacements = new Dictionary<SyntaxNode, SyntaxNode>();
            var needsCheck = false;
            WeakFamily family = default;
            foreach (var diagnostic in diagnostics)
            {
                if (!root.FullSpan.Contains(diagnostic.Location.SourceSpan))
                {
                    continue;
                }

                var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
                if (WeakCryptographyRewrite.Plan(node, model, apis, generator, cancellationToken) is not { } edit ||
                    edit.Replacements.Keys.Any(replacements.ContainsKey))
                {
                    continue;
                }

                foreach (var replacement in edit.Replacements)
                {
                    replacements[replacement.Key] = replacement.Value;
                }

                needsCheck |= edit.NeedsCompilationCheck;
                family = edit.Family;
            }

            if (replacements.Count == 0)
            {
                return (null, default);
            }

            var changed = document.WithSyntaxRoot(root.ReplaceNodes(replacements.Keys, (original, _) => replacements[original]));
            if (needsCheck && !await CompilationCheck.KeepsCompilingAsync(document.Project, changed.Project, cancellationToken).ConfigureAwait(false))
            {
                return (null, default);
            }

            return (changed, family);
        }
    }
}
