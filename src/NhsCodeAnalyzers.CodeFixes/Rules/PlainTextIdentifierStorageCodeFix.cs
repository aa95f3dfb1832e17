using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Simplification;
using NhsCodeAnalyzers.CodeFixes.Shared;
using NhsCodeAnalyzers.Descriptors;
using NhsCodeAnalyzers.Shared;
using NhsCodeAnalyzers.Shared.Options;

namespace NhsCodeAnalyzers.CodeFixes.Rules
{
    /// <summary>
    /// NHS1001: (1) change the member's type to an encrypting type named in <c>encrypted_types</c>, only when the
    /// project still compiles afterwards; (2) add <c>[EncryptedAtRest("&lt;describe the mechanism&gt;")]</c> when the
    /// annotations resolve — the placeholder is reported by NHS4002 until a real mechanism is written, so the
    /// fix cannot silence the rule without a reviewable statement.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PlainTextIdentifierStorageCodeFix)), Shared]
    public sealed class PlainTextIdentifierStorageCodeFix : CodeFixProvider
    {
        internal const string MechanismPlaceholder = "<describe the mechanism>";
        internal const string MarkTitle = "Mark as [EncryptedAtRest] and describe the mechanism";
        internal const string MarkKey = RuleIds.PlainTextIdentifierStorage + ".EncryptedAtRest";
        internal const string ChangeTypeKeyPrefix = RuleIds.PlainTextIdentifierStorage + ".ChangeType.";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.PlainTextIdentifierStorage);

        public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(static async (context, document, diagnostics) =>
            context.CodeActionEquivalenceKey == MarkKey
                ? await MarkAllAsync(document, diagnostics, context.CancellationToken).ConfigureAwait(false)
                : await ChangeAllTypesAsync(document, diagnostics, context.CodeActionEquivalenceKey!.Substring(ChangeTypeKeyPrefix.Length), context.CancellationToken).ConfigureAwait(false));

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var compilation = await context.Document.Project.GetCompilationAsync(context.CancellationToken).ConfigureAwait(false);
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (compilation is null || root is null)
            {
                return;
            }

