using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace NhsCodeAnalyzers.Tests.Verifiers
{
    /// <summary>
    /// Applies a code fix to markup source and compares the result; the testing library also applies Fix All in
    /// document, project and solution scope and checks each gives the same result.
    /// </summary>
    public static class CSharpCodeFixVerifier<TAnalyzer, TCodeFix>
        where TAnalyzer : DiagnosticAnalyzer, new()
        where TCodeFix : CodeFixProvider, new()
    {
        public static Task VerifyFixAsync(string source, string fixedSource, string? editorConfig = null)
            => VerifyFixAsync(source, fixedSource, ReferenceSets.Net100WithPackages, editorConfig);

        /// <summary>Applies the code action with <paramref name="codeActionKey"/> (its equivalence key) where a rule offers several.</summary>
        public static Task VerifyFixAsync(string source, string fixedSource, ImmutableArray<MetadataReference> references, string? editorConfig = null, string? codeActionKey = null)
        {
            var test = new Test { TestCode = source, FixedCode = fixedSource, CodeActionEquivalenceKey = codeActionKey };
            TestConfiguration.Apply(test.TestState, references, editorConfig);
            // Markup left in the fixed source marks the diagnostics the fix must leave in place.
            test.FixedState.MarkupHandling = MarkupMode.Allow;
            return test.RunAsync(CancellationToken.None);
        }

        /// <summary>The diagnostics are reported (as marked) and no code fix is offered for them.</summary>
        public static Task VerifyNoFixAsync(string source, ImmutableArray<MetadataReference> references)
            => VerifyFixAsync(source, source, references);

        public sealed class Test : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
        {
        }
    }
}
