using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using NhsCodeAnalyzers.Shared.Identifiers;

namespace NhsCodeAnalyzers.Shared
{
    /// <summary>A patient identifier that bytes about to be hashed come from, and what it was combined with.</summary>
    internal sealed class IdentifierSource
    {
        public IdentifierSource(IdentifierOccurrence identifier, bool combinedWithSecret, ImmutableArray<IOperation> hardCodedParts)
        {
            Identifier = identifier;
            CombinedWithSecret = combinedWithSecret;
            HardCodedParts = hardCodedParts;
        }

        public IdentifierOccurrence Identifier { get; }

        /// <summary>The text also holds a value that is a secret and not written in source (a pepper from configuration, a key parameter).</summary>
        public bool CombinedWithSecret { get; }

        /// <summary>Hard-coded operands concatenated or interpolated with the identifier (a salt, a prefix, a separator).</summary>
        public ImmutableArray<IOperation> HardCodedParts { get; }
    }

    /// <summary>
    /// The small, local data-flow that NHS2001 and NHS2006 share. It answers two questions about a value, looking
    /// only at the expression itself, at the locals it reads (their initializer and assignments in the same method
    /// body) and at the declarations of the fields and properties it reads, never across methods:
    /// <list type="bullet">
    /// <item>"do these bytes come from a patient identifier?" (<see cref="FindIdentifier"/>): the identifier itself,
    /// <c>Encoding.*.GetBytes(...)</c> or <c>BitConverter.GetBytes(...)</c> of it, text that concatenates or interpolates it
    /// (<see cref="IdentifierExpressions"/> finds it in each part), or a local whose single assignment is one of those;</item>
    /// <item>"is this value written in source?" (<see cref="IsHardCoded(IOperation)"/>): literals (<c>u8</c> too), constants,
    /// byte arrays and collection expressions of constants, <c>Encoding.*.GetBytes</c>, <c>Convert.FromBase64String</c> or
    /// <c>Convert.FromHexString</c> of one, and locals, <c>readonly</c> fields and get-only properties that only ever hold one.</item>
    /// </list>
    /// Per compilation; safe to share across threads.
    /// </summary>
    internal sealed class LocalDataFlow
    {
        public const string EncodingTypeName = "System.Text.Encoding";
        public const string ConvertTypeName = "System.Convert";
        public const string BitConverterTypeName = "System.BitConverter";

        /// <summary>How many locals, fields or calls a question may pass through: enough for real code, bounded for bad code.</summary>
        private const int MaxDepth = 6;

        /// <summary>Words before <c>key</c> that make it a database, cache or public key rather than a secret (<c>PatientKey</c>, <c>PrimaryKey</c>).</summary>
        private static readonly ImmutableHashSet<string> NonSecretKeyWords = ImmutableHashSet.Create(
            StringComparer.Ordinal, "patient", "primary", "foreign", "partition", "row", "sort", "cache", "lookup", "public", "record", "entity");

        private readonly IdentifierExpressions _search;
        private readonly INamedTypeSymbol? _encoding;
        private readonly INamedTypeSymbol? _convert;
        private readonly INamedTypeSymbol? _bitConverter;

        public LocalDataFlow(Compilation compilation, IdentifierExpressions search)
        {
            _search = search;
            _encoding = TypeLookup.Find(compilation, EncodingTypeName);
            _convert = TypeLookup.Find(compilation, ConvertTypeName);
            _bitConverter = TypeLookup.Find(compilation, BitConverterTypeName);
        }

        public PatientIdentifiers Identifiers => _search.Identifiers;

        /// <summary>True when a word of <paramref name="name"/> is <c>pepper</c>, <c>salt</c>, <c>secret</c> or <c>key</c> (see <see cref="IsNamedLikeAKey"/>).</summary>
        public static bool IsNamedLikeASecret(string name) => IsNamedLikeAKey(name) || IdentifierWords.Split(name).Contains("salt");

