using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Simplification;
using NhsCodeAnalyzers.Rules.WeakCryptography;

namespace NhsCodeAnalyzers.CodeFixes.Rules
{
    /// <summary>The edits that replace one weak use, and whether the project must be compiled to prove them.</summary>
    internal sealed class WeakCryptographyEdit
    {
        public WeakCryptographyEdit(WeakFamily family)
        {
            Family = family;
        }

        public WeakFamily Family { get; }

        public Dictionary<SyntaxNode, SyntaxNode> Replacements { get; } = new Dictionary<SyntaxNode, SyntaxNode>();

        /// <summary>
        /// The value's type changes (SHA256 instead of MD5) and flows somewhere the fix cannot see all of: a
        /// <c>var</c> local, a changed declared type, a member access on the new value.
        /// </summary>
        public bool NeedsCompilationCheck { get; set; }
    }

    /// <summary>
    /// Plans the NHS2002 rewrite of one weak use, keeping the call's shape: <c>MD5.Create()</c> →
    /// <c>SHA256.Create()</c>, <c>MD5.HashData(x)</c> → <c>SHA256.HashData(x)</c>, <c>new SHA1Managed()</c> →
    /// <c>SHA256.Create()</c>, <c>new HMACSHA1(key)</c> → <c>new HMACSHA256(key)</c>, <c>DES.Create()</c> →
    /// <c>Aes.Create()</c>, <c>HashAlgorithm.Create("MD5")</c> → <c>HashAlgorithm.Create("SHA256")</c>,
    /// <c>CipherMode.ECB</c> → <c>CipherMode.CBC</c>, <c>HashAlgorithmName.SHA1</c> → <c>HashAlgorithmName.SHA256</c>.
    /// A declared type of the weak algorithm (<c>MD5 md5 = MD5.Create();</c>) changes with it.
    /// </summary>
    internal static class WeakCryptographyRewrite
    {
        public static WeakCryptographyEdit? Plan(SyntaxNode node, SemanticModel model, WeakCryptoApis apis, SyntaxGenerator generator, CancellationToken cancellationToken)
        {
            var operation = model.GetOperation(node, cancellationToken);
            if (operation is null || apis.Classify(operation) is not { } use)
            {
                return null;
            }

            var edit = new WeakCryptographyEdit(use.Family);
            var planned = use.Shape switch
            {
                WeakShape.Member => PlanMember(node, operation, edit),
                WeakShape.NamedFactory => PlanNamedFactory((IInvocationOperation)operation, model, apis, use.Family, edit, cancellationToken),
                WeakShape.OneShot => PlanOneShot((IInvocationOperation)operation, apis, use.Family, generator, edit),
                WeakShape.Factory => PlanFactory((IInvocationOperation)operation, apis, use.Family, generator, edit) && PlanDeclaredType(operation, model, apis, use.Family, generator, edit, cancellationToken),
                WeakShape.Creation => PlanCreation((IObjectCreationOperation)operation, apis, use.Family, generator, edit) && PlanDeclaredType(operation, model, apis, use.Family, generator, edit, cancellationToken),
                _ => false,
            };
            return planned ? edit : null;
        }

        /// <summary><c>CipherMode.ECB</c> → <c>CipherMode.CBC</c>; <c>HashAlgorithmName.MD5</c> → <c>HashAlgorithmName.SHA256</c>.</summary>
        private static bool PlanMember(SyntaxNode node, IOperation operation, WeakCryptographyEdit edit)
        {
            var (containingType, replacement) = operation switch
            {
                IFieldReferenceOperation field => (field.Field.ContainingType, "CBC"),
                IPropertyReferenceOperation property => (property.Property.ContainingType, "SHA256"),
                _ => (null, string.Empty),
            };
            if (containingType is null || containingType.GetMembers(replacement).IsEmpty)
            {
                return false;
            }

            var name = node switch
            {
                MemberAccessExpressionSyntax access => access.Name,
                SimpleNameSyntax simple => simple,
                _ => null,
            };
            if (name is not IdentifierNameSyntax identifier)
            {
                return false;
            }

            edit.Replacements[identifier] = identifier.WithIdentifier(SyntaxFactory.Identifier(replacement).WithTriviaFrom(identifier.Identifier));
            return true;
        }

