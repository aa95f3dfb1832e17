using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace NhsCodeAnalyzers.Shared
{
    /// <summary>The FHIR type whose <c>system</c> a string reaches.</summary>
    internal enum FhirSystemOwner
    {
        Coding,
        Identifier,
        CodeableConcept,
    }

    /// <summary>One place a string becomes the system of a FHIR coding or identifier.</summary>
    internal readonly struct FhirSystemUse
    {
        public FhirSystemUse(FhirSystemOwner owner, IOperation? value)
        {
            Owner = owner;
            Value = value;
        }

        public FhirSystemOwner Owner { get; }

        /// <summary>
        /// For an identifier, the value written beside the system (the constructor's <c>value</c> argument, or
        /// <c>Value = ...</c> in the same object initializer); null when it is not written there.
        /// </summary>
        public IOperation? Value { get; }
    }

    /// <summary>
    /// NHS3002 and NHS3003: where a string literal becomes the <c>system</c> of an <c>Hl7.Fhir.Model.Coding</c>,
    /// <c>Identifier</c> or <c>CodeableConcept</c> — the constructors' <c>system</c> parameter, <c>System = ...</c> in
    /// an object initializer, and <c>x.System = ...</c> — directly or through <c>?:</c>, <c>??</c>, a local that is
    /// <c>const</c> or assigned only where it is declared, and <c>const</c>/<c>readonly</c> fields. The types are
    /// matched by metadata name (no FHIR SDK reference). The analysis starts at the literal and goes up to its uses,
    /// so a literal in a field's declaration is answered while that declaration is analysed: its diagnostic is
    /// local (shown in the editor, fixable). A comparison, a <c>case</c> label, a dictionary key, a log message or a
    /// <c>ConceptMap</c> group's <c>Source</c>/<c>Target</c> is not a system, so it is never a use.
    /// </summary>
    internal sealed class FhirSystems
    {
        public const string CodingMetadataName = "Hl7.Fhir.Model.Coding";
        public const string IdentifierMetadataName = "Hl7.Fhir.Model.Identifier";
        public const string CodeableConceptMetadataName = "Hl7.Fhir.Model.CodeableConcept";

        private const int MaxSteps = 4;

        private readonly Compilation _compilation;
        private readonly INamedTypeSymbol? _coding;
        private readonly INamedTypeSymbol? _identifier;
        private readonly INamedTypeSymbol? _codeableConcept;

        private FhirSystems(Compilation compilation, INamedTypeSymbol? coding, INamedTypeSymbol? identifier, INamedTypeSymbol? codeableConcept)
        {
            _compilation = compilation;
            _coding = coding;
            _identifier = identifier;
            _codeableConcept = codeableConcept;
        }

        /// <summary>The FHIR types of this compilation, or null when none is referenced (the rules then register nothing).</summary>
        public static FhirSystems? Create(Compilation compilation)
        {
            var coding = TypeLookup.Find(compilation, CodingMetadataName);
            var identifier = TypeLookup.Find(compilation, IdentifierMetadataName);
            var codeableConcept = TypeLookup.Find(compilation, CodeableConceptMetadataName);
            return coding is null && identifier is null && codeableConcept is null ? null : new FhirSystems(compilation, coding, identifier, codeableConcept);
        }

        /// <summary>
        /// A system URI reduced to what a person means by it, so near spellings compare equal: lower case, without
        /// its scheme (<c>http://</c>, <c>https://</c>), a leading <c>www.</c>, trailing <c>/</c> or any hyphen.
        /// </summary>
        public static string Normalise(string uri)
        {
            var text = uri.Trim().ToLowerInvariant();
            if (text.StartsWith("https://", System.StringComparison.Ordinal))
            {
                text = text.Substring("https://".Length);
            }
            else if (text.StartsWith("http://", System.StringComparison.Ordinal))
            {
                text = text.Substring("http://".Length);
            }

            if (text.StartsWith("www.", System.StringComparison.Ordinal))
            {
                text = text.Substring(4);
            }

            return text.TrimEnd('/').Replace("-", string.Empty);
        }

        /// <summary>
        /// The FHIR systems <paramref name="literal"/> (a whole string value) becomes. A literal that is a field's
        /// whole initializer is followed to the field's uses anywhere in the compilation when
        /// <paramref name="followFields"/> (the caller's cheap test said the text matters); a use of the field is
        /// bound only when <paramref name="fieldUseFilter"/> (a syntax-only test, when given) accepts it.
        /// </summary>
        public List<FhirSystemUse> UsesOf(IOperation literal, bool followFields, CancellationToken cancellationToken, System.Func<ExpressionSyntax, bool>? fieldUseFilter = null)
        {
            var found = new List<FhirSystemUse>();
            FlowUp(literal, MaxSteps, followFields, found, fieldUseFilter, cancellationToken);
            return found;
        }

        private void FlowUp(IOperation use, int steps, bool followFields, List<FhirSystemUse> found, System.Func<ExpressionSyntax, bool>? fieldUseFilter, CancellationToken cancellationToken)
        {
            var current = use;
            while (true)
            {
                switch (current.Parent)
                {
                    case IConversionOperation or IParenthesizedOperation:
                    case IConditionalOperation conditional when conditional.Condition != current:
                    case ICoalesceOperation:
                        current = current.Parent;
                        continue;
                    case IArgumentOperation { Parameter.Name: "system", Parent: IObjectCreationOperation creation } when OwnerOf(creation.Type) is { } owner:
                        found.Add(new FhirSystemUse(owner, owner == FhirSystemOwner.Identifier ? ArgumentValue(creation, "value") : null));
                        return;
                    case ISimpleAssignmentOperation assignment when assignment.Value == current && SystemProperty(assignment.Target) is { } owner:
                        found.Add(new FhirSystemUse(owner, owner == FhirSystemOwner.Identifier ? InitializedBeside(assignment, "Value") : null));
                        return;
                    case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } when steps > 0:
                        FlowFromLocal(declarator.Symbol, declarator, steps - 1, followFields, found, fieldUseFilter, cancellationToken);
                        return;
                    case IFieldInitializerOperation initializer when steps > 0 && followFields:
                        foreach (var field in initializer.InitializedFields)
                        {
                            if ((field.IsConst || field.IsReadOnly) && field.Type.SpecialType == SpecialType.System_String)
                            {
                                FlowFromField(field, steps - 1, found, fieldUseFilter, cancellationToken);
                            }
                        }

                        return;
                    default:
                        return;
                }
            }
        }

        private FhirSystemOwner? OwnerOf(ITypeSymbol? type)
        {
            if (type is null)
            {
                return null;
            }

            if (_coding is not null && TypeHierarchy.IsOrDerivesFrom(type, _coding))
            {
                return FhirSystemOwner.Coding;
            }

            if (_identifier is not null && TypeHierarchy.IsOrDerivesFrom(type, _identifier))
            {
                return FhirSystemOwner.Identifier;
            }

            return _codeableConcept is not null && TypeHierarchy.IsOrDerivesFrom(type, _codeableConcept) ? FhirSystemOwner.CodeableConcept : null;
        }

        /// <summary><c>Coding.System</c> or <c>Identifier.System</c> (a <c>CodeableConcept</c> has no system of its own).</summary>
        private FhirSystemOwner? SystemProperty(IOperation target)
            => target is IPropertyReferenceOperation { Property.Name: "System" } property
               && OwnerOf(property.Property.ContainingType) is { } owner and not FhirSystemOwner.CodeableConcept
                ? owner
                : null;

        private static IOperation? ArgumentValue(IObjectCreationOperation creation, string parameterName)
        {
            foreach (var argument in creation.Arguments)
            {
                if (argument.ArgumentKind == ArgumentKind.Explicit && argument.Parameter?.Name == parameterName)
                {
                    return argument.Value;
                }
            }

            return InitializerValue(creation.Initializer, "Value");
        }

        /// <summary>For <c>System = ...</c> in an object initializer, the value assigned to <paramref name="member"/> beside it.</summary>
        private static IOperation? InitializedBeside(ISimpleAssignmentOperation assignment, string member)
            => assignment.Parent is IObjectOrCollectionInitializerOperation initializer ? InitializerValue(initializer, member) : null;

        private static IOperation? InitializerValue(IObjectOrCollectionInitializerOperation? initializer, string member)
        {
            if (initializer is null)
            {
                return null;
            }

            foreach (var part in initializer.Initializers)
            {
                if (part is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment && property.Property.Name == member)
                {
                    return assignment.Value;
                }
            }

            return null;
        }

        private void FlowFromLocal(ILocalSymbol local, IOperation declaration, int steps, bool followFields, List<FhirSystemUse> found, System.Func<ExpressionSyntax, bool>? fieldUseFilter, CancellationToken cancellationToken)
        {
            var root = DeclaredValues.Root(declaration);
            if (!local.IsConst && DeclaredValues.IsAssignedAgain(local, root))
            {
                return;
            }

            foreach (var operation in root.Descendants())
            {
                if (operation is ILocalReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Local, local))
                {
                    FlowUp(reference, steps, followFields, found, fieldUseFilter, cancellationToken);
                }
            }
        }

        /// <summary>The uses of a field, found as Find References does (<see cref="FieldReferences"/>).</summary>
        private void FlowFromField(IFieldSymbol field, int steps, List<FhirSystemUse> found, System.Func<ExpressionSyntax, bool>? fieldUseFilter, CancellationToken cancellationToken)
        {
            foreach (var reference in FieldReferences.For(_compilation).ReferencesTo(field, fieldUseFilter, cancellationToken))
            {
                FlowUp(reference, steps, followFields: true, found, fieldUseFilter, cancellationToken);
            }
        }
    }
}
