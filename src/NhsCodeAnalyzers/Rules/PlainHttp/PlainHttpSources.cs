using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using NhsCodeAnalyzers.Shared;

namespace NhsCodeAnalyzers.Rules.PlainHttp
{
    /// <summary>An <c>http://</c> literal (or the first text of an interpolated string) that a value comes from.</summary>
    internal readonly struct PlainHttpLiteral
    {
        public PlainHttpLiteral(Location location, string shown)
        {
            Location = location;
            Shown = shown;
        }

        /// <summary>The literal itself, where the fix edits.</summary>
        public Location Location { get; }

        /// <summary>The URL as the message shows it.</summary>
        public string Shown { get; }
    }

    /// <summary>
    /// Follows a value that reaches an endpoint back to the <c>http://</c> literals it is built from: through
    /// conversions, <c>new Uri(...)</c>, the first part of a concatenation or interpolation, <c>?:</c> and
    /// <c>??</c>, and a few steps through <c>const</c> and <c>readonly</c> fields and locals assigned only where
    /// they are declared. No data-flow analysis: what is not written there is not followed.
    /// </summary>
    internal static class PlainHttpSources
    {
        private const int MaxSymbolSteps = 4;

        public static List<PlainHttpLiteral> Find(IOperation value, HttpEndpointApis apis)
        {
            var found = new List<PlainHttpLiteral>();
            value = value.WithoutConversions();
            if (value.ConstantValue is { HasValue: true, Value: string constant })
            {
                // The whole URL is known: judge it, then find the literal that writes its scheme.
                if (PlainHttpUrls.IsPlainHttpEndpoint(constant))
                {
                    new Walker(apis, found, wholeValueJudged: true).Visit(value, MaxSymbolSteps);
                    if (found.Count == 0)
                    {
                        // A constant from a referenced assembly, or built in a way not followed: report where it is used.
                        found.Add(new PlainHttpLiteral(value.Syntax.GetLocation(), constant));
                    }
                }

                return found;
            }

            new Walker(apis, found, wholeValueJudged: false).Visit(value, MaxSymbolSteps);
            return found;
        }

        private readonly struct Walker
        {
            private readonly HttpEndpointApis _apis;
            private readonly List<PlainHttpLiteral> _found;
            private readonly bool _wholeValueJudged;

            public Walker(HttpEndpointApis apis, List<PlainHttpLiteral> found, bool wholeValueJudged)
            {
                _apis = apis;
                _found = found;
                _wholeValueJudged = wholeValueJudged;
            }

            public void Visit(IOperation? operation, int steps)
            {
                switch (operation?.WithoutConversions())
                {
                    case ILiteralOperation { ConstantValue: { HasValue: true, Value: string text } } literal:
                        Add(literal.Syntax, text, text);
                        break;
                    case IInterpolatedStringOperation interpolated:
                        if (interpolated.Parts.Length > 0 && interpolated.Parts[0] is IInterpolatedStringTextOperation { Text.ConstantValue: { HasValue: true, Value: string first } } part
                            && interpolated.Syntax is InterpolatedStringExpressionSyntax syntax)
                        {
                            Add(part.Syntax, first, syntax.Contents.ToString());
                        }

                        break;
                    case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, Type.SpecialType: SpecialType.System_String } concatenation:
                        Visit(concatenation.LeftOperand, steps);
                        break;
                    case IConditionalOperation conditional:
                        Visit(conditional.WhenTrue, steps);
                        Visit(conditional.WhenFalse, steps);
                        break;
                    case ICoalesceOperation coalesce:
                        Visit(coalesce.Value, steps);
                        Visit(coalesce.WhenNull, steps);
                        break;
                    case IObjectCreationOperation creation when _apis.IsUri(creation.Type):
                        foreach (var argument in creation.Arguments)
                        {
                            if (argument.ArgumentKind == ArgumentKind.Explicit)
                            {
                                Visit(argument.Value, steps);
                            }
                        }

                        break;
                    case IFieldReferenceOperation field when steps > 0:
                        VisitField(field.Field, field, steps - 1);
                        break;
                    case ILocalReferenceOperation local when steps > 0:
                        Visit(DeclaredValues.OnlyValueOf(local.Local, local), steps - 1);
                        break;
                }
            }

            private void VisitField(IFieldSymbol field, IOperation usedAt, int steps)
            {
                if (field.Type.SpecialType != SpecialType.System_String && !_apis.IsUri(field.Type))
                {
                    return;
                }

                if (DeclaredValues.InitializerOperationOf(field, usedAt) is { } initializer)
                {
                    Visit(initializer, steps);
                }
                else if (DeclaredValues.InitializerOf(field) is { } syntax)
                {
                    VisitSyntax(syntax, field.ContainingType, steps);
                }
            }

            /// <summary>A field declared in another file: its initializer read as written, names looked up in its own type.</summary>
            private void VisitSyntax(ExpressionSyntax expression, INamedTypeSymbol scope, int steps)
            {
                switch (expression)
                {
                    case ParenthesizedExpressionSyntax parenthesized:
                        VisitSyntax(parenthesized.Expression, scope, steps);
                        break;
                    case LiteralExpressionSyntax { Token.Value: string text } literal:
                        Add(literal, text, text);
                        break;
                    case InterpolatedStringExpressionSyntax { Contents.Count: > 0 } interpolated when interpolated.Contents[0] is InterpolatedStringTextSyntax first:
                        Add(first, first.TextToken.ValueText, interpolated.Contents.ToString());
                        break;
                    case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.AddExpression):
                        VisitSyntax(binary.Left, scope, steps);
                        break;
                    case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.CoalesceExpression):
                        VisitSyntax(binary.Left, scope, steps);
                        VisitSyntax(binary.Right, scope, steps);
                        break;
                    case ConditionalExpressionSyntax conditional:
                        VisitSyntax(conditional.WhenTrue, scope, steps);
                        VisitSyntax(conditional.WhenFalse, scope, steps);
                        break;
                    case BaseObjectCreationExpressionSyntax { ArgumentList: { } arguments }:
                        // Only reached for a Uri field: new Uri("http://..."), new(...).
                        foreach (var argument in arguments.Arguments)
                        {
                            VisitSyntax(argument.Expression, scope, steps);
                        }

                        break;
                    case IdentifierNameSyntax name when steps > 0:
                        for (var type = scope; type is not null; type = type.ContainingType)
                        {
                            foreach (var member in type.GetMembers(name.Identifier.ValueText))
                            {
                                if (member is IFieldSymbol field && DeclaredValues.InitializerOf(field) is { } initializer && field.Type.SpecialType == SpecialType.System_String)
                                {
                                    VisitSyntax(initializer, field.ContainingType, steps - 1);
                                    return;
                                }
                            }
                        }

                        break;
                }
            }

            private void Add(SyntaxNode literal, string text, string shown)
            {
                var endpoint = _wholeValueJudged ? PlainHttpUrls.StartsWithPlainHttp(text) : PlainHttpUrls.IsPlainHttpEndpoint(text);
                if (endpoint)
                {
                    _found.Add(new PlainHttpLiteral(literal.GetLocation(), shown));
                }
            }
        }
    }
}
