using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace NhsCodeAnalyzers.Shared
{
    /// <summary>
    /// The one place that asks a compilation for types by metadata name (banned elsewhere by RS0030).
    /// Call it from a compilation-start action, never per node.
    /// </summary>
    internal static class TypeLookup
    {
#pragma warning disable RS0030 // This is the sanctioned wrapper around the banned lookups.
        /// <summary>Every type with this metadata name in the compilation and its references (empty when absent).</summary>
        public static ImmutableArray<INamedTypeSymbol> FindAll(Compilation compilation, string metadataName)
            => compilation.GetTypesByMetadataName(metadataName);

        /// <summary>The type with this metadata name, or null when it is absent or ambiguous.</summary>
        public static INamedTypeSymbol? Find(Compilation compilation, string metadataName)
            => compilation.GetTypeByMetadataName(metadataName);
#pragma warning restore RS0030

        /// <summary>Every type found for any of the names, as a set for quick membership tests.</summary>
        public static ImmutableHashSet<INamedTypeSymbol> FindSet(Compilation compilation, ImmutableArray<string> metadataNames)
        {
            var builder = ImmutableHashSet.CreateBuilder<INamedTypeSymbol>(SymbolEqualityComparer.Default);
            foreach (var name in metadataNames)
            {
                builder.UnionWith(FindAll(compilation, name));
            }

            return builder.ToImmutable();
        }
    }
}
