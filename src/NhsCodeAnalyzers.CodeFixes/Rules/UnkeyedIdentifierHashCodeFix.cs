using System;
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
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Simplification;
using NhsCodeAnalyzers.CodeFixes.Shared;
using NhsCodeAnalyzers.Descriptors;
using NhsCodeAnalyzers.Rules;
using NhsCodeAnalyzers.Shared;
using NhsCodeAnalyzers.Shared.Identifiers;

namespace NhsCodeAnalyzers.CodeFixes.Rules
{
    /// <summary>
    /// NHS2001: keys the hash with a secret already in scope, keeping its strength: <c>SHA256.HashData(x)</c> →
    /// <c>HMACSHA256.HashData(key, x)</c>, <c>SHA256.Create()</c> → <c>new HMACSHA256(key)</c>,
    /// <c>IncrementalHash.CreateHash(alg)</c> → <c>IncrementalHash.CreateHMAC(alg, key)</c>,
    /// <c>CryptographicOperations.HashData(alg, x)</c> → <c>CryptographicOperations.HmacData(alg, key, x)</c>.
    /// One action per candidate key: a <c>byte[]</c>, <c>ReadOnlySpan&lt;byte&gt;</c> or <c>Span&lt;byte&gt;</c> local,
    /// parameter, field or property named like <c>*key*</c>, <c>*secret*</c> or <c>*pepper*</c>, usable where the
    /// edit is, not hard-coded and not itself a patient identifier. Offered only when the result compiles.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UnkeyedIdentifierHashCodeFix)), Shared]
    public sealed class UnkeyedIdentifierHashCodeFix : CodeFixProvider
    {
        /// <summary>Followed by the key's name: Fix All uses the same key everywhere it is in scope.</summary>
        internal const string EquivalenceKeyPrefix = RuleIds.UnkeyedIdentifierHash + ".UseHmacKeyedWith.";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.UnkeyedIdentifierHash);

