using System.Collections.Concurrent;
using System.Linq;
using Microsoft.CodeAnalysis;
using NhsCodeAnalyzers.Shared.Identifiers;

namespace NhsCodeAnalyzers.Shared
{
    /// <summary>
    /// Objects that are written out member by member, and so carry the patient identifiers they hold into any
    /// text they are written to:
    /// <list type="bullet">
    /// <item>as text (<see cref="PrintedIdentifier"/>): a record whose compiler-generated <c>ToString</c> prints every
    /// public property and field, unless the record (or the part of its hierarchy that declares the identifier)
    /// writes its own <c>ToString</c>/<c>PrintMembers</c>; an anonymous object, whose <c>ToString</c> does the same;</item>
    /// <item>destructured (<see cref="DestructuredIdentifier"/>): any object whose public properties a structured
    /// logger captures one by one (Serilog's <c>{@Patient}</c>), or a sequence of such objects.</item>
    /// </list>
    /// Per compilation, cached per type, safe to share across threads.
    /// </summary>
    internal sealed class WholeObjectIdentifiers
    {
        private readonly PatientIdentifiers _identifiers;
        private readonly ConcurrentDictionary<ITypeSymbol, ISymbol?> _printed = new ConcurrentDictionary<ITypeSymbol, ISymbol?>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<ITypeSymbol, ISymbol?> _destructured = new ConcurrentDictionary<ITypeSymbol, ISymbol?>(SymbolEqualityComparer.Default);
        private readonly System.Func<ITypeSymbol, ISymbol?> _printedUncached;
        private readonly System.Func<ITypeSymbol, ISymbol?> _destructuredUncached;

        public WholeObjectIdentifiers(PatientIdentifiers identifiers)
        {
            _identifiers = identifiers;
            _printedUncached = PrintedIdentifierUncached;
            _destructuredUncached = DestructuredIdentifierUncached;
        }

        /// <summary>The identifier member that <paramref name="type"/>'s <c>ToString</c> prints, or null.</summary>
        public ISymbol? PrintedIdentifier(ITypeSymbol? type)
            => type is INamedTypeSymbol { IsRecord: true } or INamedTypeSymbol { IsAnonymousType: true }
                ? _printed.GetOrAdd(type, _printedUncached)
                : null;

        /// <summary>The identifier property a destructuring logger captures from <paramref name="type"/>, or null.</summary>
        public ISymbol? DestructuredIdentifier(ITypeSymbol? type)
            => type is null || IsScalar(type) ? null : _destructured.GetOrAdd(type, _destructuredUncached);

        private ISymbol? PrintedIdentifierUncached(ITypeSymbol type)
        {
            var named = (INamedTypeSymbol)type;
            if (named.IsAnonymousType)
            {
                return named.GetMembers().OfType<IPropertySymbol>().FirstOrDefault(p => _identifiers.IsIdentifier(p));
            }

            // A ToString the record writes itself, or one a base record sealed, replaces the generated one.
            if (DeclaresOwn(named, "ToString", 0))
            {
                return null;
            }

            for (var current = named.BaseType; current is { IsRecord: true }; current = current.BaseType)
            {
                if (current.GetMembers("ToString").OfType<IMethodSymbol>().Any(m => m.Parameters.Length == 0 && m.IsSealed))
                {
                    return null;
                }
            }

            // The generated ToString calls PrintMembers, which prints this record's members and then its base's.
            for (var current = named; current is { IsRecord: true }; current = current.BaseType)
            {
                if (DeclaresOwn(current, "PrintMembers", 1))
                {
                    return null;
                }

                var member = current.GetMembers().FirstOrDefault(m => IsPrinted(m) && _identifiers.IsIdentifier(m));
                if (member is not null)
                {
                    return member;
                }
            }

            return null;
        }

        private ISymbol? DestructuredIdentifierUncached(ITypeSymbol type)
        {
            // Unwrap arrays and sequences iteratively: a type may enumerate itself (JToken, class Node : List<Node>),
            // and recursing through the cache would never end.
            for (var depth = 0; ElementTypeOf(type) is { } element; depth++)
            {
                if (depth == MaximumNesting || IsScalar(element) || SymbolEqualityComparer.Default.Equals(element, type))
                {
                    return null;
                }

                type = element;
            }

            for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
            {
                var property = current.GetMembers().OfType<IPropertySymbol>()
                    .FirstOrDefault(p => p is { DeclaredAccessibility: Accessibility.Public, IsStatic: false, IsIndexer: false, GetMethod: not null } && _identifiers.IsIdentifier(p));
                if (property is not null)
                {
                    return property;
                }
            }

            return null;
        }

        private const int MaximumNesting = 8;

        private static ITypeSymbol? ElementTypeOf(ITypeSymbol type)
        {
            if (type is IArrayTypeSymbol array)
            {
                return array.ElementType;
            }

            var sequence = type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Collections_Generic_IEnumerable_T } self
                ? self
                : type.AllInterfaces.FirstOrDefault(i => i.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T);
            return sequence?.TypeArguments[0];
        }

        private static bool IsPrinted(ISymbol member)
            => member is IFieldSymbol { DeclaredAccessibility: Accessibility.Public, IsStatic: false, IsImplicitlyDeclared: false } ||
               member is IPropertySymbol { DeclaredAccessibility: Accessibility.Public, IsStatic: false, IsIndexer: false, GetMethod: not null };

        private static bool DeclaresOwn(INamedTypeSymbol type, string name, int parameterCount)
            => type.GetMembers(name).OfType<IMethodSymbol>().Any(m => m.Parameters.Length == parameterCount && !m.IsImplicitlyDeclared && !IsCompilerGenerated(m));

        private static bool IsCompilerGenerated(ISymbol symbol)
            => symbol.GetAttributes().Any(a => a.AttributeClass?.Name == "CompilerGeneratedAttribute");

        private static bool IsScalar(ITypeSymbol type)
            => type.SpecialType != SpecialType.None || type.TypeKind is TypeKind.Enum or TypeKind.Pointer or TypeKind.Delegate or TypeKind.Error;
    }
}
