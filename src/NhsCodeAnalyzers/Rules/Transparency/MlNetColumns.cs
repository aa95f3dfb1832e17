using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using NhsCodeAnalyzers.Shared;

namespace NhsCodeAnalyzers.Rules.Transparency
{
    /// <summary>
    /// ML.NET's column attributes, which mark a type as the shape of data loaded into a model. Resolved once per
    /// compilation; empty when ML.NET is not referenced.
    /// </summary>
    internal sealed class MlNetColumns
    {
        public const string LoadColumnAttribute = "Microsoft.ML.Data.LoadColumnAttribute";
        public const string ColumnNameAttribute = "Microsoft.ML.Data.ColumnNameAttribute";

        /// <summary>The columns ML.NET writes as the output of a model: a type whose columns are all these is a prediction, not input data.</summary>
        private static readonly ImmutableHashSet<string> OutputColumns = ImmutableHashSet.Create(StringComparer.Ordinal, "PredictedLabel", "Score", "Probability");

        private readonly INamedTypeSymbol? _loadColumn;
        private readonly INamedTypeSymbol? _columnName;

        private MlNetColumns(INamedTypeSymbol? loadColumn, INamedTypeSymbol? columnName)
        {
            _loadColumn = loadColumn;
            _columnName = columnName;
        }

        public bool IsEmpty => _loadColumn is null && _columnName is null;

        public static MlNetColumns Resolve(Compilation compilation)
            => new MlNetColumns(TypeLookup.Find(compilation, LoadColumnAttribute), TypeLookup.Find(compilation, ColumnNameAttribute));

        /// <summary>
        /// True when the member is an input column: it carries <c>[LoadColumn]</c>, or <c>[ColumnName]</c> naming a
        /// column other than a model output (<c>PredictedLabel</c>, <c>Score</c>, <c>Probability</c>).
        /// </summary>
        public bool IsInputColumn(ISymbol member)
        {
            if (IsEmpty)
            {
                return false;
            }

            foreach (var attribute in member.GetAttributes())
            {
                var attributeClass = attribute.AttributeClass;
                if (attributeClass is null)
                {
                    continue;
                }

                if (SymbolEqualityComparer.Default.Equals(attributeClass, _loadColumn))
                {
                    return true;
                }

                if (SymbolEqualityComparer.Default.Equals(attributeClass, _columnName)
                    && !(attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is string name && OutputColumns.Contains(name)))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