        /// <summary>
        /// True when a word of <paramref name="name"/> is <c>pepper</c>, <c>secret</c> or <c>key</c>, except a key that
        /// names a record or a public key (<c>PatientKey</c>, <c>PrimaryKey</c>, <c>partitionKey</c>, <c>publicKey</c>).
        /// </summary>
        public static bool IsNamedLikeAKey(string name)
        {
            var words = IdentifierWords.Split(name);
            for (var i = 0; i < words.Length; i++)
            {
                if (words[i] is "pepper" or "secret" || (words[i] is "key" or "keys" && (i == 0 || !NonSecretKeyWords.Contains(words[i - 1]))))
                {
                    return true;
                }
            }

            return false;
        }

        // ---- Question 1: do these bytes come from a patient identifier? ---------------------------------------

        /// <summary>The patient identifier that the bytes <paramref name="data"/> are made from, or null.</summary>
        public IdentifierSource? FindIdentifier(IOperation data) => FindInBytes(data, 0);

        private IdentifierSource? FindInBytes(IOperation data, int depth)
        {
            if (depth > MaxDepth)
            {
                return null;
            }

            var value = StripByteViews(data.WithoutAnyConversion());
            if (value is IInvocationOperation invocation && TextOfBytes(invocation) is { } text)
            {
                return FindInText(text, depth + 1);
            }

            if (value is ILocalReferenceOperation local)
            {
                // Its value says more than its name (what was mixed in); a local named as an identifier is one anyway.
                var followed = Origin(local, depth) is { } write ? FindInBytes(write, depth + 1) : null;
                if (followed is not null || !Identifiers.IsIdentifier(local.Local))
                {
                    return followed;
                }
            }

            return FindInText(value, depth);
        }

        /// <summary>Looks for the identifier in each part of a text value (<c>+</c>, interpolation, <c>string.Concat/Format/Join</c>).</summary>
        private IdentifierSource? FindInText(IOperation text, int depth)
        {
            if (depth > MaxDepth)
            {
                return null;
            }

            var value = StripTextViews(text.WithoutAnyConversion());
            if (value is ILocalReferenceOperation local)
            {
                var followed = Origin(local, depth) is { } write ? FindInText(write, depth + 1) : null;
                if (followed is not null || !Identifiers.IsIdentifier(local.Local))
                {
                    return followed;
                }
            }

            var parts = new List<IOperation>();
            CollectParts(value, parts);
            IdentifierOccurrence? identifier = null;
            var secret = false;
            var hardCoded = ImmutableArray.CreateBuilder<IOperation>();
            foreach (var part in parts)
            {
                var found = _search.Find(part);
                if (!found.IsEmpty)
                {
                    identifier ??= found[0];
                    continue;
                }

                if (part.WithoutAnyConversion() is ILocalReferenceOperation partLocal && !IsHardCoded(partLocal, depth + 1) && Origin(partLocal, depth) is { } write
                    && FindInText(write, depth + 1) is { } inner)
                {
                    identifier ??= inner.Identifier;
                    secret |= inner.CombinedWithSecret;
                    hardCoded.AddRange(inner.HardCodedParts);
                }
                else if (IsHardCoded(part, depth + 1))
                {
                    hardCoded.Add(part);
                }
                else if (IsSecret(part, depth + 1))
                {
                    secret = true;
                }
            }

            return identifier is { } source ? new IdentifierSource(source, secret, hardCoded.ToImmutable()) : null;
        }

        /// <summary>The operands of a string built by <c>+</c>, an interpolated string (its holes and its text), or <c>string.Concat/Format/Join</c>.</summary>
        private static void CollectParts(IOperation value, List<IOperation> parts)
        {
            value = value.WithoutAnyConversion();
            switch (value)
            {
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, Type.SpecialType: SpecialType.System_String } concatenation:
                    // The left-nested spine of a + b + c + ... in a loop: thousands of terms must not overflow the stack.
                    var rightOperands = new Stack<IOperation>();
                    IOperation left = concatenation;
                    while (left.WithoutAnyConversion() is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, Type.SpecialType: SpecialType.System_String } spine)
                    {
                        rightOperands.Push(spine.RightOperand);
                        left = spine.LeftOperand;
                    }

