using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace NhsCodeAnalyzers.Shared.Persistence
{
    /// <summary>
    /// Reads an EF Core model-configuration body (<c>OnModelCreating</c>, <c>IEntityTypeConfiguration&lt;T&gt;.Configure</c>)
    /// by syntax alone: which entity types <c>Entity&lt;T&gt;()</c> registers, and which properties
    /// <c>.Property(x =&gt; x.Name)...HasConversion(...)</c> converts. Types are matched by simple name, so no
    /// semantic model is built for bodies that only configure the model.
    /// </summary>
    internal static class EfModelConfigurationScanner
    {
        public static void Scan(SyntaxNode body, string? defaultEntity, ICollection<string> registeredEntities, ICollection<(string? Entity, string Member)> conversions)
        {
            foreach (var node in body.DescendantNodes())
            {
                if (node is not InvocationExpressionSyntax invocation)
                {
                    continue;
                }

                switch (InvokedName(invocation))
                {
                    case "Entity" when EntityTypeArgument(invocation) is { } entity:
                        registeredEntities.Add(entity);
                        break;
                    case "HasConversion" when ConvertedProperty(invocation) is { } property:
                        var member = PropertyName(property);
                        if (member is not null)
                        {
                            conversions.Add((EntityOf(property) ?? defaultEntity, member));
                        }

                        break;
                }
            }
        }

        private static string? InvokedName(InvocationExpressionSyntax invocation) => invocation.Expression switch
        {
            MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
            SimpleNameSyntax name => name.Identifier.ValueText,
            _ => null,
        };

        private static ExpressionSyntax? Receiver(InvocationExpressionSyntax invocation)
            => (invocation.Expression as MemberAccessExpressionSyntax)?.Expression;

        private static string? EntityTypeArgument(InvocationExpressionSyntax invocation)
        {
            var name = (invocation.Expression as MemberAccessExpressionSyntax)?.Name ?? invocation.Expression as SimpleNameSyntax;
            return name is GenericNameSyntax { TypeArgumentList.Arguments.Count: 1 } generic ? RightmostName(generic.TypeArgumentList.Arguments[0]) : null;
        }

        private static string? RightmostName(TypeSyntax type) => type switch
        {
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            _ => null,
        };

        /// <summary>The <c>Property(...)</c> call the conversion applies to, down the fluent chain.</summary>
        private static InvocationExpressionSyntax? ConvertedProperty(InvocationExpressionSyntax hasConversion)
        {
            for (var receiver = Receiver(hasConversion); receiver is InvocationExpressionSyntax call; receiver = Receiver(call))
            {
                if (InvokedName(call) == "Property")
                {
                    return call;
                }
            }

            return null;
        }

        private static string? PropertyName(InvocationExpressionSyntax property)
        {
            if (property.ArgumentList.Arguments.Count == 0)
            {
                return null;
            }

            switch (property.ArgumentList.Arguments[0].Expression)
            {
                case SimpleLambdaExpressionSyntax { Body: MemberAccessExpressionSyntax access }:
                    return access.Name.Identifier.ValueText;
                case ParenthesizedLambdaExpressionSyntax { Body: MemberAccessExpressionSyntax access }:
                    return access.Name.Identifier.ValueText;
                case LiteralExpressionSyntax literal when literal.Token.Value is string name:
                    return name;
                case InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "nameof" } } nameOf when nameOf.ArgumentList.Arguments.Count == 1:
                    return nameOf.ArgumentList.Arguments[0].Expression switch
                    {
                        MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
                        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
                        _ => null,
                    };
                default:
                    return null;
            }
        }

        /// <summary><c>Entity&lt;T&gt;()</c> earlier in the chain, or the <c>Entity&lt;T&gt;(b =&gt; ...)</c> whose lambda holds the call.</summary>
        private static string? EntityOf(InvocationExpressionSyntax property)
        {
            for (var receiver = Receiver(property); receiver is InvocationExpressionSyntax call; receiver = Receiver(call))
            {
                if (InvokedName(call) == "Entity" && EntityTypeArgument(call) is { } chained)
                {
                    return chained;
                }
            }

            foreach (var ancestor in property.Ancestors())
            {
                if (ancestor is InvocationExpressionSyntax outer && InvokedName(outer) == "Entity" && EntityTypeArgument(outer) is { } enclosing)
                {
                    return enclosing;
                }
            }

            return null;
        }
    }
}
