using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace NhsCodeAnalyzers.Shared.Persistence
{
    /// <summary>
    /// The item types a compilation passes to Cosmos DB (<c>container.CreateItemAsync(patient)</c>): the type
    /// argument, written or inferred. Only files whose text names one of the container methods are bound.
    /// </summary>
    internal static class CosmosItemTypes
    {
        public static void AddTo(HashSet<INamedTypeSymbol> stored, Compilation compilation, INamedTypeSymbol container, CancellationToken cancellationToken)
        {
            foreach (var tree in compilation.SyntaxTrees)
            {
                var text = tree.GetText(cancellationToken).ToString();
                if (!PersistenceTypeNames.CosmosItemMethods.Any(name => text.IndexOf(name, StringComparison.Ordinal) >= 0))
                {
                    continue;
                }

                // Built once per compilation, only for the few files that call a Cosmos DB container, because an
                // item type is known only from the call's (often inferred) type argument.
#pragma warning disable RS1030 // Do not invoke Compilation.GetSemanticModel() method within a diagnostic analyzer
                var model = compilation.GetSemanticModel(tree);
#pragma warning restore RS1030
                foreach (var invocation in tree.GetRoot(cancellationToken).DescendantNodes().OfType<InvocationExpressionSyntax>())
                {
                    if (invocation.Expression is MemberAccessExpressionSyntax access &&
                        Array.IndexOf(PersistenceTypeNames.CosmosItemMethods, access.Name.Identifier.ValueText) >= 0 &&
                        model.GetSymbolInfo(invocation, cancellationToken).Symbol is IMethodSymbol { TypeArguments.Length: 1 } method &&
                        TypeHierarchy.IsOrDerivesFrom(method.ContainingType, container) &&
                        method.TypeArguments[0] is INamedTypeSymbol item &&
                        item.Locations.Any(l => l.IsInSource))
                    {
                        stored.Add(item.OriginalDefinition);
                    }
                }
            }
        }
    }
}
