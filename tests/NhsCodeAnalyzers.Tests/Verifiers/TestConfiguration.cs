using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace NhsCodeAnalyzers.Tests.Verifiers
{
    /// <summary>Shared set-up for every analyzer and code-fix test: references and .editorconfig text.</summary>
    internal static class TestConfiguration
    {
        public static void Apply(SolutionState state, ImmutableArray<MetadataReference> references, string? editorConfig)
        {
            state.ReferenceAssemblies = ReferenceSets.None;
            state.AdditionalReferences.AddRange(references);
            if (editorConfig is not null)
            {
                state.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*]\n" + editorConfig));
            }
        }
    }
}
