using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Simplification;
using NhsCodeAnalyzers.CodeFixes.Shared;
using NhsCodeAnalyzers.Shared;

namespace NhsCodeAnalyzers.CodeFixes.Rules
{
    /// <summary>What the NHS3001 fix will change in one document: calls to replace and formatter declarations to remove.</summary>
    internal sealed class SerializerRewritePlan
    {
        public Dictionary<SyntaxNode, ExpressionSyntax> Replacements { get; } = new Dictionary<SyntaxNode, ExpressionSyntax>();

        public HashSet<SyntaxNode> Removals { get; } = new HashSet<SyntaxNode>();

        public bool IsEmpty => Replacements.Count == 0 && Removals.Count == 0;
    }

    /// <summary>Plans and applies the NHS3001 rewrite to System.Text.Json.</summary>
    internal static class ProprietarySerializerRewrite
    {
        public static async Task<SerializerRewritePlan?> PlanAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (root is null || model is null)
            {
                return null;
            }

            var context = RewriteContext.Create(document, model, cancellationToken);
            if (context is null)
            {
                return null;
            }

            var plan = new SerializerRewritePlan();
            var formatterVariables = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
            foreach (var diagnostic in diagnostics)
            {
                var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
                PlanDiagnostic(context, root, node, plan, formatterVariables);
            }

            foreach (var variable in formatterVariables)
            {
                var declaration = RemovableDeclaration(context, root, variable, plan);
                if (declaration is not null)
                {
                    plan.Removals.Add(declaration);
                }
            }

            return plan;
        }

        public static Task<Document> ApplyAsync(Document document, SerializerRewritePlan plan, CancellationToken cancellationToken)
            => ApplyCoreAsync(document, plan, cancellationToken);

        private static async Task<Document> ApplyCoreAsync(Document document, SerializerRewritePlan plan, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root is null)
            {
                return document;
            }

            root = root.TrackNodes(plan.Replacements.Keys.Concat(plan.Removals));
            foreach (var replacement in plan.Replacements)
            {
                var current = root.GetCurrentNode(replacement.Key);
                if (current is not null)
                {
                    root = root.ReplaceNode(current, replacement.Value);
                }
            }

            foreach (var removal in plan.Removals)
            {
                var current = root.GetCurrentNode(removal);
                if (current is not null)
                {
                    root = SyntaxRemoval.RemoveKeepingComments(root, current);
                }
            }

