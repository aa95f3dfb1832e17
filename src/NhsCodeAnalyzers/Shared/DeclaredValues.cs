using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace NhsCodeAnalyzers.Shared
{
    /// <summary>
    /// The value a local or field was declared with, for rules that follow a value one step back from where it is
    /// used (<c>var uri = new Uri("..."); client.GetAsync(uri)</c>). Bounded: a local only within its own method,
    /// a field only through its own initializer; a value that may have been replaced is not followed.
    /// </summary>
    internal static class DeclaredValues
    {
        /// <summary>
        /// The initializer of a <c>const</c> local, or of a local that nothing else in its method assigns (no
        /// assignment, compound assignment, deconstruction, <c>ref</c> or <c>out</c> argument), or null.
        /// </summary>
        public static IOperation? OnlyValueOf(ILocalSymbol local, IOperation usedAt)
        {
            if (usedAt.SemanticModel is not { } model
                || local.DeclaringSyntaxReferences.Length != 1
                || local.DeclaringSyntaxReferences[0].GetSyntax() is not VariableDeclaratorSyntax { Initializer.Value: { } value }
                || value.SyntaxTree != usedAt.Syntax.SyntaxTree)
            {
                return null;
            }

            if (!local.IsConst && IsAssignedAgain(local, Root(usedAt)))
            {
                return null;
            }

            return model.GetOperation(value);
        }

        /// <summary>The initializer written on a <c>const</c> or <c>readonly</c> field declared in source, or null.</summary>
        public static ExpressionSyntax? InitializerOf(IFieldSymbol field)
        {
            if (!(field.IsConst || field.IsReadOnly) || field.DeclaringSyntaxReferences.Length != 1)
            {
                return null;
            }

            return field.DeclaringSyntaxReferences[0].GetSyntax() is VariableDeclaratorSyntax { Initializer.Value: { } value } ? value : null;
        }

        /// <summary>The outermost operation of the member <paramref name="operation"/> belongs to (its body, or a field or property initializer).</summary>
        public static IOperation Root(IOperation operation)
        {
            while (operation.Parent is not null)
            {
                operation = operation.Parent;
            }

            return operation;
        }

        /// <summary>Something in <paramref name="root"/> writes to <paramref name="local"/> after its declaration.</summary>
        public static bool IsAssignedAgain(ILocalSymbol local, IOperation root)
        {
            foreach (var operation in root.Descendants())
            {
                var written = operation switch
                {
                    IAssignmentOperation assignment => assignment.Target,
                    IArgumentOperation { Parameter.RefKind: RefKind.Ref or RefKind.Out } argument => argument.Value,
                    IIncrementOrDecrementOperation change => change.Target,
                    _ => null,
                };

                if (written is null)
                {
                    continue;
                }

                if (written is IDeclarationExpressionOperation or ITupleOperation)
                {
                    foreach (var part in written.DescendantsAndSelf())
                    {
                        if (part is ILocalReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Local, local))
                        {
                            return true;
                        }
                    }
                }
                else if (written.ReferencedSymbol() is ILocalSymbol target && SymbolEqualityComparer.Default.Equals(target, local))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
