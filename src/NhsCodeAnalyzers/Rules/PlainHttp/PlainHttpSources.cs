using System.Collections.Generic;
using Microsoft.CodeAnalysis;
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
    /// Follows a value that reaches an endpoint back to the <c>http://</c> literals written in the same member:
    /// through conversions, <c>new Uri(...)</c>, the first part of a concatenation or interpolated string, <c>?:</c>,
    /// <c>??</c>, and locals that are <c>const</c> or assigned only where they are declared. It stops at a field
    /// of this compilation: a field's literals are reported by the field's own analysis
    /// (<see cref="FieldEndpointUses"/>), where they are written.
    /// </summary>
    internal static class PlainHttpSources
    {
        private const int MaxLocalSteps = 4;

        public static List<PlainHttpLiteral> Find(IOperation value, HttpEndpointApis apis)
        {
            var walker = new Walker(apis);
            value = value.WithoutConversions();
            if (value.ConstantValue is { HasValue: true, Value: string constant })
            {
                // The whole URL is known: judge it, then find the literal that writes its scheme.
                if (PlainHttpUrls.IsPlainHttpEndpoint(constant))
                {
                    walker.WholeValueJudged = true;
                    walker.Visit(value, MaxLocalSteps);
                    if (walker.Found.Count == 0 && !walker.ReachedSourceField)
                    {
                        // A constant from a referenced assembly: the use is the only place in this code to report.
                        walker.Found.Add(new PlainHttpLiteral(value.Syntax.GetLocation(), constant));
                    }
                }

                return walker.Found;
            }

            walker.Visit(value, MaxLocalSteps);
            return walker.Found;
        }

        /// <summary>The <c>http://</c> literals written in <paramref name="initializer"/> itself (a field's), without following any symbol.</summary>
        public static List<PlainHttpLiteral> OwnLiterals(IOperation initializer, HttpEndpointApis apis, bool wholeValueJudged)
        {
            var walker = new Walker(apis) { WholeValueJudged = wholeValueJudged };
            walker.Visit(initializer, steps: 0);
            return walker.Found;
        }

        private sealed class Walker
        {
            private readonly HttpEndpointApis _apis;

            public Walker(HttpEndpointApis apis) => _apis = apis;

            public List<PlainHttpLiteral> Found { get; } = new List<PlainHttpLiteral>();

            /// <summary>The whole value has been judged an endpoint already: any literal starting with http:// is its scheme.</summary>
            public bool WholeValueJudged { get; set; }

            public bool ReachedSourceField { get; private set; }

            public void Visit(IOperation? operation, int steps)
            {
                // "http://" + host + path + ...: only the leftmost operand starts the URL. The left-nested spine is
                // walked in a loop, not by recursion: a generated concatenation of thousands of terms must not
                // overflow the stack.
                while (operation?.WithoutConversions() is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, Type.SpecialType: SpecialType.System_String } concatenation)
                {
                    operation = concatenation.LeftOperand;
                }

                switch (operation?.WithoutConversions())
                {
                    case ILiteralOperation { ConstantValue: { HasValue: true, Value: string text } } literal:
                        Add(literal.Syntax, text, text);
                        break;
                    case IInterpolatedStringOperation { Parts.Length: > 0 } interpolated:
                        if (interpolated.Parts[0] is IInterpolatedStringTextOperation { Text.ConstantValue: { HasValue: true, Value: string first } } part
                            && interpolated.Syntax is InterpolatedStringExpressionSyntax syntax)
                        {
                            Add(part.Syntax, first, syntax.Contents.ToString());
                        }
                        else if (interpolated.Parts[0] is IInterpolationOperation { Alignment: null, FormatString: null } hole)
                        {
                            Visit(hole.Expression, steps); // $"{BaseUrl}Patient/{id}": the first hole is the start of the URL
                        }

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
                    case IFieldReferenceOperation field:
                        ReachedSourceField |= SymbolEqualityComparer.Default.Equals(field.Field.ContainingAssembly, field.SemanticModel?.Compilation.Assembly);
                        break;
                    case ILocalReferenceOperation local when steps > 0:
                        Visit(DeclaredValues.OnlyValueOf(local.Local, local), steps - 1);
                        break;
                }
            }

            private void Add(SyntaxNode literal, string text, string shown)
            {
                var endpoint = WholeValueJudged ? PlainHttpUrls.StartsWithPlainHttp(text) : PlainHttpUrls.IsPlainHttpEndpoint(text);
                if (endpoint)
                {
                    Found.Add(new PlainHttpLiteral(literal.GetLocation(), shown));
                }
            }
        }
    }
}
