using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using NhsCodeAnalyzers.Shared.Identifiers;

namespace NhsCodeAnalyzers.Shared
{
    /// <summary>How a declared type holds numbers, for NHS1004.</summary>
    internal enum NumericShape
    {
        /// <summary>Not numeric.</summary>
        None,

        /// <summary>An integral or floating type, or its <c>Nullable&lt;T&gt;</c>.</summary>
        Scalar,

        /// <summary>An array of one, or a generic collection of one (<c>List&lt;long&gt;</c>, <c>IEnumerable&lt;long?&gt;</c>).</summary>
        Collection,
    }

    /// <summary>
    /// NHS1004's questions, shared by its analyzer and its code fix: is this type numeric, and does this symbol
    /// hold a national patient number (NHS, CHI, H&amp;C) by the shared recogniser, rather than a count of them?
    /// </summary>
    internal static class PatientNumberTypes
    {
        /// <summary>The last word of each national-number pattern; with an "s" it makes a count (<c>nhsNumbers</c>) of a scalar.</summary>
        private static readonly ImmutableHashSet<string> PluralNumberWords = IdentifierNamePatterns.BuiltIn
            .Where(p => p.Kind.IsNationalPatientNumber())
            .Select(p => p.Words[p.Words.Length - 1] + "s")
            .ToImmutableHashSet(StringComparer.Ordinal);

        /// <summary>The first word of each national-number pattern: where the identifier starts in a name.</summary>
        private static readonly ImmutableHashSet<string> PatternStartWords = IdentifierNamePatterns.BuiltIn
            .Where(p => p.Kind.IsNationalPatientNumber())
            .Select(p => p.Words[0])
            .ToImmutableHashSet(StringComparer.Ordinal);

        /// <summary>Words before the number that make the name about the numbers (<c>TotalNhsNumbers</c>, <c>LengthOfNhsNumber</c>).</summary>
        private static readonly ImmutableHashSet<string> LeadingCountWords = IdentifierNamePatterns.DerivedWords
            .Union(new[] { "count", "total", "sum", "of", "number", "num", "no", "nbr" });

        public static NumericShape ShapeOf(ITypeSymbol? type)
        {
            if (type is null)
            {
                return NumericShape.None;
            }

            if (IsNumericScalar(type))
            {
                return NumericShape.Scalar;
            }

            if (type is IArrayTypeSymbol array)
            {
                return IsNumericScalar(array.ElementType) ? NumericShape.Collection : NumericShape.None;
            }

            if (type is INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } named
                && IsNumericScalar(named.TypeArguments[0])
                && IsEnumerableOf(named, named.TypeArguments[0]))
            {
                return NumericShape.Collection;
            }

            return NumericShape.None;
        }

        /// <summary>An integral or floating type (including <c>nint</c>, <c>Int128</c>, <c>Half</c>, <c>BigInteger</c>), or its nullable form.</summary>
        public static bool IsNumericScalar(ITypeSymbol type)
        {
            if (type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T && type is INamedTypeSymbol { TypeArguments.Length: 1 } nullable)
            {
                type = nullable.TypeArguments[0];
            }

            switch (type.SpecialType)
            {
                case SpecialType.System_SByte:
                case SpecialType.System_Byte:
                case SpecialType.System_Int16:
                case SpecialType.System_UInt16:
                case SpecialType.System_Int32:
                case SpecialType.System_UInt32:
                case SpecialType.System_Int64:
                case SpecialType.System_UInt64:
                case SpecialType.System_IntPtr:
                case SpecialType.System_UIntPtr:
                case SpecialType.System_Decimal:
                case SpecialType.System_Single:
                case SpecialType.System_Double:
                    return true;
            }

            if (type is not INamedTypeSymbol { TypeKind: TypeKind.Struct, ContainingNamespace: { } ns })
            {
                return false;
            }

            return type.Name switch
            {
                "Int128" or "UInt128" or "Half" => ns.Name == "System" && ns.ContainingNamespace is { IsGlobalNamespace: true },
                "BigInteger" => ns.Name == "Numerics" && ns.ContainingNamespace is { Name: "System", ContainingNamespace.IsGlobalNamespace: true },
                _ => false,
            };
        }

        public static bool IsNullableValue(ITypeSymbol type) => type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T;

