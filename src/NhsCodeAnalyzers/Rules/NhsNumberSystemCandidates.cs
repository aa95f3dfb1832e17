using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using NhsCodeAnalyzers.Shared;
using NhsCodeAnalyzers.Shared.Identifiers;

namespace NhsCodeAnalyzers.Rules
{
    /// <summary>
    /// NHS3003's syntax-only test of a use of a system-like constant, before the use is bound: a canonical-looking
    /// system can only be reported as the system of an <c>Identifier</c> whose value is an NHS number, so the use
    /// must sit beside such a value — another argument of the same <c>new ...(...)</c>, or <c>Value = ...</c> in
    /// the same object initializer — that names an NHS number or is a valid NHS-number literal. Uses that fail this
    /// test (a code system in <c>new Coding(Snomed, code)</c>, the usual case) are never bound, so following a
    /// constant costs a scan of its declaring files' tokens rather than binding every method that uses it.
    /// </summary>
    internal static class NhsNumberSystemCandidates
    {
        public static bool MayPairWithNhsNumber(ExpressionSyntax use, PatientIdentifiers identifiers)
        {
            SyntaxNode node = use;
            while (node.Parent is ParenthesizedExpressionSyntax or CastExpressionSyntax or ConditionalExpressionSyntax
                   || node.Parent is BinaryExpressionSyntax binary && binary.IsKind(SyntaxKind.CoalesceExpression))
            {
                node = node.Parent;
            }

            var classifier = identifiers.ClassifierFor(use.SyntaxTree);
            switch (node.Parent)
            {
                case ArgumentSyntax { Parent: ArgumentListSyntax { Parent: BaseObjectCreationExpressionSyntax creation } list } argument:
                    foreach (var other in list.Arguments)
                    {
                        if (other != argument && MentionsNhsNumber(other.Expression, classifier))
                        {
                            return true;
                        }
                    }

                    return InitializerValueMentionsNhsNumber(creation.Initializer, classifier);
                case AssignmentExpressionSyntax assignment when assignment.Right == node && assignment.Parent is InitializerExpressionSyntax initializer:
                    return InitializerValueMentionsNhsNumber(initializer, classifier);
                default:
                    return false;
            }
        }

        private static bool InitializerValueMentionsNhsNumber(InitializerExpressionSyntax? initializer, IdentifierNameClassifier classifier)
        {
            if (initializer is null)
            {
                return false;
            }

            foreach (var expression in initializer.Expressions)
            {
                if (expression is AssignmentExpressionSyntax { Left: IdentifierNameSyntax { Identifier.ValueText: "Value" } } assignment
                    && MentionsNhsNumber(assignment.Right, classifier))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool MentionsNhsNumber(ExpressionSyntax expression, IdentifierNameClassifier classifier)
        {
            foreach (var token in expression.DescendantTokens())
            {
                if (token.IsKind(SyntaxKind.IdentifierToken) && classifier.Classify(token.ValueText) == IdentifierKind.NhsNumber)
                {
                    return true;
                }

                if (token.IsKind(SyntaxKind.StringLiteralToken) && NhsNumbers.IsValidText(token.ValueText))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