        /// <summary><c>HashAlgorithm.Create("MD5")</c> → <c>HashAlgorithm.Create("SHA256")</c>, when the name is a literal in the call and the result is not cast to the weak type.</summary>
        private static bool PlanNamedFactory(IInvocationOperation invocation, SemanticModel model, WeakCryptoApis apis, WeakFamily family, WeakCryptographyEdit edit, CancellationToken cancellationToken)
        {
            var argument = invocation.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == 0);
            if (argument?.Syntax is not ArgumentSyntax { Expression: LiteralExpressionSyntax literal } || !literal.IsKind(SyntaxKind.StringLiteralExpression))
            {
                return false;
            }

            var outer = WithoutParentheses(invocation.Syntax);
            var castTo = outer.Parent switch
            {
                CastExpressionSyntax cast => cast.Type,
                BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.AsExpression) && binary.Left == outer => binary.Right as TypeSyntax,
                _ => null,
            };
            if (outer.Parent is IsPatternExpressionSyntax ||
                (outer.Parent is BinaryExpressionSyntax isCheck && isCheck.IsKind(SyntaxKind.IsExpression)) ||
                (castTo is not null && apis.FamilyOf(model.GetTypeInfo(castTo, cancellationToken).Type) is not null))
            {
                return false;
            }