        public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(static async (context, document, diagnostics) =>
        {
            var key = context.CodeActionEquivalenceKey;
            if (key is null || !key.StartsWith(EquivalenceKeyPrefix, StringComparison.Ordinal))
            {
                return document;
            }

            return await FixAsync(document, diagnostics, key.Substring(EquivalenceKeyPrefix.Length), context.CancellationToken).ConfigureAwait(false) ?? document;
        });

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var document = context.Document;
            var root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            var model = await document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null || model is null)
            {
                return;
            }

            var flow = CreateFlow(document, model.Compilation);
            foreach (var diagnostic in context.Diagnostics)
            {
                if (EditedNode(root, diagnostic) is not { } node)
                {
                    continue;
                }

                foreach (var key in KeyCandidates(model, node.SpanStart, flow, context.CancellationToken))
                {
                    var fixedDocument = await FixAsync(document, ImmutableArray.Create(diagnostic), key.Name, context.CancellationToken).ConfigureAwait(false);
                    if (fixedDocument is null)
                    {
                        continue;
                    }

                    context.RegisterCodeFix(
                        CodeAction.Create(Title(diagnostic, key.Name), _ => Task.FromResult(fixedDocument), EquivalenceKeyPrefix + key.Name),
                        diagnostic);
                }
            }
        }

        internal static string Title(Diagnostic diagnostic, string keyName)
        {
            var hmac = diagnostic.Properties.TryGetValue(UnkeyedIdentifierHashAnalyzer.HmacProperty, out var name) && !string.IsNullOrEmpty(name) ? name : "an HMAC";
            return $"Use {hmac} keyed with '{keyName}'";
        }

        /// <summary>The document with every diagnostic's hash keyed with <paramref name="keyName"/> where it is in scope; null when nothing changed or the result would not compile.</summary>
        private static async Task<Document?> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, string keyName, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (root is null || model is null)
            {
                return null;
            }

            var flow = CreateFlow(document, model.Compilation);
            var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
            var edited = new HashSet<SyntaxNode>();
            foreach (var diagnostic in diagnostics)
            {
                if (EditedNode(root, diagnostic) is not { } node || !edited.Add(node)
                    || !Enum.TryParse<HashShape>(diagnostic.Properties[UnkeyedIdentifierHashAnalyzer.ShapeProperty], out var shape))
                {
                    continue;
                }

                var key = KeyCandidates(model, node.SpanStart, flow, cancellationToken).FirstOrDefault(k => k.Name == keyName);
                if (key is null)
                {
                    continue;
                }

                var hmac = diagnostic.Properties[UnkeyedIdentifierHashAnalyzer.HmacProperty] ?? string.Empty;
                var keyExpression = SyntaxFactory.IdentifierName(key.Name);
                switch (shape)
                {
                    case HashShape.OneShot when node is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } call:
                        editor.ReplaceNode(call, call
                            .WithExpression(access.WithExpression(TypeSyntax(hmac).WithTriviaFrom(access.Expression)))
                            .WithArgumentList(InsertKey(call.ArgumentList, 0, keyExpression)));
                        break;

                    case HashShape.CryptographicOperations when node is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } call:
                        var keyedName = access.Name.Identifier.ValueText == "HashData" ? "HmacData" : "TryHmacData";
                        editor.ReplaceNode(call, call
                            .WithExpression(access.WithName(SyntaxFactory.IdentifierName(keyedName).WithTriviaFrom(access.Name)))
                            .WithArgumentList(InsertKey(call.ArgumentList, 1, keyExpression)));
                        break;

                    case HashShape.Incremental when node is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } call:
                        editor.ReplaceNode(call, call
                            .WithExpression(access.WithName(SyntaxFactory.IdentifierName("CreateHMAC").WithTriviaFrom(access.Name)))
                            .WithArgumentList(InsertKey(call.ArgumentList, call.ArgumentList.Arguments.Count, keyExpression)));
                        break;

                    case HashShape.Instance when node is ExpressionSyntax creation:
                        ReplaceCreation(editor, model, creation, hmac, key, keyExpression);
                        break;
                }
            }

            var changed = editor.GetChangedRoot();
            if (changed == root)
            {
                return null;
            }

            var fixedDocument = await DocumentCleanup.FinishAsync(document.WithSyntaxRoot(changed), cancellationToken).ConfigureAwait(false);
            return await KeepsCompilingAsync(document, fixedDocument, cancellationToken).ConfigureAwait(false) ? fixedDocument : null;
        }

        /// <summary><c>SHA256.Create()</c> → <c>new HMACSHA256(key)</c>, and an explicitly typed local (<c>SHA256 sha</c>) that cannot hold it → <c>HMACSHA256 sha</c>.</summary>
        private static void ReplaceCreation(SyntaxEditor editor, SemanticModel model, ExpressionSyntax creation, string hmac, ISymbol key, ExpressionSyntax keyExpression)
        {
            // The HMAC constructors take a byte[]; a span key is copied.
            ExpressionSyntax argument = TypeOf(key) is IArrayTypeSymbol
                ? keyExpression
                : SyntaxFactory.InvocationExpression(SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, keyExpression, SyntaxFactory.IdentifierName("ToArray")));
            var replacement = SyntaxFactory.ObjectCreationExpression(TypeSyntax(hmac))
                .WithArgumentList(SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(argument))))
                .WithTriviaFrom(creation);
            editor.ReplaceNode(creation, replacement);

            if (creation.Parent is EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Variables.Count: 1 } declaration } }
                && !declaration.Type.IsVar
                && model.GetTypeInfo(declaration.Type).Type is { } declared
                && TypeLookup.Find(model.Compilation, HashingCalls.CryptographyNamespace + hmac) is { } hmacType
                && !model.Compilation.ClassifyConversion(hmacType, declared).IsImplicit)
            {
                editor.ReplaceNode(declaration.Type, TypeSyntax(hmac).WithTriviaFrom(declaration.Type));
            }
        }

        /// <summary>Adds the key argument: at <paramref name="index"/>, or named (<c>key: pepperKey</c>) at the end when the call names its arguments.</summary>
        private static ArgumentListSyntax InsertKey(ArgumentListSyntax arguments, int index, ExpressionSyntax key)
        {
            if (arguments.Arguments.Any(a => a.NameColon is not null))
            {
                return arguments.AddArguments(SyntaxFactory.Argument(SyntaxFactory.NameColon("key"), default, key));
            }

            return arguments.WithArguments(arguments.Arguments.Insert(Math.Min(index, arguments.Arguments.Count), SyntaxFactory.Argument(key)));
        }

        private static TypeSyntax TypeSyntax(string hmac)
            => SyntaxFactory.ParseTypeName("System.Security.Cryptography." + hmac).WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);

        /// <summary>The node the fix rewrites: the call for the static forms, the creation for instance and incremental hashes.</summary>
        private static SyntaxNode? EditedNode(SyntaxNode root, Diagnostic diagnostic)
        {
            if (!diagnostic.Properties.TryGetValue(UnkeyedIdentifierHashAnalyzer.ShapeProperty, out var shape) || shape is null)
            {
                return null;
            }

            var location = shape is nameof(HashShape.Instance) or nameof(HashShape.Incremental)
                ? diagnostic.AdditionalLocations.FirstOrDefault()
                : diagnostic.Location;
            return location is null || !location.IsInSource ? null : root.FindNode(location.SourceSpan, getInnermostNodeForTie: true);
        }

        /// <summary>
        /// The keys usable at <paramref name="position"/>: locals declared before it, parameters, and fields and properties
        /// (instance ones only where there is an instance), of a byte type, named like a key, secret or pepper (not a
        /// public key), neither hard-coded (that would be NHS2006) nor a patient identifier. Locals and parameters first.
        /// </summary>
        private static IEnumerable<ISymbol> KeyCandidates(SemanticModel model, int position, LocalDataFlow flow, CancellationToken cancellationToken)
        {
            var member = model.GetEnclosingSymbol(position, cancellationToken);
            while (member is IMethodSymbol { MethodKind: MethodKind.AnonymousFunction or MethodKind.LocalFunction })
            {
                member = member.ContainingSymbol;
            }

            var hasInstance = member is { IsStatic: false } && member is not INamedTypeSymbol;
            return model.LookupSymbols(position)
                .Where(symbol => symbol is ILocalSymbol or IParameterSymbol or IFieldSymbol or IPropertySymbol { IsIndexer: false, GetMethod: not null })
                .Where(symbol => IsKeyType(TypeOf(symbol)) && LocalDataFlow.IsNamedLikeAKey(symbol.Name))
                .Where(symbol => symbol is not (IFieldSymbol or IPropertySymbol) || symbol.IsStatic || hasInstance)
                .Where(symbol => symbol is not ILocalSymbol local || DeclaredBefore(local, position))
                .Where(symbol => model.IsAccessible(position, symbol) && !flow.Identifiers.IsIdentifier(symbol) && !IsHardCoded(symbol, model, flow, cancellationToken))
                .GroupBy(symbol => symbol.Name)
                .Select(group => group.First())
                .OrderBy(symbol => symbol is ILocalSymbol or IParameterSymbol ? 0 : 1)
                .ThenBy(symbol => symbol.Name, StringComparer.Ordinal)
                .ToList();
        }

        private static bool DeclaredBefore(ILocalSymbol local, int position)
            => local.DeclaringSyntaxReferences.FirstOrDefault() is { } reference && reference.Span.End <= position;

        private static bool IsHardCoded(ISymbol symbol, SemanticModel model, LocalDataFlow flow, CancellationToken cancellationToken)
        {
            if (symbol is ILocalSymbol local)
            {
                return local.IsConst
                    || (local.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(cancellationToken) is VariableDeclaratorSyntax { Initializer.Value: { } value }
                        && value.SyntaxTree == model.SyntaxTree
                        && model.GetOperation(value, cancellationToken) is { } initializer
                        && flow.IsHardCoded(initializer));
            }

            return symbol is IFieldSymbol or IPropertySymbol && flow.IsHardCodedMember(symbol, model);
        }

        private static bool IsKeyType(ITypeSymbol? type) => type switch
        {
            IArrayTypeSymbol { Rank: 1, ElementType.SpecialType: SpecialType.System_Byte } => true,
            INamedTypeSymbol { Name: "ReadOnlySpan" or "Span", TypeArguments.Length: 1, ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } span
                => span.TypeArguments[0].SpecialType == SpecialType.System_Byte,
            _ => false,
        };

        private static ITypeSymbol? TypeOf(ISymbol symbol) => symbol switch
        {
            ILocalSymbol local => local.Type,
            IParameterSymbol parameter => parameter.Type,
            IFieldSymbol field => field.Type,
            IPropertySymbol property => property.Type,
            _ => null,
        };

        private static LocalDataFlow CreateFlow(Document document, Compilation compilation)
        {
            var options = document.Project.AnalyzerOptions.AnalyzerConfigOptionsProvider;
            return new LocalDataFlow(compilation, new IdentifierExpressions(new PatientIdentifiers(options), new RedactionMethods(options)));
        }

        /// <summary>
        /// The fix edits one expression (and at most the type of the local it initializes) in this document, so its
        /// errors are the ones to compare: cheaper than <see cref="CompilationCheck"/> for every candidate key.
        /// </summary>
        private static async Task<bool> KeepsCompilingAsync(Document before, Document after, CancellationToken cancellationToken)
        {
            var original = await before.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            var changed = await after.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            return original is not null && changed is not null && Errors(changed, cancellationToken) <= Errors(original, cancellationToken);
        }

        private static int Errors(SemanticModel model, CancellationToken cancellationToken)
            => model.GetDiagnostics(cancellationToken: cancellationToken).Count(d => d.Severity == DiagnosticSeverity.Error);
    }
}