        private static bool IsEnumerableOf(INamedTypeSymbol type, ITypeSymbol element)
        {
            if (type.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T)
            {
                return true;
            }

            foreach (var face in type.AllInterfaces)
            {
                if (face.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T
                    && SymbolEqualityComparer.Default.Equals(face.TypeArguments[0], element))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The national patient number a symbol of this shape holds, or <see cref="IdentifierKind.None"/>. A symbol
        /// marked <c>[PatientIdentifier]</c> is judged by its name too: the attribute says it is an identifier, the
        /// name says which. A scalar named as several numbers (<c>nhsNumbers</c>) or about them (<c>TotalNhsNumbers</c>,
        /// <c>LengthOfNhsNumber</c>) is a count, not a number.
        /// </summary>
        public static IdentifierKind NationalKind(ISymbol symbol, NumericShape shape, PatientIdentifiers identifiers)
        {
            var kind = identifiers.Classify(symbol);
            if (kind is IdentifierKind.Attributed or IdentifierKind.Configured)
            {
                var tree = symbol.Locations.FirstOrDefault(l => l.IsInSource)?.SourceTree;
                kind = identifiers.ClassifierFor(tree).Classify(symbol.Name);
            }

            if (!kind.IsNationalPatientNumber() || IsAboutTheNumbers(symbol.Name, shape))
            {
                return IdentifierKind.None;
            }

            return kind;
        }

        private static bool IsAboutTheNumbers(string name, NumericShape shape)
        {
            var words = IdentifierWords.Split(name);
            for (var i = 0; i < words.Length && !PatternStartWords.Contains(words[i]); i++)
            {
                if (LeadingCountWords.Contains(words[i]))
                {
                    return true;
                }
            }

            return shape == NumericShape.Scalar && words.Any(PluralNumberWords.Contains);
        }

        /// <summary>The second message argument: "an NHS number", "a CHI number", "an H&amp;C number".</summary>
        public static string Describe(IdentifierKind kind) => kind switch
        {
            IdentifierKind.ChiNumber => "a CHI number",
            IdentifierKind.HealthAndCareNumber => "an H&C number",
            _ => "an NHS number",
        };

        /// <summary>The symbol as users read it: <c>Patient.NhsNumber</c> for a member or a record's positional parameter, <c>nhsNumber</c> for a parameter or local.</summary>
        public static string DisplayName(ISymbol symbol)
        {
            if (symbol is IFieldSymbol or IPropertySymbol || (symbol is IParameterSymbol parameter && PositionalPropertyOf(parameter) is not null))
            {
                var type = symbol is IParameterSymbol p ? p.ContainingSymbol.ContainingType : symbol.ContainingType;
                return type is null ? symbol.Name : type.Name + "." + symbol.Name;
            }

            return symbol.Name;
        }

        /// <summary>The property a record generates from this positional parameter, or null.</summary>
        public static IPropertySymbol? PositionalPropertyOf(IParameterSymbol parameter)
        {
            if (parameter.ContainingSymbol is not IMethodSymbol { MethodKind: MethodKind.Constructor, ContainingType: { IsRecord: true } type })
            {
                return null;
            }

            foreach (var member in type.GetMembers(parameter.Name))
            {
                if (member is IPropertySymbol property && SymbolEqualityComparer.Default.Equals(PatientIdentifiers.RecordParameterOf(property), parameter))
                {
                    return property;
                }
            }

            return null;
        }

        /// <summary>
        /// True when the member is an override or implements an interface member (explicitly or implicitly): the
        /// declaration that introduced it is where a type is chosen, and where it is reported.
        /// </summary>
        public static bool IsOverrideOrImplementation(ISymbol member)
        {
            if (member.IsOverride)
            {
                return true;
            }

            switch (member)
            {
                case IPropertySymbol { ExplicitInterfaceImplementations.Length: > 0 }:
                case IMethodSymbol { ExplicitInterfaceImplementations.Length: > 0 }:
                    return true;
            }

            var type = member.ContainingType;
            if (type is null)
            {
                return false;
            }

            foreach (var face in type.AllInterfaces)
            {
                foreach (var candidate in face.GetMembers(member.Name))
                {
                    if (SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(candidate), member))
                    {
                        return true;
                    }
                }
            }

            return false;
        }
    }
}
