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
using Microsoft.CodeAnalysis.Formatting;
using NhsCodeAnalyzers.CodeFixes.Shared;
using NhsCodeAnalyzers.Descriptors;
using NhsCodeAnalyzers.Rules.SensitiveDataLogging;

namespace NhsCodeAnalyzers.CodeFixes.Rules
{
    /// <summary>
    /// NHS2005: keeps sensitive-data logging to development, using a host environment already in scope (a
    /// parameter, local, field or property of type <c>IHostEnvironment</c>/<c>IWebHostEnvironment</c>/
    /// <c>IHostingEnvironment</c>, or one such property of one, like <c>builder.Environment</c>). A call that is
    /// a statement of its own is wrapped in <c>if (env.IsDevelopment()) { ... }</c>; a call inside a chain or a
    /// lambda body becomes <c>EnableSensitiveDataLogging(env.IsDevelopment())</c>, which is on in development
    /// and off elsewhere. Offered only when such an environment is in scope and the result compiles.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SensitiveDataLoggingCodeFix)), Shared]
    public sealed class SensitiveDataLoggingCodeFix : CodeFixProvider
    {
        internal const string EquivalenceKey = RuleIds.SensitiveDataLogging + ".OnlyInDevelopment";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.SensitiveDataLogging);

        public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(
            static async (context, document, diagnostics) => await FixAllAsync(document, diagnostics, context.CancellationToken).ConfigureAwait(false));

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            foreach (var diagnostic in context.Diagnostics)
            {
                var (marked, annotations) = await MarkAsync(context.Document, ImmutableArray.Create(diagnostic), context.CancellationToken).ConfigureAwait(false);
                var (changed, environment) = await TryFixAsync(marked, annotations, context.CancellationToken).ConfigureAwait(false);
                if (changed is null)
                {
                    continue;
                }

                context.RegisterCodeFix(
                    CodeAction.Create(TitleFor(environment!), _ => Task.FromResult(changed), EquivalenceKey),
                    diagnostic);
            }
        }

        internal static string TitleFor(string environment) => $"Enable only when {environment}.IsDevelopment()";

        private static async Task<Document> FixAllAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
        {
            var (marked, annotations) = await MarkAsync(document, diagnostics, cancellationToken).ConfigureAwait(false);
            var (all, _) = await TryFixAsync(marked, annotations, cancellationToken).ConfigureAwait(false);
            if (all is not null)
            {
                return all;
            }

            // One at a time, keeping those that compile; the marks find each call again after earlier edits.
            var current = marked;
            foreach (var annotation in annotations)
            {
                var (single, _) = await TryFixAsync(current, ImmutableArray.Create(annotation), cancellationToken).ConfigureAwait(false);
                current = single ?? current;
            }

            return current;
        }

        /// <summary>Marks each diagnostic's call so it can be found again once other edits have moved it.</summary>
        private static async Task<(Document Marked, ImmutableArray<SyntaxAnnotation> Annotations)> MarkAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root is null)
            {
                return (document, ImmutableArray<SyntaxAnnotation>.Empty);
            }

            var marks = new Dictionary<SyntaxNode, SyntaxAnnotation>();
            foreach (var diagnostic in diagnostics)
            {
                if (root.FullSpan.Contains(diagnostic.Location.SourceSpan) &&
                    root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is InvocationExpressionSyntax invocation &&
                    !marks.ContainsKey(invocation))
                {
                    marks[invocation] = new SyntaxAnnotation(EquivalenceKey);
                }
            }

            var marked = root.ReplaceNodes(marks.Keys, (original, rewritten) => rewritten.WithAdditionalAnnotations(marks[original]));
            return (document.WithSyntaxRoot(marked), marks.Values.ToImmutableArray());
        }

        /// <summary>The cleaned-up document with every marked call guarded, or null when one has no environment in scope or the result does not compile.</summary>
        private static async Task<(Document? Changed, string? Environment)> TryFixAsync(Document document, ImmutableArray<SyntaxAnnotation> annotations, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (root is null || model is null || annotations.IsEmpty || DevelopmentGuards.Create(model.Compilation) is not { } guards || guards.Environments.IsEmpty)
            {
                return (null, null);
            }

            var replacements = new Dictionary<SyntaxNode, SyntaxNode>();
            var imports = new SortedSet<string>(StringComparer.Ordinal);
            string? environmentText = null;
            foreach (var annotation in annotations)
            {
                if (root.GetAnnotatedNodes(annotation).FirstOrDefault() is not InvocationExpressionSyntax invocation ||
                    FindEnvironment(model, invocation.SpanStart, guards, cancellationToken) is not { } environment)
                {
                    return (null, null);
                }

                var (target, replacement) = Guard(invocation, environment.Expression);
                if (replacements.ContainsKey(target))
                {
                    return (null, null);
                }

                replacements[target] = replacement;
                environmentText = environment.Expression.ToString();
                if (!IsDevelopmentBinds(model, invocation.SpanStart, environment.Expression, environment.Extensions))
                {
                    imports.Add(environment.Extensions.ContainingNamespace.ToDisplayString());
                }
            }

            var updated = root.ReplaceNodes(replacements.Keys, (original, _) => replacements[original]);
            foreach (var import in imports)
            {
                updated = AddUsing(updated, import);
            }

            var changed = await DocumentCleanup.FinishAsync(document.WithSyntaxRoot(updated), cancellationToken).ConfigureAwait(false);
            return await CompilationCheck.KeepsCompilingAsync(document.Project, changed.Project, cancellationToken).ConfigureAwait(false)
                ? (changed, environmentText)
                : (null, null);
        }

        /// <summary>The edit for one call: wrap its statement in an <c>if</c>, or pass the check as its argument.</summary>
        private static (SyntaxNode Target, SyntaxNode Replacement) Guard(InvocationExpressionSyntax invocation, ExpressionSyntax environment)
        {
            var isDevelopment = IsDevelopmentCall(environment);

            if (invocation.Parent is ExpressionStatementSyntax statement && IsPlainReceiver(invocation))
            {
                var endOfLine = statement.GetTrailingTrivia().LastOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
                var body = SyntaxFactory.Block(statement.WithoutLeadingTrivia());
                var wrapped = SyntaxFactory.IfStatement(isDevelopment, body)
                    .WithLeadingTrivia(statement.GetLeadingTrivia())
                    .WithTrailingTrivia(endOfLine == default ? SyntaxFactory.ElasticMarker : endOfLine)
                    .WithAdditionalAnnotations(Formatter.Annotation);
                return (statement, wrapped);
            }

            var argument = invocation.ArgumentList.Arguments.FirstOrDefault();
            if (argument is null)
            {
                var arguments = invocation.ArgumentList.WithArguments(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(isDevelopment)));
                return (invocation.ArgumentList, arguments);
            }

            ExpressionSyntax value = argument.Expression.IsKind(SyntaxKind.TrueLiteralExpression)
                ? isDevelopment
                : SyntaxFactory.BinaryExpression(SyntaxKind.LogicalAndExpression, Parenthesize(argument.Expression.WithoutTrivia()), isDevelopment);
            return (argument.Expression, value.WithTriviaFrom(argument.Expression));
        }

        private static InvocationExpressionSyntax IsDevelopmentCall(ExpressionSyntax environment)
            => SyntaxFactory.InvocationExpression(
                SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, environment, SyntaxFactory.IdentifierName("IsDevelopment")));

        /// <summary>True when <c>env.IsDevelopment()</c> already binds to the hosting extension where the call is (its namespace is imported, globally or not).</summary>
        private static bool IsDevelopmentBinds(SemanticModel model, int position, ExpressionSyntax environment, INamedTypeSymbol extensions)
            => model.GetSpeculativeSymbolInfo(position, IsDevelopmentCall(environment), SpeculativeBindingOption.BindAsExpression).Symbol is IMethodSymbol method &&
               SymbolEqualityComparer.Default.Equals(method.ContainingType, extensions);

        /// <summary>
        /// Adds <c>using <paramref name="import"/>;</c> among the file's using directives, System namespaces first
        /// and then in alphabetical order. (The workspace's import adder does not import a namespace for an
        /// extension method, only for a qualified type name, so the directive is written here.)
        /// </summary>
        private static SyntaxNode AddUsing(SyntaxNode root, string import)
        {
            if (root is not CompilationUnitSyntax unit)
            {
                return root;
            }

            var endOfLine = unit.DescendantTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
            if (endOfLine == default)
            {
                endOfLine = SyntaxFactory.ElasticCarriageReturnLineFeed;
            }

            var directive = SyntaxFactory.UsingDirective(SyntaxFactory.ParseName(import)).WithTrailingTrivia(endOfLine);
            var usings = unit.Usings;
            if (usings.Count == 0)
            {
                var first = unit.GetFirstToken(includeZeroWidth: true);
                directive = directive.WithLeadingTrivia(first.LeadingTrivia).WithTrailingTrivia(endOfLine, endOfLine);
                unit = unit.ReplaceToken(first, first.WithLeadingTrivia());
                return unit.WithUsings(SyntaxFactory.SingletonList(directive));
            }

            var index = usings.Count;
            for (var i = 0; i < usings.Count; i++)
            {
                var existing = usings[i];
                if (existing.Alias is null && existing.StaticKeyword.IsKind(SyntaxKind.None) && existing.GlobalKeyword.IsKind(SyntaxKind.None) &&
                    existing.Name is not null && CompareImports(import, existing.Name.ToString()) < 0)
                {
                    index = i;
                    break;
                }
            }

            if (index == 0)
            {
                // Keep a header comment above the first directive at the top of the file.
                directive = directive.WithLeadingTrivia(usings[0].GetLeadingTrivia());
                usings = usings.Replace(usings[0], usings[0].WithLeadingTrivia());
            }

            return unit.WithUsings(usings.Insert(index, directive));
        }

        private static int CompareImports(string left, string right)
        {
            static bool IsSystem(string name) => name == "System" || name.StartsWith("System.", StringComparison.Ordinal);
            if (IsSystem(left) != IsSystem(right))
            {
                return IsSystem(left) ? -1 : 1;
            }

            return string.Compare(left, right, StringComparison.OrdinalIgnoreCase);
        }

        /// <summary>The call is made on a variable, field or property, so wrapping its statement guards nothing else (not <c>o.UseSqlServer(cs).EnableSensitiveDataLogging()</c>).</summary>
        private static bool IsPlainReceiver(InvocationExpressionSyntax invocation)
        {
            static bool IsPlain(ExpressionSyntax expression) => expression switch
            {
                IdentifierNameSyntax or ThisExpressionSyntax or BaseExpressionSyntax => true,
                MemberAccessExpressionSyntax access => IsPlain(access.Expression),
                _ => false,
            };

            return invocation.Expression is MemberAccessExpressionSyntax { Expression: var receiver } && IsPlain(receiver);
        }

        private static ExpressionSyntax Parenthesize(ExpressionSyntax expression)
            => expression is IdentifierNameSyntax or MemberAccessExpressionSyntax or InvocationExpressionSyntax or LiteralExpressionSyntax or ParenthesizedExpressionSyntax
                ? expression
                : SyntaxFactory.ParenthesizedExpression(expression);

        /// <summary>
        /// A host environment the code at <paramref name="position"/> can use: a local or parameter first, then a
        /// field or property, then a property of one of those (<c>builder.Environment</c>,
        /// <c>context.HostingEnvironment</c>); each is bound speculatively to prove it means the same there.
        /// </summary>
        private static (ExpressionSyntax Expression, INamedTypeSymbol Extensions)? FindEnvironment(SemanticModel model, int position, DevelopmentGuards guards, CancellationToken cancellationToken)
        {
            var symbols = model.LookupSymbols(position)
                .Where(s => s is ILocalSymbol or IParameterSymbol or IFieldSymbol or IPropertySymbol)
                .Where(s => s is not ILocalSymbol || s.DeclaringSyntaxReferences.All(r => r.Span.Start < position))
                .OrderBy(s => s is ILocalSymbol or IParameterSymbol ? 0 : 1)
                .ThenBy(s => s.Name, StringComparer.Ordinal)
                .ToList();

            foreach (var symbol in symbols)
            {
                if (ExtensionsFor(TypeOf(symbol), guards) is { } extensions &&
                    Binds(model, position, SyntaxFactory.IdentifierName(symbol.Name), symbol, cancellationToken) is { } expression)
                {
                    return (expression, extensions);
                }
            }

            foreach (var symbol in symbols)
            {
                foreach (var property in InstanceProperties(TypeOf(symbol)))
                {
                    if (ExtensionsFor(property.Type, guards) is { } extensions &&
                        Binds(model, position, SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, SyntaxFactory.IdentifierName(symbol.Name), SyntaxFactory.IdentifierName(property.Name)), property, cancellationToken) is { } expression)
                    {
                        return (expression, extensions);
                    }
                }
            }

            return null;
        }

        private static ExpressionSyntax? Binds(SemanticModel model, int position, ExpressionSyntax expression, ISymbol expected, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var bound = model.GetSpeculativeSymbolInfo(position, expression, SpeculativeBindingOption.BindAsExpression).Symbol;
            return SymbolEqualityComparer.Default.Equals(bound?.OriginalDefinition, expected.OriginalDefinition) ? expression : null;
        }

        private static ITypeSymbol? TypeOf(ISymbol symbol) => symbol switch
        {
            ILocalSymbol local => local.Type,
            IParameterSymbol parameter => parameter.Type,
            IFieldSymbol field => field.Type,
            IPropertySymbol property => property.Type,
            _ => null,
        };

        private static IEnumerable<IPropertySymbol> InstanceProperties(ITypeSymbol? type)
        {
            for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
            {
                foreach (var property in current.GetMembers().OfType<IPropertySymbol>())
                {
                    if (!property.IsStatic && !property.IsIndexer && property.DeclaredAccessibility == Accessibility.Public && property.GetMethod is not null)
                    {
                        yield return property;
                    }
                }
            }
        }

        /// <summary>The class declaring <c>IsDevelopment()</c> for this environment type, or null when it is not one.</summary>
        private static INamedTypeSymbol? ExtensionsFor(ITypeSymbol? type, DevelopmentGuards guards)
        {
            if (type is null)
            {
                return null;
            }

            foreach (var (environment, extensions) in guards.Environments)
            {
                if (SymbolEqualityComparer.Default.Equals(type, environment) || type.AllInterfaces.Contains(environment, SymbolEqualityComparer.Default))
                {
                    return extensions;
                }
            }

            return null;
        }
    }
}
