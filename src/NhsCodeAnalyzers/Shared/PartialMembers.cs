using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace NhsCodeAnalyzers.Shared
{
    /// <summary>
    /// C# 13 partial properties and indexers: each of the two declarations is a symbol of its own, and both reach
    /// symbol actions, so a rule that reports on a member reports on the defining declaration only.
    /// (<c>IPropertySymbol.PartialDefinitionPart</c> came after Roslyn 4.8, which these analyzers build against; the
    /// syntax says the same: the implementing declaration is the one whose accessors have bodies.)
    /// </summary>
    internal static class PartialMembers
    {
        public static bool IsPartialImplementation(ISymbol symbol)
            => symbol is IPropertySymbol { DeclaringSyntaxReferences.Length: 1 } property
                && property.DeclaringSyntaxReferences[0].GetSyntax() is BasePropertyDeclarationSyntax declaration
                && declaration.Modifiers.Any(SyntaxKind.PartialKeyword)
                && (declaration is PropertyDeclarationSyntax { ExpressionBody: not null } or IndexerDeclarationSyntax { ExpressionBody: not null }
                    || declaration.AccessorList?.Accessors.Any(accessor => accessor.Body is not null || accessor.ExpressionBody is not null) == true);
    }
}
