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
    /// declaration. One instance per compilation, shared by those rules: a file's text is searched for the name
    /// (no syntax walk), only the declaring type's files for a private field, and a use is bound only when the
    /// caller's syntax-only test accepts it.
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
                var root = tree.GetRoot(cancellationToken);
                SemanticModel? model = null;
                foreach (var position in Occurrences(tree, field.Name, cancellationToken))
                {
                    if (root.FindToken(position) is not { Parent: IdentifierNameSyntax name } token || token.ValueText != field.Name)
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

        /// <summary>
        /// Where the name may be written in the file: a text search (no syntax walk), confirmed by the caller against
        /// the token found there. A file that writes identifiers with Unicode escapes is searched by its tokens.
        /// </summary>
        private IEnumerable<int> Occurrences(SyntaxTree tree, string name, CancellationToken cancellationToken)
        {
            var text = tree.GetText(cancellationToken).ToString();
            if (text.IndexOf("\\u", System.StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return Names(tree, cancellationToken).TryGetValue(name, out var positions) ? positions : Enumerable.Empty<int>();
            }

            var found = new List<int>();
            for (var index = text.IndexOf(name, System.StringComparison.Ordinal); index >= 0; index = text.IndexOf(name, index + name.Length, System.StringComparison.Ordinal))
            {
                found.Add(index);
            }

            return found;
        }

        /// <summary>The file's identifier names and their positions, for files whose text cannot be searched directly.</summary>
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
