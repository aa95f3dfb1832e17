using System.Linq;
using Microsoft.CodeAnalysis;

namespace NhsCodeAnalyzers.Shared
{
    /// <summary>
    /// The attributes of NhsCodeAnalyzers.Annotations (and look-alikes the rules honour), recognised by full or
    /// simple name in any namespace so teams may declare their own.
    /// </summary>
    internal static class AnnotationNames
    {
        public const string Namespace = "NhsCodeAnalyzers.Annotations";
        public const string EncryptedAtRest = "EncryptedAtRestAttribute";
        public const string EncryptedAtRestMetadataName = Namespace + "." + EncryptedAtRest;

        /// <summary>ASP.NET Core Identity's marker for personal data it protects (encrypts) when configured to.</summary>
        public const string ProtectedPersonalData = "ProtectedPersonalDataAttribute";

        /// <summary>True when the symbol carries an attribute of this simple name (with or without the Attribute suffix).</summary>
        public static bool HasAttribute(ISymbol symbol, string attributeName)
        {
            var shortName = attributeName.EndsWith("Attribute", System.StringComparison.Ordinal)
                ? attributeName.Substring(0, attributeName.Length - "Attribute".Length)
                : attributeName;
            return symbol.GetAttributes().Any(a => a.AttributeClass?.Name == attributeName || a.AttributeClass?.Name == shortName);
        }
    }
}
