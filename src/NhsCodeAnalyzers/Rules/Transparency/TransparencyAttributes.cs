using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace NhsCodeAnalyzers.Rules.Transparency
{
    /// <summary>
    /// The transparency declarations of NhsCodeAnalyzers.Annotations (<c>[DataProvenance]</c>, <c>[AlgorithmCard]</c>,
    /// <c>[EncryptedAtRest]</c>) and the values each must state. Recognised by full or simple name in any namespace,
    /// so a team's own attributes of the same names count. (Candidates to move to <c>Shared/AnnotationNames.cs</c>.)
    /// </summary>
    internal static class TransparencyAttributes
    {
        public const string Namespace = "NhsCodeAnalyzers.Annotations";
        public const string DataProvenance = "DataProvenanceAttribute";
        public const string DataProvenanceMetadataName = Namespace + "." + DataProvenance;
        public const string AlgorithmCard = "AlgorithmCardAttribute";
        public const string EncryptedAtRest = "EncryptedAtRestAttribute";

        /// <summary>The values <c>[DataProvenance]</c> must state (named arguments).</summary>
        public static readonly ImmutableArray<string> DataProvenanceRequired = ImmutableArray.Create("Source", "LawfulBasis", "Limitations");

        /// <summary>The values <c>[AlgorithmCard]</c> must state (named arguments).</summary>
        public static readonly ImmutableArray<string> AlgorithmCardRequired = ImmutableArray.Create("ModelType", "IntendedUse", "Validation", "Limitations");

        /// <summary>The value <c>[EncryptedAtRest]</c> must state (its constructor argument, or a <c>Mechanism</c> property of a look-alike).</summary>
        public static readonly ImmutableArray<string> EncryptedAtRestRequired = ImmutableArray.Create("mechanism");

        /// <summary>The attribute name without its <c>Attribute</c> suffix, as users write it and as messages show it.</summary>
        public static string ShortName(string attributeName)
            => attributeName.EndsWith("Attribute", StringComparison.Ordinal) ? attributeName.Substring(0, attributeName.Length - "Attribute".Length) : attributeName;

        /// <summary>True when the attribute class has this simple name (with or without the suffix), in any namespace.</summary>
        public static bool Is(INamedTypeSymbol? attributeClass, string attributeName)
            => attributeClass is not null && (attributeClass.Name == attributeName || attributeClass.Name == ShortName(attributeName));

        /// <summary>True when the type or one of its base types carries <c>[DataProvenance]</c>.</summary>
        public static bool HasDataProvenance(INamedTypeSymbol type)
        {
            for (var current = type; current is not null; current = current.BaseType)
            {
                foreach (var attribute in current.GetAttributes())
                {
                    if (Is(attribute.AttributeClass, DataProvenance))
                    {
                        return true;
                    }
                }
            }

            return false;
        }
    }
}
