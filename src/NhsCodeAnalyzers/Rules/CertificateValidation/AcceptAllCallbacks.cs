using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using NhsCodeAnalyzers.Shared;

namespace NhsCodeAnalyzers.Rules.CertificateValidation
{
    /// <summary>
    /// NHS2004's question about a certificate-validation callback: does it accept every certificate? It does when
    /// every <c>return</c> returns <c>true</c> (there is at least one, and nothing is thrown): the parameters are not
    /// looked at for this, so a callback that logs the errors and then returns <c>true</c> still accepts all. A
    /// callback that can return anything else (<c>errors == SslPolicyErrors.None</c>, a pinning check) or throws on
    /// a path is validating. Lambdas, anonymous methods, method groups, local functions and methods declared in
    /// source are read; a local or <c>readonly</c> field holding one is followed one step.
    /// </summary>
    internal static class AcceptAllCallbacks
    {
        private const int MaxSteps = 2;

        /// <param name="value">The value assigned or passed as the callback.</param>
        /// <param name="acceptAnyValidator"><c>HttpClientHandler.DangerousAcceptAnyServerCertificateValidator</c>, when it exists.</param>
        public static bool AcceptsAll(IOperation value, IPropertySymbol? acceptAnyValidator)
            => AcceptsAll(value, acceptAnyValidator, MaxSteps);

        /// <summary>The validator written directly as the value (through conversions and an explicit delegate creation).</summary>
        public static bool IsValidatorItself(IOperation value, IPropertySymbol? acceptAnyValidator)
        {
            var unwrapped = Unwrap(value);
            return acceptAnyValidator is not null && unwrapped is IPropertyReferenceOperation reference
                   && SymbolEqualityComparer.Default.Equals(reference.Property.OriginalDefinition, acceptAnyValidator);
        }

        private static bool AcceptsAll(IOperation value, IPropertySymbol? acceptAnyValidator, int steps)
        {
            switch (Unwrap(value))
            {
                case IAnonymousFunctionOperation function:
                    return BodyAcceptsAll(function.Syntax);
                case IMethodReferenceOperation reference:
                    var method = reference.Method.PartialImplementationPart ?? reference.Method;
                    return method.DeclaringSyntaxReferences.Length == 1 && BodyAcceptsAll(method.DeclaringSyntaxReferences[0].GetSyntax());
                case IPropertyReferenceOperation:
                    // Through a local or field the validator is reported where it is written, not again here.
                    return steps == MaxSteps && IsValidatorItself(value, acceptAnyValidator);
                case ILocalReferenceOperation local when steps > 0:
                    return DeclaredValues.OnlyValueOf(local.Local, local) is { } initial && AcceptsAll(initial, acceptAnyValidator, steps - 1);
                case IFieldReferenceOperation { Field.IsReadOnly: true } field:
                    return DeclaredValues.InitializerOf(field.Field) is AnonymousFunctionExpressionSyntax initializer && BodyAcceptsAll(initializer);
                default:
                    return false;
            }
        }

        private static IOperation Unwrap(IOperation value)
        {
            value = value.WithoutConversions();
            while (value is IDelegateCreationOperation creation)
            {
                value = creation.Target.WithoutConversions();
            }

            return value;
        }

        /// <summary>Every <c>return</c> of the function returns <c>true</c>, it has at least one, and it throws nowhere.</summary>
        private static bool BodyAcceptsAll(SyntaxNode function)
        {
            SyntaxNode? body = function switch
            {
                AnonymousFunctionExpressionSyntax anonymous => (SyntaxNode?)anonymous.ExpressionBody ?? anonymous.Block,
                LocalFunctionStatementSyntax local => (SyntaxNode?)local.ExpressionBody?.Expression ?? local.Body,
                MethodDeclarationSyntax method => (SyntaxNode?)method.ExpressionBody?.Expression ?? method.Body,
                _ => null,
            };

            if (body is ExpressionSyntax expression)
            {
                return IsTrue(expression);
            }

            if (body is not BlockSyntax block)
            {
                return false;
            }

            var returns = 0;
            foreach (var node in block.DescendantNodes(static node => node is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)))
            {
                switch (node)
                {
                    case ReturnStatementSyntax @return when IsTrue(@return.Expression):
                        returns++;
                        break;
                    case ReturnStatementSyntax:
                    case ThrowStatementSyntax:
                    case ThrowExpressionSyntax:
                        return false;
                }
            }

            return returns > 0;
        }

        private static bool IsTrue(ExpressionSyntax? expression)
        {
            while (expression is ParenthesizedExpressionSyntax parenthesized)
            {
                expression = parenthesized.Expression;
            }

            return expression is not null && expression.IsKind(SyntaxKind.TrueLiteralExpression);
        }
    }
}
