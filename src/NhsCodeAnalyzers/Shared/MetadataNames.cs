using System.Text;
using Microsoft.CodeAnalysis;

namespace NhsCodeAnalyzers.Shared
{
    internal static class MetadataNames
    {
        /// <summary>The name a team writes in an option: <c>Namespace.Outer+Nested</c>, with <c>`N</c> for generic types.</summary>
        public static string FullMetadataName(INamedTypeSymbol type)
        {
            var builder = new StringBuilder(type.MetadataName);
            for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
            {
                builder.Insert(0, outer.MetadataName + "+");
            }

            var ns = type.ContainingNamespace;
            if (ns is not null && !ns.IsGlobalNamespace)
            {
                builder.Insert(0, ns.ToDisplayString() + ".");
            }

            return builder.ToString();
        }
    }
}
