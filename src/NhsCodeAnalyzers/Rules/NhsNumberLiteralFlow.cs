using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using NhsCodeAnalyzers.Shared;

namespace NhsCodeAnalyzers.Rules
{
    /// <summary>
    /// NHS1003's question about a literal: which symbol does its value go into, or get compared with? Looks only at
    /// the literal's own parents (no data-flow analysis), so it stays cheap on every candidate literal.
    /// </summary>
    internal static class NhsNumberLiteralFlow
    {
        /// <summary>
        /// The field, property, local or parameter that <paramref name="literal"/> is assigned to, initializes, is passed
        /// as, is returned from (a property getter) or is compared with (<c>==</c>, <c>!=</c>, <c>Equals</c>, a constant
        /// pattern or <c>case</c> label), or null. Passes through conversions, parentheses, <c>?:</c>, <c>??</c>, array and
        /// collection initializers and collection expressions.
        /// </summary>
        public static ISymbol? FindTarget(IOperation literal, ISymbol containingSymbol)
        {
            var current = literal;
            var parent = literal.Parent;
            while (parent is not null && PassesValueThrough(parent, current))
            {
                current = parent;
                parent = parent.Parent;
            }

            switch (parent)
            {
                case ISimpleAssignmentOperation assignment when assignment.Value == current:
                    return assignment.Target.ReferencedSymbol();
                case ICoalesceAssignmentOperation assignment when assignment.Value == current:
                    return assignment.Target.ReferencedSymbol();
                case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }:
                    return declarator.Symbol;
                case IFieldInitializerOperation { InitializedFields.Length: > 0 } initializer:
                    return initializer.InitializedFields[0];
                case IPropertyInitializerOperation { InitializedProperties.Length: > 0 } initializer:
                    return initializer.InitializedProperties[0];
                case IParameterInitializerOperation initializer:
                    return initializer.Parameter;
                case IArgumentOperation { Parent: IInvocationOperation invocation } argument when IsEquals(invocation):
                    return OtherSideOfEquals(invocation, argument);
                case IArgumentOperation argument:
                    return argument.Parameter;
                case IInvocationOperation invocation when invocation.Instance == current && IsEquals(invocation):
                    return OtherSideOfEquals(invocation, current);
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } comparison:
                    return (comparison.LeftOperand == current ? comparison.RightOperand : comparison.LeftOperand).ReferencedSymbol();
                case IConstantPatternOperation pattern:
                    return PatternSubject(pattern);
                case ISingleValueCaseClauseOperation { Parent: ISwitchCaseOperation { Parent: ISwitchOperation @switch } }:
                    return @switch.Value.ReferencedSymbol();
                case IReturnOperation @return:
                    return PropertyReturnedFrom(@return, containingSymbol);
                default:
                    return null;
            }
        }

        /// <summary>
        /// Names that say the value is a time (<c>*Ticks</c>, <c>*Epoch*</c>, <c>*Timestamp*</c>): ten-digit values
        /// there are seconds or ticks, not NHS numbers, even in a member whose name also mentions an NHS number.
        /// </summary>
        public static bool IsNamedLikeATime(string name)
            => name.EndsWith("Ticks", StringComparison.OrdinalIgnoreCase)
               || name.IndexOf("epoch", StringComparison.OrdinalIgnoreCase) >= 0
               || name.IndexOf("timestamp", StringComparison.OrdinalIgnoreCase) >= 0
               || name.IndexOf("time_stamp", StringComparison.OrdinalIgnoreCase) >= 0;

        private static bool PassesValueThrough(IOperation parent, IOperation child) => parent switch
        {
            IConversionOperation or IParenthesizedOperation or IArrayInitializerOperation => true,
            IArrayCreationOperation creation => creation.Initializer == child,
            IConditionalOperation conditional => conditional.Condition != child,
            ICoalesceOperation coalesce => coalesce.WhenNull == child,
            // Collection initializers: new List<string> { "..." } is an implicit Add call per element.
            IArgumentOperation { Parent: IInvocationOperation { IsImplicit: true, Parent: IObjectOrCollectionInitializerOperation } } => true,
            IInvocationOperation { IsImplicit: true, Parent: IObjectOrCollectionInitializerOperation } => true,
            IObjectOrCollectionInitializerOperation => child is IInvocationOperation { IsImplicit: true },
            IObjectCreationOperation creation => creation.Initializer == child,
            // Collection expressions ([ "..." ]) have no operation interface in the Roslyn 4.8 API; their syntax does.
            _ => parent.Syntax is CollectionExpressionSyntax,
        };

        /// <summary><c>Equals</c>, and the test frameworks' <c>Assert.Equal</c>/<c>NotEqual</c>/<c>AreEqual</c>/<c>AreNotEqual</c>.</summary>
        private static bool IsEquals(IInvocationOperation invocation)
            => invocation.TargetMethod.Name is "Equals" or "Equal" or "NotEqual" or "AreEqual" or "AreNotEqual";

        /// <summary>
        /// For <c>a.Equals(b)</c>, <c>string.Equals(a, b, comparison)</c>, <c>comparer.Equals(a, b)</c>,
        /// <c>Assert.Equal(expected, actual)</c>: the side that is not the literal.
        /// </summary>
        private static ISymbol? OtherSideOfEquals(IInvocationOperation invocation, IOperation literalSide)
        {
            if (invocation.Instance is not null && invocation.Instance != literalSide)
            {
                var instance = invocation.Instance is IConditionalAccessInstanceOperation ? ConditionallyAccessed(invocation) : invocation.Instance.ReferencedSymbol();
                if (instance is not null)
                {
                    return instance;
                }
            }

            foreach (var argument in invocation.Arguments)
            {
                if (argument != literalSide && argument.Value.ReferencedSymbol() is { } symbol)
                {
                    return symbol;
                }
            }

            return null;
        }

        /// <summary>For <c>patient.NhsNumber?.Equals(...)</c>: the expression before <c>?.</c>.</summary>
        private static ISymbol? ConditionallyAccessed(IOperation operation)
        {
            for (var parent = operation.Parent; parent is not null; parent = parent.Parent)
            {
                if (parent is IConditionalAccessOperation access)
                {
                    return access.Operation.ReferencedSymbol();
                }
            }

            return null;
        }

        /// <summary>The value a constant pattern tests: <c>x is "..."</c>, <c>x switch { "..." =&gt; }</c>, <c>case "..." when</c>, <c>{ NhsNumber: "..." }</c>.</summary>
        private static ISymbol? PatternSubject(IPatternOperation pattern)
        {
            IOperation current = pattern;
            while (current.Parent is IBinaryPatternOperation or INegatedPatternOperation)
            {
                current = current.Parent;
            }

            return current.Parent switch
            {
                IIsPatternOperation isPattern => isPattern.Value.ReferencedSymbol(),
                ISwitchExpressionArmOperation { Parent: ISwitchExpressionOperation switchExpression } => switchExpression.Value.ReferencedSymbol(),
                IPatternCaseClauseOperation { Parent: ISwitchCaseOperation { Parent: ISwitchOperation @switch } } => @switch.Value.ReferencedSymbol(),
                IPropertySubpatternOperation subpattern => subpattern.Member.ReferencedSymbol(),
                _ => null,
            };
        }

        /// <summary><c>string NhsNumber =&gt; "...";</c> and <c>get { return "..."; }</c>, but not a lambda's return inside a getter.</summary>
        private static ISymbol? PropertyReturnedFrom(IReturnOperation @return, ISymbol containingSymbol)
        {
            if (containingSymbol is not IMethodSymbol { MethodKind: MethodKind.PropertyGet, AssociatedSymbol: { } property })
            {
                return null;
            }

            for (var parent = @return.Parent; parent is not null; parent = parent.Parent)
            {
                if (parent is IAnonymousFunctionOperation or ILocalFunctionOperation)
                {
                    return null;
                }
            }

            return property;
        }
    }
}