            return document.WithSyntaxRoot(root);
        }

        private static void PlanDiagnostic(RewriteContext context, SyntaxNode root, SyntaxNode node, SerializerRewritePlan plan, HashSet<ISymbol> formatterVariables)
        {
            switch (node)
            {
                case InvocationExpressionSyntax invocation:
                    TryPlanCall(context, invocation, plan, formatterVariables);
                    break;
                case BaseObjectCreationExpressionSyntax creation when CallOnCreation(creation) is { } invocation:
                    TryPlanCall(context, invocation, plan, formatterVariables);
                    break;
                case BaseObjectCreationExpressionSyntax creation when creation.Parent?.Parent is VariableDeclaratorSyntax declarator:
                    PlanVariable(context, root, declarator, plan, formatterVariables);
                    break;
            }
        }

        private static InvocationExpressionSyntax? CallOnCreation(BaseObjectCreationExpressionSyntax creation)
        {
            SyntaxNode current = creation;
            while (current.Parent is ParenthesizedExpressionSyntax parenthesized)
            {
                current = parenthesized;
            }

            return current.Parent is MemberAccessExpressionSyntax access && access.Expression == current && access.Parent is InvocationExpressionSyntax invocation && invocation.Expression == access
                ? invocation
                : null;
        }

        /// <summary>A diagnostic on <c>var formatter = new BinaryFormatter();</c>: fix every call on it, or none.</summary>
        private static void PlanVariable(RewriteContext context, SyntaxNode root, VariableDeclaratorSyntax declarator, SerializerRewritePlan plan, HashSet<ISymbol> formatterVariables)
        {
            var variable = context.Model.GetDeclaredSymbol(declarator, context.CancellationToken);
            if (variable is null)
            {
                return;
            }

            var calls = new List<InvocationExpressionSyntax>();
            foreach (var reference in References(context, root, variable))
            {
                if (CallOnReference(reference) is not { } call || !CanPlanCall(context, call))
                {
                    return;
                }

                calls.Add(call);
            }

            foreach (var call in calls)
            {
                TryPlanCall(context, call, plan, formatterVariables);
            }

            formatterVariables.Add(variable);
        }

        private static bool CanPlanCall(RewriteContext context, InvocationExpressionSyntax invocation)
            => BuildReplacement(context, invocation) is not null;

        private static void TryPlanCall(RewriteContext context, InvocationExpressionSyntax invocation, SerializerRewritePlan plan, HashSet<ISymbol> formatterVariables)
        {
            if (BuildReplacement(context, invocation) is not { } replacement)
            {
                return;
            }

            plan.Replacements[replacement.Target] = replacement.Expression;
            var receiver = ((MemberAccessExpressionSyntax)invocation.Expression).Expression;
            var symbol = context.Model.GetSymbolInfo(receiver, context.CancellationToken).Symbol;
            if (symbol is ILocalSymbol or IFieldSymbol)
            {
                formatterVariables.Add(symbol);
            }
        }

        private static (SyntaxNode Target, ExpressionSyntax Expression)? BuildReplacement(RewriteContext context, InvocationExpressionSyntax invocation)
        {
            if (invocation.Expression is not MemberAccessExpressionSyntax ||
                context.Model.GetOperation(invocation, context.CancellationToken) is not IInvocationOperation operation ||
                !TypeHierarchy.IsOrDerivesFromAny(operation.Instance?.Type, context.Formatters) ||
                operation.TargetMethod.Parameters.Length == 0 ||
                !SymbolEqualityComparer.Default.Equals(operation.TargetMethod.Parameters[0].Type, context.Stream))
            {
                return null;
            }

            var serializer = ((ExpressionSyntax)context.Generator.TypeExpression(context.JsonSerializer))
                .WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);
            switch (operation.TargetMethod.Name)
            {
                case "Serialize" when operation.Arguments.Length == 2:
                    var call = SyntaxFactory.InvocationExpression(
                        SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, serializer, SyntaxFactory.IdentifierName("Serialize")),
                        Arguments(ArgumentFor(operation, 0), ArgumentFor(operation, 1)));
                    return (invocation, call.WithTriviaFrom(invocation));

                case "Deserialize" when operation.Arguments.Length == 1 && EnclosingCast(invocation) is { } cast:
                    var generic = SyntaxFactory.GenericName(SyntaxFactory.Identifier("Deserialize"), SyntaxFactory.TypeArgumentList(SyntaxFactory.SingletonSeparatedList(cast.Type.WithoutTrivia())));
                    var typed = SyntaxFactory.InvocationExpression(
                        SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, serializer, generic),
                        Arguments(ArgumentFor(operation, 0)));
                    return (cast, typed.WithTriviaFrom(cast));

                default:
                    return null;
            }
        }

        private static CastExpressionSyntax? EnclosingCast(InvocationExpressionSyntax invocation)
        {
            SyntaxNode current = invocation;
            while (current.Parent is ParenthesizedExpressionSyntax parenthesized)
            {
                current = parenthesized;
            }

            return current.Parent as CastExpressionSyntax;
        }

        private static ExpressionSyntax ArgumentFor(IInvocationOperation operation, int ordinal)
        {
            var argument = operation.Arguments.First(a => a.Parameter?.Ordinal == ordinal);
            var expression = argument.Syntax is ArgumentSyntax syntax ? syntax.Expression : (ExpressionSyntax)argument.Value.Syntax;
            return expression.WithoutTrivia();
        }

        private static ArgumentListSyntax Arguments(params ExpressionSyntax[] expressions)
            => SyntaxFactory.ArgumentList(SyntaxFactory.SeparatedList(expressions.Select(SyntaxFactory.Argument)));

        /// <summary>The declaration to delete once every use of the formatter variable is rewritten, or null to keep it.</summary>
        private static SyntaxNode? RemovableDeclaration(RewriteContext context, SyntaxNode root, ISymbol variable, SerializerRewritePlan plan)
        {
            if (variable is IFieldSymbol field && (field.DeclaredAccessibility != Accessibility.Private || field.ContainingType.DeclaringSyntaxReferences.Length != 1))
            {
                return null;
            }

            if (variable.DeclaringSyntaxReferences.Length != 1 ||
                variable.DeclaringSyntaxReferences[0].SyntaxTree != root.SyntaxTree ||
                variable.DeclaringSyntaxReferences[0].GetSyntax(context.CancellationToken) is not VariableDeclaratorSyntax declarator ||
                !HasNoSideEffects(declarator.Initializer?.Value))
            {
                return null;
            }

            foreach (var reference in References(context, root, variable))
            {
                if (CallOnReference(reference) is not { } call || !IsPlanned(call, plan))
                {
                    return null;
                }
            }

            if (declarator.Parent is VariableDeclarationSyntax { Variables.Count: 1 } declaration &&
                declaration.Parent is LocalDeclarationStatementSyntax or FieldDeclarationSyntax)
            {
                return declaration.Parent;
            }

            return declarator.Parent is VariableDeclarationSyntax { Variables.Count: > 1 } ? declarator : null;
        }

        private static bool IsPlanned(InvocationExpressionSyntax call, SerializerRewritePlan plan)
            => plan.Replacements.ContainsKey(call) || (EnclosingCast(call) is { } cast && plan.Replacements.ContainsKey(cast));

        private static bool HasNoSideEffects(ExpressionSyntax? initializer)
            => initializer switch
            {
                null => true,
                LiteralExpressionSyntax => true,
                BaseObjectCreationExpressionSyntax creation => (creation.ArgumentList is null || creation.ArgumentList.Arguments.Count == 0) && creation.Initializer is null,
                _ => false,
            };

        private static IEnumerable<ExpressionSyntax> References(RewriteContext context, SyntaxNode root, ISymbol variable)
        {
            foreach (var identifier in root.DescendantNodes().OfType<IdentifierNameSyntax>())
            {
                if (identifier.Identifier.ValueText == variable.Name &&
                    SymbolEqualityComparer.Default.Equals(context.Model.GetSymbolInfo(identifier, context.CancellationToken).Symbol, variable))
                {
                    yield return identifier.Parent is MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax } qualified && qualified.Name == identifier
                        ? qualified
                        : identifier;
                }
            }
        }

        private static InvocationExpressionSyntax? CallOnReference(ExpressionSyntax reference)
            => reference.Parent is MemberAccessExpressionSyntax access && access.Expression == reference && access.Parent is InvocationExpressionSyntax invocation && invocation.Expression == access
                ? invocation
                : null;

        private sealed class RewriteContext
        {
            private RewriteContext(SemanticModel model, INamedTypeSymbol jsonSerializer, INamedTypeSymbol stream, ImmutableHashSet<INamedTypeSymbol> formatters, SyntaxGenerator generator, CancellationToken cancellationToken)
            {
                Model = model;
                JsonSerializer = jsonSerializer;
                Stream = stream;
                Formatters = formatters;
                Generator = generator;
                CancellationToken = cancellationToken;
            }

            public SemanticModel Model { get; }

            public INamedTypeSymbol JsonSerializer { get; }

            public INamedTypeSymbol Stream { get; }

            public ImmutableHashSet<INamedTypeSymbol> Formatters { get; }

            public SyntaxGenerator Generator { get; }

            public CancellationToken CancellationToken { get; }

            /// <summary>Null when the rewrite would not compile: no System.Text.Json, or one without the Stream overloads (before .NET 6).</summary>
            public static RewriteContext? Create(Document document, SemanticModel model, CancellationToken cancellationToken)
            {
                var compilation = model.Compilation;
                var jsonSerializer = TypeLookup.Find(compilation, WellKnownTypeNames.JsonSerializer);
                var stream = TypeLookup.Find(compilation, WellKnownTypeNames.Stream);
                if (jsonSerializer is null || stream is null || !HasStreamOverloads(jsonSerializer, stream) || !compilation.IsSymbolAccessibleWithin(jsonSerializer, compilation.Assembly))
                {
                    return null;
                }

                var formatters = TypeLookup.FindSet(compilation, WellKnownTypeNames.ProprietaryFormatters);
                return new RewriteContext(model, jsonSerializer, stream, formatters, SyntaxGenerator.GetGenerator(document), cancellationToken);
            }

            private static bool HasStreamOverloads(INamedTypeSymbol jsonSerializer, INamedTypeSymbol stream)
            {
                bool Has(string name) => jsonSerializer.GetMembers(name).OfType<IMethodSymbol>()
                    .Any(m => m.IsGenericMethod && m.Parameters.Length > 0 && SymbolEqualityComparer.Default.Equals(m.Parameters[0].Type, stream));
                return Has("Serialize") && Has("Deserialize");
            }
        }
    }
}
