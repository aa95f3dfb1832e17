using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using NhsCodeAnalyzers.Shared.Identifiers;

namespace NhsCodeAnalyzers.Shared
{
    /// <summary>A patient identifier found inside an expression whose value is written out.</summary>
    internal readonly struct IdentifierOccurrence
    {
        public IdentifierOccurrence(IOperation value, ISymbol identifier, string display, bool wholeObject, SyntaxNode? hole)
        {
            Value = value;
            Identifier = identifier;
            Display = display;
            WholeObject = wholeObject;
            Hole = hole;
        }

        /// <summary>The expression that carries the identifier: its reference, or the whole object that prints it.</summary>
        public IOperation Value { get; }

        /// <summary>The identifier symbol; for a whole object, its identifier member.</summary>
        public ISymbol Identifier { get; }

        /// <summary>The identifier as written, e.g. <c>patient.NhsNumber</c>; for a whole object <c>patient</c>, <c>patient.NhsNumber</c> too.</summary>
        public string Display { get; }

        /// <summary>True when a whole object (a record, an anonymous or a destructured object) carries it.</summary>
        public bool WholeObject { get; }

        /// <summary>The innermost interpolation (<c>{...}</c> of an interpolated string) it is written through, or null.</summary>
        public SyntaxNode? Hole { get; }
    }

    /// <summary>
    /// Finds the patient identifiers that the value of an expression carries when it is written out as text:
    /// the identifier itself (<c>patient.NhsNumber</c>, <c>nhsNumber</c>, <c>patient?.NhsNumber</c>), and through
    /// interpolation holes, <c>+</c> concatenation, <c>string.Format</c>/<c>Concat</c>/<c>Join</c> arguments,
    /// <c>?:</c> and <c>??</c>, tuples, anonymous objects, and methods that return the identifier's own text
    /// (<c>ToString()</c>, <c>Trim()</c>, <c>ToUpperInvariant()</c>, a string-returning extension on it); and whole
    /// objects that print one (<see cref="WholeObjectIdentifiers"/>). Optionally it also looks into the collections
    /// a structured logger writes element by element (array, collection and dictionary initializers, key/value pairs).
    /// It stops at constants and <c>nameof</c>, at derived values (<c>.Length</c>, <c>Substring</c>, <c>GetHashCode()</c>),
    /// at redaction methods (<see cref="RedactionMethods"/>), and at any other call: a value looked up with an
    /// identifier is not the identifier. Per compilation; safe to share across threads.
    /// </summary>
    internal sealed class IdentifierExpressions
    {
        /// <summary>String methods whose result is only part of the value: derived, like <c>.Length</c>.</summary>
        private static readonly ImmutableHashSet<string> PartialValueMethods = ImmutableHashSet.Create("Substring", "Remove");

        private readonly PatientIdentifiers _identifiers;
        private readonly RedactionMethods _redaction;

        public IdentifierExpressions(PatientIdentifiers identifiers, RedactionMethods redaction)
        {
            _identifiers = identifiers;
            _redaction = redaction;
            WholeObjects = new WholeObjectIdentifiers(identifiers);
        }

        public PatientIdentifiers Identifiers => _identifiers;

        public WholeObjectIdentifiers WholeObjects { get; }

        /// <param name="value">The expression whose value is written out.</param>
        /// <param name="destructured">The value is captured property by property (Serilog's <c>{@Name}</c>).</param>
        /// <param name="collections">The value is written by a structured logger, which writes collections element by element.</param>
        public ImmutableArray<IdentifierOccurrence> Find(IOperation value, bool destructured = false, bool collections = false)
        {
            var found = ImmutableArray.CreateBuilder<IdentifierOccurrence>();
            var walk = new Walk(found, value.Syntax.SyntaxTree, collections);
            Visit(value, walk, hole: null, conditionalReceiver: null, wholeObjects: true, destructured);
            return found.ToImmutable();
        }