                    CollectParts(left, parts);
                    while (rightOperands.Count > 0)
                    {
                        CollectParts(rightOperands.Pop(), parts);
                    }

                    return;
                case IInterpolatedStringOperation interpolated:
                    foreach (var part in interpolated.Parts)
                    {
                        switch (part)
                        {
                            case IInterpolationOperation hole:
                                parts.Add(hole.Expression);
                                break;
                            case IInterpolatedStringTextOperation textPart:
                                parts.Add(textPart.Text);
                                break;
                        }
                    }

                    return;
                case IInvocationOperation { TargetMethod: { IsStatic: true, ContainingType.SpecialType: SpecialType.System_String, Name: "Concat" or "Format" or "Join" } } call:
                    foreach (var argument in call.Arguments)
                    {
                        if (argument.ArgumentKind == ArgumentKind.ParamArray && argument.Value is IArrayCreationOperation { Initializer: { } elements })
                        {
                            parts.AddRange(elements.ElementValues);
                        }
                        else if (argument.ArgumentKind != ArgumentKind.DefaultValue)
                        {
                            parts.Add(argument.Value);
                        }
                    }

                    return;
                default:
                    parts.Add(value);
                    return;
            }
        }

        /// <summary>
        /// A secret that is not in source, mixed with the identifier: a value whose name (or the method returning it) says
        /// pepper, salt, secret or key; a configuration read (<c>Microsoft.Extensions.Configuration</c>); an environment variable.
        /// </summary>
        private bool IsSecret(IOperation part, int depth)
        {
            var value = StripTextViews(part.WithoutAnyConversion());
            if (depth > MaxDepth || IsHardCoded(value, depth))
            {
                return false;
            }

            if (value.ReferencedSymbol() is { } symbol && IsNamedLikeASecret(symbol.Name))
            {
                return true;
            }

            switch (value)
            {
                case ILocalReferenceOperation local:
                    return Origin(local, depth) is { } write && IsSecret(write, depth + 1);
                case IPropertyReferenceOperation { Property.IsIndexer: true } indexer:
                    return IsConfiguration(indexer.Property.ContainingType);
                case IInvocationOperation invocation:
                    var method = invocation.TargetMethod;
                    return IsNamedLikeASecret(method.Name)
                        || IsConfiguration(method.ContainingType)
                        || (method.Name == "GetEnvironmentVariable" && method.ContainingType is { Name: "Environment", ContainingNamespace.Name: "System" });
                default:
                    return false;
            }
        }

        private static bool IsConfiguration(INamedTypeSymbol? type)
            => type?.ContainingNamespace?.ToDisplayString() == "Microsoft.Extensions.Configuration";

        /// <summary>For <c>Encoding.UTF8.GetBytes(text)</c> and <c>BitConverter.GetBytes(number)</c>: the text or number.</summary>
        private IOperation? TextOfBytes(IInvocationOperation invocation)
        {
            var method = invocation.TargetMethod;
            if (method.Name != "GetBytes" || invocation.Arguments.IsEmpty || method.ReturnType is not IArrayTypeSymbol)
            {
                return null;
            }

            var isEncoding = !method.IsStatic && _encoding is not null && TypeHierarchy.IsOrDerivesFrom(method.ContainingType, _encoding);
            var isBitConverter = method.IsStatic && _bitConverter is not null && SymbolEqualityComparer.Default.Equals(method.ContainingType, _bitConverter);
            return isEncoding || isBitConverter ? Argument(invocation, 0) : null;
        }

        // ---- Question 2: is this value written in source? -----------------------------------------------------

        /// <summary>True when <paramref name="value"/> is written in source (see the class summary); null is not.</summary>
        public bool IsHardCoded(IOperation value) => IsHardCoded(value, 0);

        private bool IsHardCoded(IOperation operation, int depth)
        {
            if (depth > MaxDepth)
            {
                return false;
            }

            var value = operation.WithoutAnyConversion();
            if (value.ConstantValue.HasValue)
            {
                return value.ConstantValue.Value is not null;
            }

            switch (value)
            {
                case IUtf8StringOperation:
                    return true;
                case IArrayCreationOperation { Initializer: { ElementValues.Length: > 0 } initializer }:
                    return initializer.ElementValues.All(e => e.WithoutAnyConversion().ConstantValue.HasValue);
                case IArrayInitializerOperation { ElementValues.Length: > 0 } initializer:
                    // byte[] Key = { 1, 2, 3 }: the initializer's own operation, asked for by its syntax.
                    return initializer.ElementValues.All(e => e.WithoutAnyConversion().ConstantValue.HasValue);
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, Type.SpecialType: SpecialType.System_String } concatenation:
                    return IsHardCoded(concatenation.LeftOperand, depth + 1) && IsHardCoded(concatenation.RightOperand, depth + 1);
                case IInvocationOperation invocation:
                    return IsHardCodedConversion(invocation, depth);
                case ILocalReferenceOperation local:
                    return IsHardCoded(local, depth);
                case IFieldReferenceOperation field:
                    return IsHardCodedMember(field.Field, value.SemanticModel, depth);
                case IPropertyReferenceOperation { Property.IsIndexer: false } property:
                    return IsHardCodedMember(property.Property, value.SemanticModel, depth);
                default:
                    // Collection expressions ([1, 2, 3]) have no operation interface in the Roslyn 4.8 API; their syntax does.
                    return value.Syntax is CollectionExpressionSyntax && value.ChildOperations.Count > 0
                        && value.ChildOperations.All(e => e.WithoutAnyConversion().ConstantValue.HasValue);
            }
        }

        /// <summary><c>Encoding.*.GetBytes("…")</c>, <c>Convert.FromBase64String("…")</c>, <c>Convert.FromHexString("…")</c>, <c>"…"u8.ToArray()</c>.</summary>
        private bool IsHardCodedConversion(IInvocationOperation invocation, int depth)
        {
            var method = invocation.TargetMethod;
            IOperation? source = null;
            if (method.Name == "GetBytes" && !method.IsStatic && _encoding is not null && TypeHierarchy.IsOrDerivesFrom(method.ContainingType, _encoding) && invocation.Arguments.Length == 1)
            {
                source = Argument(invocation, 0);
            }
            else if (method.Name is "FromBase64String" or "FromHexString" && _convert is not null && SymbolEqualityComparer.Default.Equals(method.ContainingType, _convert))
            {
                source = Argument(invocation, 0);
            }
            else if (method.Name is "ToArray" && invocation.Arguments.IsEmpty && invocation.Instance is { } instance)
            {
                source = instance;
            }

            return source is not null && IsHardCoded(source, depth + 1);
        }

        private bool IsHardCoded(ILocalReferenceOperation local, int depth)
        {
            if (local.Local.IsConst)
            {
                return true;
            }

            var writes = Writes(local.Local, local);
            return !writes.IsDefaultOrEmpty && writes.All(w => IsHardCoded(w, depth + 1));
        }

        /// <summary>
        /// A <c>readonly</c> field or a get-only property (static or not) that only ever holds a hard-coded value: its
        /// initializer (or expression body) is one, and no constructor of its type assigns it.
        /// </summary>
        public bool IsHardCodedMember(ISymbol member, SemanticModel? model) => IsHardCodedMember(member, model, 0);

        private bool IsHardCodedMember(ISymbol member, SemanticModel? model, int depth)
        {
            if (member is IFieldSymbol { IsConst: true, HasConstantValue: true } constant)
            {
                return constant.ConstantValue is not null;
            }

            var isCandidate = member switch
            {
                IFieldSymbol field => field.IsReadOnly,
                IPropertySymbol property => property.SetMethod is null && property.GetMethod is not null,
                _ => false,
            };
            if (!isCandidate || member.DeclaringSyntaxReferences.Length != 1)
            {
                return false;
            }

            var declaration = member.DeclaringSyntaxReferences[0].GetSyntax();
            var value = declaration switch
            {
                VariableDeclaratorSyntax declarator => declarator.Initializer?.Value,
                PropertyDeclarationSyntax property => property.Initializer?.Value ?? property.ExpressionBody?.Expression ?? GetterExpression(property),
                _ => null,
            };
            if (value is null || IsAssignedInConstructor(member))
            {
                return false;
            }

            // In the file being analysed the initializer's operation is at hand; elsewhere its syntax is judged.
            if (model is not null && value.SyntaxTree == model.SyntaxTree && model.GetOperation(value) is { } initializer)
            {
                return IsHardCoded(initializer, depth + 1);
            }

            return IsHardCodedSyntax(value);
        }

        private static ExpressionSyntax? GetterExpression(PropertyDeclarationSyntax property)
            => property.AccessorList?.Accessors.FirstOrDefault(a => a.IsKind(SyntaxKind.GetAccessorDeclaration))?.ExpressionBody?.Expression;

        private static bool IsAssignedInConstructor(ISymbol member)
        {
            var constructors = member.IsStatic ? member.ContainingType.StaticConstructors : member.ContainingType.InstanceConstructors;
            foreach (var constructor in constructors)
            {
                foreach (var reference in constructor.DeclaringSyntaxReferences)
                {
                    if (reference.GetSyntax() is not ConstructorDeclarationSyntax syntax)
                    {
                        continue;
                    }

                    foreach (var assignment in syntax.DescendantNodes().OfType<AssignmentExpressionSyntax>())
                    {
                        var target = assignment.Left is MemberAccessExpressionSyntax access ? access.Name : assignment.Left as SimpleNameSyntax;
                        if (target?.Identifier.ValueText == member.Name)
                        {
                            return true;
                        }
                    }
                }
            }

            return false;
        }

        /// <summary>The same judgement, on syntax alone, for an initializer in another file: literals and conversions of literals only.</summary>
        private static bool IsHardCodedSyntax(ExpressionSyntax expression)
        {
            expression = StripSyntax(expression);
            switch (expression)
            {
                case LiteralExpressionSyntax literal:
                    return !literal.IsKind(SyntaxKind.NullLiteralExpression) && !literal.IsKind(SyntaxKind.DefaultLiteralExpression);
                case ArrayCreationExpressionSyntax { Initializer: { Expressions.Count: > 0 } initializer }:
                    return initializer.Expressions.All(e => StripSyntax(e) is LiteralExpressionSyntax);
                case ImplicitArrayCreationExpressionSyntax { Initializer.Expressions.Count: > 0 } implicitArray:
                    return implicitArray.Initializer.Expressions.All(e => StripSyntax(e) is LiteralExpressionSyntax);
                case InitializerExpressionSyntax { Expressions.Count: > 0 } arrayInitializer when arrayInitializer.IsKind(SyntaxKind.ArrayInitializerExpression):
                    return arrayInitializer.Expressions.All(e => StripSyntax(e) is LiteralExpressionSyntax);
                case CollectionExpressionSyntax { Elements.Count: > 0 } collection:
                    return collection.Elements.All(e => e is ExpressionElementSyntax element && StripSyntax(element.Expression) is LiteralExpressionSyntax);
                case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.AddExpression):
                    return IsHardCodedSyntax(binary.Left) && IsHardCodedSyntax(binary.Right);
                case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } invocation:
                    var name = access.Name.Identifier.ValueText;
                    if (name is "GetBytes" or "FromBase64String" or "FromHexString")
                    {
                        return invocation.ArgumentList.Arguments.Count == 1 && StripSyntax(invocation.ArgumentList.Arguments[0].Expression) is LiteralExpressionSyntax;
                    }

                    return name == "ToArray" && invocation.ArgumentList.Arguments.Count == 0 && IsHardCodedSyntax(access.Expression);
                default:
                    return false;
            }
        }

        private static ExpressionSyntax StripSyntax(ExpressionSyntax expression)
        {
            while (true)
            {
                switch (expression)
                {
                    case ParenthesizedExpressionSyntax parenthesized:
                        expression = parenthesized.Expression;
                        break;
                    case CastExpressionSyntax cast:
                        expression = cast.Expression;
                        break;
                    case PrefixUnaryExpressionSyntax unary when unary.IsKind(SyntaxKind.UnaryMinusExpression):
                        expression = unary.Operand;
                        break;
                    default:
                        return expression;
                }
            }
        }

        // ---- Locals -------------------------------------------------------------------------------------------

        /// <summary>
        /// The one value a local holds: its initializer or its single assignment in the method body; for a
        /// <c>foreach</c> variable, the collection (an element of a collection of identifiers is one). Null when it is
        /// written more than once, by <c>ref</c>/<c>out</c>, or in a way this does not follow.
        /// </summary>
        public static IOperation? Origin(ILocalReferenceOperation local, int depth = 0)
        {
            if (depth > MaxDepth)
            {
                return null;
            }

            if (local.Local.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is ForEachStatementSyntax)
            {
                var loop = Root(local).DescendantsAndSelf().OfType<IForEachLoopOperation>().FirstOrDefault(l => l.Locals.Contains(local.Local, SymbolEqualityComparer.Default));
                return loop?.Collection;
            }

            var writes = Writes(local.Local, local);
            return writes.IsDefault || writes.Length != 1 ? null : writes[0];
        }

        /// <summary>
        /// Every value written to a local declared by a variable declarator, found in the body that <paramref name="within"/>
        /// belongs to; default when a write cannot be followed (<c>ref</c>, <c>out</c>, compound assignment, deconstruction).
        /// </summary>
        public static ImmutableArray<IOperation> Writes(ILocalSymbol local, IOperation within)
        {
            if (local.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is not VariableDeclaratorSyntax)
            {
                return default;
            }

            var writes = ImmutableArray.CreateBuilder<IOperation>();
            foreach (var operation in Root(within).DescendantsAndSelf())
            {
                switch (operation)
                {
                    case IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, local):
                        var initializer = declarator.Initializer ?? (declarator.Parent as IVariableDeclarationOperation)?.Initializer;
                        if (initializer is not null)
                        {
                            writes.Add(initializer.Value);
                        }

                        break;
                    case ILocalReferenceOperation reference when SymbolEqualityComparer.Default.Equals(reference.Local, local):
                        switch (WriteKind(reference))
                        {
                            case LocalWrite.Assigned:
                                writes.Add(((ISimpleAssignmentOperation)reference.Parent!).Value);
                                break;
                            case LocalWrite.Unknown:
                                return default;
                        }

                        break;
                }
            }

            return writes.ToImmutable();
        }

        private enum LocalWrite
        {
            None,
            Assigned,
            Unknown,
        }

        private static LocalWrite WriteKind(ILocalReferenceOperation reference)
        {
            var parent = reference.Parent;
            switch (parent)
            {
                case ISimpleAssignmentOperation assignment when assignment.Target == reference:
                    return LocalWrite.Assigned;
                case ICompoundAssignmentOperation compound when compound.Target == reference:
                case ICoalesceAssignmentOperation coalesce when coalesce.Target == reference:
                case IIncrementOrDecrementOperation:
                case IArgumentOperation { Parameter.RefKind: RefKind.Ref or RefKind.Out }:
                case IDeconstructionAssignmentOperation:
                case ITupleOperation:
                    return LocalWrite.Unknown;
                default:
                    return FilledInPlace(reference) ? LocalWrite.Unknown : LocalWrite.None;
            }
        }

        /// <summary>Bytes written in place: <c>RandomNumberGenerator.Fill(key)</c>, <c>rng.GetBytes(key)</c>, any <c>Span&lt;byte&gt;</c> destination.</summary>
        private static bool FilledInPlace(ILocalReferenceOperation reference)
        {
            if (!IsBytes(reference.Local.Type) || reference.Local.Type is not IArrayTypeSymbol)
            {
                return false;
            }

            var current = (IOperation)reference;
            while (current.Parent is IConversionOperation or IParenthesizedOperation)
            {
                current = current.Parent;
            }

            return current.Parent is IArgumentOperation { Parameter: { } parameter, Parent: IInvocationOperation invocation }
                && (parameter.Type is INamedTypeSymbol { Name: "Span", TypeArguments.Length: 1 }
                    || invocation.TargetMethod.Name is "Fill" or "GetBytes" or "GetNonZeroBytes" or "Read" or "ReadExactly");
        }

        /// <summary>Every reference to <paramref name="local"/> in the body that <paramref name="within"/> belongs to.</summary>
        public static IEnumerable<ILocalReferenceOperation> References(ILocalSymbol local, IOperation within)
            => Root(within).DescendantsAndSelf().OfType<ILocalReferenceOperation>().Where(r => SymbolEqualityComparer.Default.Equals(r.Local, local));

        /// <summary>The operation tree of the method body (or initializer) that <paramref name="operation"/> is in.</summary>
        private static IOperation Root(IOperation operation)
        {
            while (operation.Parent is not null)
            {
                operation = operation.Parent;
            }

            return operation;
        }

        // ---- Small helpers ------------------------------------------------------------------------------------

        private static IOperation? Argument(IInvocationOperation invocation, int ordinal)
            => invocation.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == ordinal)?.Value;

        /// <summary><c>bytes.AsSpan()</c>, <c>span.ToArray()</c>, <c>new ReadOnlySpan&lt;byte&gt;(bytes)</c>: the same bytes.</summary>
        private static IOperation StripByteViews(IOperation value)
        {
            while (true)
            {
                var source = value switch
                {
                    IInvocationOperation { TargetMethod.Name: "AsSpan" or "AsMemory" or "ToArray", Arguments.Length: <= 1 } view
                        => view.Instance ?? (view.TargetMethod.IsExtensionMethod && view.Arguments.Length == 1 ? view.Arguments[0].Value : null),
                    IObjectCreationOperation { Arguments.Length: 1, Type: INamedTypeSymbol { Name: "Span" or "ReadOnlySpan" or "Memory" or "ReadOnlyMemory" } } span
                        => span.Arguments[0].Value,
                    _ => null,
                };
                if (source is null || !IsBytes(source.Type))
                {
                    return value;
                }

                value = source.WithoutAnyConversion();
            }
        }

        /// <summary><c>text.AsSpan()</c>, <c>text.ToCharArray()</c>: the same text.</summary>
        private static IOperation StripTextViews(IOperation value)
        {
            while (value is IInvocationOperation { TargetMethod.Name: "AsSpan" or "AsMemory" or "ToCharArray", Arguments.Length: <= 1 } view)
            {
                var source = view.Instance ?? (view.TargetMethod.IsExtensionMethod && view.Arguments.Length == 1 ? view.Arguments[0].Value : null);
                if (source?.Type?.SpecialType != SpecialType.System_String)
                {
                    break;
                }

                value = source.WithoutAnyConversion();
            }

            return value;
        }

        private static bool IsBytes(ITypeSymbol? type) => type switch
        {
            IArrayTypeSymbol array => array.ElementType.SpecialType == SpecialType.System_Byte,
            INamedTypeSymbol { TypeArguments.Length: 1 } named => named.TypeArguments[0].SpecialType == SpecialType.System_Byte,
            _ => false,
        };
    }
}