            foreach (var diagnostic in context.Diagnostics)
            {
                var target = DeclarationTarget.Find(root, diagnostic.Location.SourceSpan);
                if (target is null)
                {
                    continue;
                }

                var check = new CompilationCheck(context.Document.Project.Solution, context.CancellationToken);
                foreach (var typeName in EncryptedTypeNames(context.Document, root.SyntaxTree))
                {
                    if (TypeLookup.Find(compilation, typeName) is not { } encryptedType)
                    {
                        continue;
                    }

                    var changed = context.Document.WithSyntaxRoot(ChangeTypes(root, new[] { target.Type }, encryptedType, SyntaxGenerator.GetGenerator(context.Document)));
                    if (await check.KeepsCompilingAsync(changed.Project.Solution, new[] { changed.Project.Id }).ConfigureAwait(false))
                    {
                        context.RegisterCodeFix(
                            CodeAction.Create($"Change type to {encryptedType.Name} (encrypted at rest)", cancellationToken => DocumentCleanup.FinishAsync(changed, cancellationToken), ChangeTypeKeyPrefix + typeName),
                            diagnostic);
                    }
                }

                if (TypeLookup.Find(compilation, AnnotationNames.EncryptedAtRestMetadataName) is not null)
                {
                    context.RegisterCodeFix(
                        CodeAction.Create(MarkTitle, cancellationToken => MarkAllAsync(context.Document, ImmutableArray.Create(diagnostic), cancellationToken), MarkKey),
                        diagnostic);
                }
            }
        }

        private static IEnumerable<string> EncryptedTypeNames(Document document, SyntaxTree tree)
        {
            var options = document.Project.AnalyzerOptions.AnalyzerConfigOptionsProvider.GetOptions(tree);
            return NhsOptionReader.GetValues(options, NhsOptionKeys.Find(NhsOptionKeys.EncryptedTypes)!);
        }

        private static async Task<Document> MarkAllAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var targets = root is null ? Enumerable.Empty<SyntaxNode>() : diagnostics.Select(d => DeclarationTarget.Find(root, d.Location.SourceSpan)?.Declaration).OfType<SyntaxNode>();
            return await AnnotationSkeleton.AddAsync(
                document, targets, AnnotationNames.EncryptedAtRestMetadataName, positional: new[] { MechanismPlaceholder }, named: Enumerable.Empty<(string, string)>(), cancellationToken).ConfigureAwait(false);
        }

        /// <summary>Replaces each declared type with the encrypting type, fully qualified so no line moves before the compile check.</summary>
        private static SyntaxNode ChangeTypes(SyntaxNode root, IEnumerable<TypeSyntax> types, INamedTypeSymbol encryptedType, SyntaxGenerator generator)
            => root.ReplaceNodes(types, (original, current) =>
            {
                var replacement = (TypeSyntax)generator.TypeExpression(encryptedType).WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);
                if (original is NullableTypeSyntax)
                {
                    replacement = (TypeSyntax)generator.NullableTypeExpression(replacement);
                }

                return replacement.WithTriviaFrom(current);
            });

        /// <summary>
        /// Fix All for a type change: every member at once when the solution still compiles; otherwise each member
        /// in turn, kept only while the whole still compiles. Clean-up (usings, simplification) runs once at the end.
        /// </summary>
        private static async Task<Document> ChangeAllTypesAsync(Document document, ImmutableArray<Diagnostic> diagnostics, string typeName, CancellationToken cancellationToken)
        {
            var compilation = await document.Project.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (compilation is null || root is null || TypeLookup.Find(compilation, typeName) is not { } encryptedType)
            {
                return document;
            }

            var generator = SyntaxGenerator.GetGenerator(document);
            var targets = diagnostics.Select(d => DeclarationTarget.Find(root, d.Location.SourceSpan)?.Type).OfType<TypeSyntax>().Distinct().ToList();
            var check = new CompilationCheck(document.Project.Solution, cancellationToken);
            var all = document.WithSyntaxRoot(ChangeTypes(root, targets, encryptedType, generator));
            if (await check.KeepsCompilingAsync(all.Project.Solution, new[] { document.Project.Id }).ConfigureAwait(false))
            {
                return await DocumentCleanup.FinishAsync(all, cancellationToken).ConfigureAwait(false);
            }

            var current = root.TrackNodes(targets);
            foreach (var target in targets)
            {
                if (current.GetCurrentNode(target) is not { } tracked)
                {
                    continue;
                }

                var candidate = ChangeTypes(current, new[] { tracked }, encryptedType, generator);
                if (await check.KeepsCompilingAsync(document.WithSyntaxRoot(candidate).Project.Solution, new[] { document.Project.Id }).ConfigureAwait(false))
                {
                    current = candidate;
                }
            }

            return await DocumentCleanup.FinishAsync(document.WithSyntaxRoot(current), cancellationToken).ConfigureAwait(false);
        }

        /// <summary>The declaration the diagnostic's identifier belongs to, and its declared type.</summary>
        private sealed class DeclarationTarget
        {
            private DeclarationTarget(SyntaxNode declaration, TypeSyntax type)
            {
                Declaration = declaration;
                Type = type;
            }

            public SyntaxNode Declaration { get; }

            public TypeSyntax Type { get; }

            public static DeclarationTarget? Find(SyntaxNode root, Microsoft.CodeAnalysis.Text.TextSpan span)
            {
                var token = root.FindToken(span.Start);
                return token.Parent switch
                {
                    PropertyDeclarationSyntax property => new DeclarationTarget(property, property.Type),
                    ParameterSyntax { Type: not null } parameter => new DeclarationTarget(parameter, parameter.Type),
                    VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Variables.Count: 1 } variable } when variable.Parent is FieldDeclarationSyntax field
                        => new DeclarationTarget(field, variable.Type),
                    _ => null,
                };
            }
        }
    }
}