        private void Visit(IOperation? operation, Walk walk, SyntaxNode? hole, IOperation? conditionalReceiver, bool wholeObjects, bool destructured = false)
        {
            if (operation is null || operation.ConstantValue.HasValue)
            {
                return;
            }

            operation = operation.WithoutAnyConversion();
            switch (operation)
            {
                case IFieldReferenceOperation or IPropertyReferenceOperation or ILocalReferenceOperation or IParameterReferenceOperation:
                    var symbol = operation.ReferencedSymbol();
                    if (symbol is not null && _identifiers.IsIdentifier(symbol))
                    {
                        walk.Found.Add(new IdentifierOccurrence(operation, symbol, Display(operation.Syntax), wholeObject: false, hole));
                        return;
                    }

                    break;

                case IConditionalAccessOperation conditional:
                    Visit(conditional.WhenNotNull, walk, hole, conditional.Operation, wholeObjects, destructured);
                    return;

                case IInterpolatedStringOperation interpolated:
                    foreach (var part in interpolated.Parts)
                    {
                        if (part is IInterpolationOperation interpolation)
                        {
                            Visit(interpolation.Expression, walk, interpolation.Syntax, null, wholeObjects: true);
                        }
                        else if (part is IInterpolatedStringAppendOperation { AppendCall: IInvocationOperation { Arguments.Length: > 0 } append } && part.Kind == OperationKind.InterpolatedStringAppendFormatted)
                        {
                            Visit(append.Arguments[0].Value, walk, part.Syntax, null, wholeObjects: true);
                        }
                    }

                    return;

                case IInterpolatedStringHandlerCreationOperation handler:
                    Visit(handler.Content, walk, hole, null, wholeObjects: true);
                    return;

                case IInterpolatedStringAdditionOperation addition:
                    Visit(addition.Left, walk, hole, null, wholeObjects: true);
                    Visit(addition.Right, walk, hole, null, wholeObjects: true);
                    return;

                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, Type.SpecialType: SpecialType.System_String } concatenation:
                    VisitConcatenation(concatenation, walk, hole);
                    return;

                case IConditionalOperation { WhenFalse: not null } choice:
                    Visit(choice.WhenTrue, walk, hole, null, wholeObjects, destructured);
                    Visit(choice.WhenFalse, walk, hole, null, wholeObjects, destructured);
                    return;

                case ICoalesceOperation coalesce:
                    Visit(coalesce.Value, walk, hole, null, wholeObjects, destructured);
                    Visit(coalesce.WhenNull, walk, hole, null, wholeObjects, destructured);
                    return;

                case ITupleOperation tuple:
                    foreach (var element in tuple.Elements)
                    {
                        Visit(element, walk, hole, null, wholeObjects: true);
                    }

                    return;

                case IAnonymousObjectCreationOperation anonymous:
                    foreach (var initializer in anonymous.Initializers)
                    {
                        Visit(initializer is IAssignmentOperation assignment ? assignment.Value : initializer, walk, hole, null, wholeObjects: true, destructured);
                    }

                    return;

                case IInvocationOperation invocation:
                    if (VisitInvocation(invocation, walk, hole, conditionalReceiver))
                    {
                        return;
                    }

                    break;

                case IArrayCreationOperation { Initializer: not null } array when walk.Collections:
                    foreach (var element in array.Initializer.ElementValues)
                    {
                        Visit(element, walk, hole, null, wholeObjects: true, destructured);
                    }

                    return;

                case IObjectCreationOperation creation when walk.Collections && VisitCollection(creation, walk, hole, destructured):
                    return;
            }

            if (!wholeObjects)
            {
                return;
            }

            var member = destructured ? WholeObjects.DestructuredIdentifier(operation.Type) : null;
            member ??= WholeObjects.PrintedIdentifier(operation.Type);
            if (member is not null)
            {
                walk.Found.Add(new IdentifierOccurrence(operation, member, Display(operation.Syntax) + "." + member.Name, wholeObject: true, hole));
            }
        }

        /// <summary>
        /// <c>a + b + c + ...</c> nests to the left, one level per term: its spine is walked in a loop, not by recursion,
        /// so a generated concatenation of thousands of terms (which the compiler binds without trouble) cannot
        /// overflow the stack and take the build down with it. Operands are visited left to right, as before.
        /// </summary>
        private void VisitConcatenation(IBinaryOperation concatenation, Walk walk, SyntaxNode? hole)
        {
            var rightOperands = new Stack<IOperation>();
            var spine = concatenation;
            while (true)
            {
                rightOperands.Push(spine.RightOperand);
                var left = spine.LeftOperand;
                if (!left.ConstantValue.HasValue && left.WithoutAnyConversion() is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, Type.SpecialType: SpecialType.System_String } next)
                {
                    spine = next;
                    continue;
                }

                Visit(left, walk, hole, null, wholeObjects: true);
                break;
            }

