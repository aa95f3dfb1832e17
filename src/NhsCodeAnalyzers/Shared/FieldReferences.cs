using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace NhsCodeAnalyzers.Shared
{
    /// <summary>
    /// Find References for a field, for the rules that judge a <c>const</c> or <c>readonly</c> field's literal by where
    /// the field is used (NHS2003, NHS3002, NHS3003) so the diagnostic stays on the literal, in the field's own
    /// declaration. One instance per compilation, shared by those rules: each file's identifiers are indexed once
    /// (name → positions), only the declaring type's files are searched for a private field, and a use is bound only
    /// when the caller's syntax-only test accepts it.
    /// </summary>
    internal sealed class FieldReferences
    {
        private static readonly ConditionalWeakTable<Compilation, FieldReferences> PerCompilation = new ConditionalWeakTable<Compilation, FieldReferences>();

        private readonly Compilation _compilation;
        private readonly ConcurrentDictionary<SyntaxTree, Dictionary<string, List<int>>> _names = new ConcurrentDictionary<SyntaxTree, Dictionary<string, List<int>>>();
        private readonly ConcurrentDictionary<SyntaxTree, SemanticModel> _models = new ConcurrentDictionary<SyntaxTree, SemanticModel>();

        private FieldReferences(Compilation compilation) => _compilation = compilation;

        public static FieldReferences For(Compilation compilation) => PerCompilation.GetValue(compilation, static c => new FieldReferences(c));

        /// <summary>
        /// The operations that read <paramref name="field"/> (the name, or <c>Type.Name</c> / <c>this.Name</c>), in the
        /// files that can see it; a use <paramref name="accept"/> rejects by its syntax is not bound.
        /// </summary>
        public IEnumerable<IOperation> ReferencesTo(IFieldSymbol field, System.Func<ExpressionSyntax, bool>? accept, CancellationToken cancellationToken)
        {
            var trees = field.DeclaredAccessibility == Accessibility.Private
                ? field.ContainingType.DeclaringSyntaxReferences.Select(static reference => reference.SyntaxTree).Distinct()
                : _compilation.SyntaxTrees;

            foreach (var tree in trees)
            {
                if (!Names(tree, cancellationToken).TryGetValue(field.Name, out var positions))
                {
                    continue;
                }

                var root = tree.GetRoot(cancellationToken);
                SemanticModel? model = null;
                foreach (var position in positions)
                {
                    if (root.FindToken(position).Parent is not IdentifierNameSyntax name)
                    {
                        continue;
                    }

                    var expression = name.Parent is MemberAccessExpressionSyntax access && access.Name == name ? access : (ExpressionSyntax)name;
                    if (accept is not null && !accept(expression))
                    {
                        continue;
                    }

                    model ??= Model(tree);
                    if (model.GetSymbolInfo(name, cancellationToken).Symbol is IFieldSymbol referenced
                        && SymbolEqualityComparer.Default.Equals(referenced.OriginalDefinition, field.OriginalDefinition)
                        && model.GetOperation(expression, cancellationToken) is { } reference)
                    {
                        yield return reference;
                    }
                }
            }
        }

        private Dictionary<string, List<int>> Names(SyntaxTree tree, CancellationToken cancellationToken)
            => _names.GetOrAdd(tree, tree =>
            {
                var names = new Dictionary<string, List<int>>(System.StringComparer.Ordinal);
                foreach (var token in tree.GetRoot(cancellationToken).DescendantTokens())
                {
                    if (!token.IsKind(SyntaxKind.IdentifierToken) || token.Parent is not IdentifierNameSyntax)
                    {
                        continue;
                    }

                    if (!names.TryGetValue(token.ValueText, out var positions))
                    {
                        positions = new List<int>();
                        names.Add(token.ValueText, positions);
                    }

                    positions.Add(token.SpanStart);
                }

                return names;
            });

        // Uses of a field can be in any file; binding them needs those files' semantic models. Done only for the few
        // fields whose text a rule cares about, only for files that name the field, and only for accepted uses.
#pragma warning disable RS1030 // Do not invoke Compilation.GetSemanticModel() method within a diagnostic analyzer
        private SemanticModel Model(SyntaxTree tree) => _models.GetOrAdd(tree, tree => _compilation.GetSemanticModel(tree));
#pragma warning restore RS1030
    }
}