            var replacement = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(WeakCryptoApis.ReplacementAlgorithmName(family)));
            edit.Replacements[literal] = replacement.WithTriviaFrom(literal);
            return true;
        }

        /// <summary><c>MD5.HashData(x)</c> → <c>SHA256.HashData(x)</c> when the stronger type has the same overload and the caller does not supply the destination buffer (its size is the weak hash's).</summary>
        private static bool PlanOneShot(IInvocationOperation invocation, WeakCryptoApis apis, WeakFamily family, SyntaxGenerator generator, WeakCryptographyEdit edit)
        {
            var method = invocation.TargetMethod;
            if (apis.ReplacementType(family) is not { } replacementType ||
                method.Parameters.Any(p => p.Type is INamedTypeSymbol { Name: "Span" or "Memory" } || p.RefKind != RefKind.None) ||
                !replacementType.GetMembers(method.Name).OfType<IMethodSymbol>().Any(m => m.IsStatic && SameSignature(m, method)))
            {
                return false;
            }

            return ReplaceReceiver((InvocationExpressionSyntax)invocation.Syntax, replacementType, generator, edit);
        }

        /// <summary><c>MD5.Create()</c> → <c>SHA256.Create()</c>; <c>SHA1.Create("name")</c> → <c>SHA256.Create()</c>.</summary>
        private static bool PlanFactory(IInvocationOperation invocation, WeakCryptoApis apis, WeakFamily family, SyntaxGenerator generator, WeakCryptographyEdit edit)
        {
            if (apis.ReplacementType(family) is not { } replacementType ||
                !replacementType.GetMembers("Create").OfType<IMethodSymbol>().Any(m => m.IsStatic && m.Parameters.IsEmpty))
            {
                return false;
            }

            var syntax = (InvocationExpressionSyntax)invocation.Syntax;
            if (invocation.Arguments.IsEmpty)
            {
                return ReplaceReceiver(syntax, replacementType, generator, edit);
            }

            edit.Replacements[syntax] = CreateCall(replacementType, generator).WithTriviaFrom(syntax);
            return true;
        }

        /// <summary>
        /// <c>new SHA1Managed()</c> → <c>SHA256.Create()</c> and <c>new TripleDESCryptoServiceProvider()</c> →
        /// <c>Aes.Create()</c> (no arguments, no initializer); <c>new HMACSHA1(key)</c> → <c>new HMACSHA256(key)</c>
        /// when that constructor exists.
        /// </summary>
        private static bool PlanCreation(IObjectCreationOperation creation, WeakCryptoApis apis, WeakFamily family, SyntaxGenerator generator, WeakCryptographyEdit edit)
        {
            if (apis.ReplacementType(family) is not { } replacementType || creation.Initializer is not null || creation.Constructor is null)
            {
                return false;
            }

            if (family == WeakFamily.Mac)
            {
                if (!replacementType.InstanceConstructors.Any(c => c.DeclaredAccessibility == Accessibility.Public && SameSignature(c, creation.Constructor)))
                {
                    return false;
                }

                if (creation.Syntax is ObjectCreationExpressionSyntax explicitCreation)
                {
                    edit.Replacements[explicitCreation.Type] = TypeExpression(replacementType, generator).WithTriviaFrom(explicitCreation.Type);
                }

                // A target-typed new(key) follows the declared type, which PlanDeclaredType changes.
                return true;
            }

            if (!creation.Arguments.IsEmpty || !replacementType.GetMembers("Create").OfType<IMethodSymbol>().Any(m => m.IsStatic && m.Parameters.IsEmpty))
            {
                return false;
            }

            edit.Replacements[creation.Syntax] = CreateCall(replacementType, generator).WithTriviaFrom(creation.Syntax);
            return true;
        }

        /// <summary>
        /// The new value's type differs from the old one. Where it initialises a declaration of the weak type
        /// (<c>MD5 md5 = MD5.Create();</c>, a <c>using</c> declaration, a field or property), the declared type
        /// changes too; where it reaches a <c>var</c> local or a member access, the project is compiled to prove
        /// every use still binds; where it converts to a base type (<c>HashAlgorithm</c>, <c>IDisposable</c>),
        /// nothing else changes.
        /// </summary>
        private static bool PlanDeclaredType(IOperation operation, SemanticModel model, WeakCryptoApis apis, WeakFamily family, SyntaxGenerator generator, WeakCryptographyEdit edit, CancellationToken cancellationToken)
        {
            var outer = WithoutParentheses(operation.Syntax);
            if (outer.Parent is EqualsValueClauseSyntax equals)
            {
                var (declaredType, variableCount) = equals.Parent switch
                {
                    VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax declaration } => (declaration.Type, declaration.Variables.Count),
                    PropertyDeclarationSyntax property => (property.Type, 1),
                    _ => (null, 0),
                };
                if (declaredType is null)
                {
                    return false;
                }

                if (declaredType.IsVar)
                {
                    edit.NeedsCompilationCheck = true;
                    return true;
                }

                if (apis.FamilyOf(model.GetTypeInfo(declaredType, cancellationToken).Type) is null)
                {
                    return true; // declared as HashAlgorithm, SymmetricAlgorithm, IDisposable...: still valid
                }

                if (variableCount != 1 || apis.ReplacementType(family) is not { } replacementType)
                {
                    return false;
                }

                TypeSyntax newType = TypeExpression(replacementType, generator);
                if (declaredType is NullableTypeSyntax)
                {
                    newType = SyntaxFactory.NullableType(newType);
                }

                edit.Replacements[declaredType] = newType.WithTriviaFrom(declaredType);
                edit.NeedsCompilationCheck = true;
                return true;
            }

            var parent = operation.Parent;
            if (parent is IConversionOperation { IsImplicit: true } conversion)
            {
                // Converted to the weak type itself (an MD5 field, parameter or return type): changing only the
                // value would not compile, and the declaration it flows to is not the fix's to change.
                return apis.FamilyOf(conversion.Type) is null;
            }

            if (parent is IExpressionStatementOperation || parent is IUsingOperation)
            {
                return true;
            }

            edit.NeedsCompilationCheck = true;
            return true;
        }

        private static bool ReplaceReceiver(InvocationExpressionSyntax invocation, INamedTypeSymbol replacementType, SyntaxGenerator generator, WeakCryptographyEdit edit)
        {
            switch (invocation.Expression)
            {
                case MemberAccessExpressionSyntax access:
                    edit.Replacements[access.Expression] = TypeExpression(replacementType, generator).WithTriviaFrom(access.Expression);
                    return true;
                case IdentifierNameSyntax name:
                    // using static System.Security.Cryptography.MD5; ... HashData(x)
                    var qualified = SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, TypeExpression(replacementType, generator), name.WithoutTrivia());
                    edit.Replacements[name] = qualified.WithTriviaFrom(name);
                    return true;
                default:
                    return false;
            }
        }

        private static ExpressionSyntax CreateCall(INamedTypeSymbol replacementType, SyntaxGenerator generator)
            => SyntaxFactory.InvocationExpression(
                SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, TypeExpression(replacementType, generator), SyntaxFactory.IdentifierName("Create")));

        private static TypeSyntax TypeExpression(INamedTypeSymbol type, SyntaxGenerator generator)
            => ((TypeSyntax)generator.TypeExpression(type)).WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);

        private static bool SameSignature(IMethodSymbol candidate, IMethodSymbol original)
            => candidate.Parameters.Length == original.Parameters.Length &&
               SymbolEqualityComparer.Default.Equals(candidate.ReturnType, original.ReturnType) &&
               candidate.Parameters.Zip(original.Parameters, (a, b) => a.RefKind == b.RefKind && SymbolEqualityComparer.Default.Equals(a.Type, b.Type)).All(same => same);

        private static SyntaxNode WithoutParentheses(SyntaxNode node)
        {
            while (node.Parent is ParenthesizedExpressionSyntax parenthesized)
            {
                node = parenthesized;
            }

            return node;
        }
    }
}