            while (rightOperands.Count > 0)
            {
                Visit(rightOperands.Pop(), walk, hole, null, wholeObjects: true);
            }
        }

        /// <summary>True when the call's result needs no further look (it carries the identifier or it cannot).</summary>
        private bool VisitInvocation(IInvocationOperation invocation, Walk walk, SyntaxNode? hole, IOperation? conditionalReceiver)
        {
            var method = invocation.TargetMethod;
            if (_redaction.IsRedactor(method, walk.Tree))
            {
                return true;
            }

            if (method.IsStatic && method.ContainingType?.SpecialType == SpecialType.System_String && method.Name is "Format" or "Concat" or "Join")
            {
                foreach (var argument in invocation.Arguments)
                {
                    if (argument.ArgumentKind == ArgumentKind.ParamArray && argument.Value is IArrayCreationOperation { Initializer: not null } array)
                    {
                        foreach (var element in array.Initializer.ElementValues)
                        {
                            Visit(element, walk, hole, null, wholeObjects: true);
                        }
                    }
                    else
                    {
                        Visit(argument.Value, walk, hole, null, wholeObjects: true);
                    }
                }

                return true;
            }

            if (method.ReturnType.SpecialType != SpecialType.System_String)
            {
                return false; // its result may still be a whole object that prints an identifier (a record a lookup returns)
            }

            if (PartialValueMethods.Contains(method.Name))
            {
                return true;
            }

            // A method called on the identifier that returns text: its own text (ToString, Trim, an extension such as Normalise).
            var receiver = method.IsExtensionMethod && invocation.Instance is null
                ? (invocation.Arguments.Length > 0 ? invocation.Arguments[0].Value : null)
                : invocation.Instance;
            if (receiver is IConditionalAccessInstanceOperation)
            {
                receiver = conditionalReceiver;
            }

            if (receiver is not null)
            {
                // Only a parameterless ToString prints a whole object; other methods on it (GetDisplayName) choose what they return.
                var printsReceiver = method.Name == "ToString" && method.Parameters.Length == 0;
                Visit(receiver, walk, hole, null, wholeObjects: printsReceiver);
            }

            return true;
        }

        /// <summary>Collection and dictionary initializers, and key/value pairs, that a structured logger writes element by element.</summary>
        private bool VisitCollection(IObjectCreationOperation creation, Walk walk, SyntaxNode? hole, bool destructured)
        {
            if (creation.Type is INamedTypeSymbol { Name: "KeyValuePair" or "Tuple" } && creation.Type.ContainingNamespace?.ToDisplayString() is "System.Collections.Generic" or "System")
            {
                foreach (var argument in creation.Arguments)
                {
                    Visit(argument.Value, walk, hole, null, wholeObjects: true, destructured);
                }

                return true;
            }

            if (creation.Initializer is not { } initializer)
            {
                return false;
            }

            var any = false;
            foreach (var element in initializer.Initializers)
            {
                switch (element)
                {
                    case IInvocationOperation add when add.TargetMethod.Name == "Add":
                        foreach (var argument in add.Arguments)
                        {
                            Visit(argument.Value, walk, hole, null, wholeObjects: true, destructured);
                        }

                        any = true;
                        break;
                    case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.IsIndexer: true } } indexed:
                        Visit(indexed.Value, walk, hole, null, wholeObjects: true, destructured);
                        any = true;
                        break;
                }
            }

            return any;
        }

        /// <summary>The expression as written; a member binding (<c>.NhsNumber</c> in <c>patient?.NhsNumber</c>) with its receiver.</summary>
        private static string Display(SyntaxNode syntax)
        {
            if (syntax is MemberBindingExpressionSyntax)
            {
                for (var parent = syntax.Parent; parent is not null; parent = parent.Parent)
                {
                    if (parent is ConditionalAccessExpressionSyntax conditional)
                    {
                        return conditional.ToString();
                    }
                }
            }

            return syntax.ToString();
        }

        private sealed class Walk
        {
            public Walk(ImmutableArray<IdentifierOccurrence>.Builder found, SyntaxTree tree, bool collections)
            {
                Found = found;
                Tree = tree;
                Collections = collections;
            }

            public ImmutableArray<IdentifierOccurrence>.Builder Found { get; }

            public SyntaxTree Tree { get; }

            public bool Collections { get; }
        }
    }
}
