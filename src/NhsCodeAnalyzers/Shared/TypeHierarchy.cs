using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace NhsCodeAnalyzers.Shared
{
    internal static class TypeHierarchy
    {
        /// <summary>True when <paramref name="type"/> is, or derives from, one of <paramref name="types"/> (generic definitions compared).</summary>
        public static bool IsOrDerivesFromAny(ITypeSymbol? type, ImmutableHashSet<INamedTypeSymbol> types)
        {
            for (var current = type as INamedTypeSymbol; current is not null; current = current.BaseType)
            {
                if (types.Contains(current.OriginalDefinition))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>True when <paramref name="type"/> is, or derives from, <paramref name="baseType"/> (generic definitions compared).</summary>
        public static bool IsOrDerivesFrom(ITypeSymbol? type, INamedTypeSymbol baseType)
        {
            for (var current = type as INamedTypeSymbol; current is not null; current = current.BaseType)
            {
                if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, baseType.OriginalDefinition))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
