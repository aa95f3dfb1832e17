using System.Collections.Concurrent;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using NhsCodeAnalyzers.Shared.Options;

namespace NhsCodeAnalyzers.Shared.Identifiers
{
    /// <summary>
    /// The one answer, per compilation, to "is this symbol a patient identifier?" for every rule. A field,
    /// property (including a record's positional property), parameter or local is one when it carries
    /// <c>[PatientIdentifier]</c> (any namespace), or its name matches a built-in or configured identifier name
    /// and it is not a <c>bool</c>. Types, methods and the rest are never identifiers.
    /// Create it in a compilation-start action; it caches per symbol and is safe to share across threads.
    /// </summary>
    internal sealed class PatientIdentifiers
    {
        public const string AttributeName = "PatientIdentifierAttribute";

        private readonly AnalyzerConfigOptionsProvider _options;
        private readonly ConcurrentDictionary<AnalyzerConfigOptions, IdentifierNameClassifier> _classifiers = new ConcurrentDictionary<AnalyzerConfigOptions, IdentifierNameClassifier>();
        private readonly ConcurrentDictionary<ISymbol, IdentifierKind> _kinds = new ConcurrentDictionary<ISymbol, IdentifierKind>(SymbolEqualityComparer.Default);

        private readonly System.Func<ISymbol, IdentifierKind> _classifyUncached;

        public PatientIdentifiers(AnalyzerConfigOptionsProvider options)
        {
            _options = options;
            _classifyUncached = ClassifyUncached;
        }

        /// <summary>The name classifier with the options that apply to <paramref name="tree"/> (global options for null).</summary>
        public IdentifierNameClassifier ClassifierFor(SyntaxTree? tree)
        {
            var options = tree is null ? _options.GlobalOptions : _options.GetOptions(tree);
            return _classifiers.GetOrAdd(options, static o => new IdentifierNameClassifier(
                NhsOptionReader.GetValues(o, NhsOptionKeys.Find(NhsOptionKeys.PatientIdentifierNames)!),
                NhsOptionReader.GetValues(o, NhsOptionKeys.Find(NhsOptionKeys.ExcludedIdentifierNames)!)));
        }

        /// <summary>The cheap test before any semantic work: could a symbol of this name be an identifier here?</summary>
        public bool MayBeIdentifierName(string name, SyntaxTree? tree) => ClassifierFor(tree).MayBeIdentifier(name);

        /// <summary>
        /// The cheap test for a declared symbol: its name could be an identifier, or it carries an attribute
        /// (which could be <c>[PatientIdentifier]</c>). False means <see cref="Classify"/> would say None.
        /// </summary>
        public bool MayBeIdentifier(ISymbol symbol)
        {
            var tree = symbol.Locations.FirstOrDefault(l => l.IsInSource)?.SourceTree;
            if (MayBeIdentifierName(symbol.Name, tree) || !symbol.GetAttributes().IsEmpty)
            {
                return true;
            }

            return symbol is IPropertySymbol property && RecordParameterOf(property) is { } parameter && !parameter.GetAttributes().IsEmpty;
        }

        public bool IsIdentifier(ISymbol? symbol) => Classify(symbol).IsIdentifier();

        public IdentifierKind Classify(ISymbol? symbol)
        {
            if (symbol is null || !HoldsData(symbol))
            {
                return IdentifierKind.None;
            }

            return _kinds.GetOrAdd(symbol.OriginalDefinition, _classifyUncached);
        }

        private IdentifierKind ClassifyUncached(ISymbol symbol)
        {
            if (HasIdentifierAttribute(symbol) || (symbol is IPropertySymbol property && RecordParameterOf(property) is { } parameter && HasIdentifierAttribute(parameter)))
            {
                return IdentifierKind.Attributed;
            }

            if (TypeOf(symbol)?.SpecialType == SpecialType.System_Boolean)
            {
                return IdentifierKind.None;
            }

            var tree = symbol.Locations.FirstOrDefault(l => l.IsInSource)?.SourceTree;
            return ClassifierFor(tree).Classify(symbol.Name);
        }

        private static bool HoldsData(ISymbol symbol)
            => symbol is IFieldSymbol { IsImplicitlyDeclared: false } or IPropertySymbol or IParameterSymbol or ILocalSymbol;

        private static ITypeSymbol? TypeOf(ISymbol symbol) => symbol switch
        {
            IFieldSymbol field => field.Type,
            IPropertySymbol property => property.Type,
            IParameterSymbol parameter => parameter.Type,
            ILocalSymbol local => local.Type,
            _ => null,
        };

        public static bool HasIdentifierAttribute(ISymbol symbol)
            => symbol.GetAttributes().Any(a => a.AttributeClass?.Name is AttributeName or "PatientIdentifier");

        /// <summary>The primary-constructor parameter a record's positional property was generated from.</summary>
        public static IParameterSymbol? RecordParameterOf(IPropertySymbol property)
        {
            if (!property.ContainingType.IsRecord || property.DeclaringSyntaxReferences.Length == 0)
            {
                return null;
            }

            var declaration = property.DeclaringSyntaxReferences[0];
            foreach (var constructor in property.ContainingType.InstanceConstructors)
            {
                foreach (var parameter in constructor.Parameters)
                {
                    if (parameter.Name == property.Name && parameter.DeclaringSyntaxReferences.Any(r => r.SyntaxTree == declaration.SyntaxTree && r.Span == declaration.Span))
                    {
                        return parameter;
                    }
                }
            }

            return null;
        }
    }
}
