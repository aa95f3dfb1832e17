using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Diagnostics;

namespace NhsCodeAnalyzers.Shared.Options
{
    /// <summary>
    /// How every rule reads an <c>nhs_code_analyzers.*</c> option from <c>.editorconfig</c>/<c>.globalconfig</c>.
    /// Malformed items are dropped here and reported once by NHS0001; a rule never sees them and never throws.
    /// </summary>
    internal static class NhsOptionReader
    {
        public static ImmutableArray<string> GetValues(AnalyzerConfigOptions options, OptionDefinition definition)
        {
            if (!options.TryGetValue(definition.Key, out var raw) || raw is null)
            {
                return ImmutableArray<string>.Empty;
            }

            return OptionValueParser.Parse(definition, raw).Values;
        }
    }
}
