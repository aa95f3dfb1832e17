using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace NhsCodeAnalyzers.Tests.Verifiers
{
    /// <summary>
    /// Runs one analyzer on markup source: <c>{|NHS3001:new BinaryFormatter()|}</c> marks where a diagnostic is
    /// expected, and source without markup must produce none.
    /// </summary>
    public static class CSharpAnalyzerVerifier<TAnalyzer>
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        /// <summary>The analyzer reports nothing but what the markup shows (compiled against .NET 10 and the real packages).</summary>
        public static Task VerifyAsync(string source, string? editorConfig = null)
            => VerifyAsync(source, ReferenceSets.Net100WithPackages, editorConfig);

        /// <summary>As <see cref="VerifyAsync(string, string?)"/>, for a program with top-level statements.</summary>
        public static Task VerifyProgramAsync(string source, string? editorConfig = null)
            => VerifyAsync(source, ReferenceSets.Net100WithPackages, editorConfig, OutputKind.ConsoleApplication);

        public static Task VerifyAsync(string source, ImmutableArray<MetadataReference> references, string? editorConfig = null, OutputKind outputKind = OutputKind.DynamicallyLinkedLibrary, params DiagnosticResult[] expected)
        {
            var test = new Test { TestCode = source };
            test.TestState.OutputKind = outputKind;
            TestConfiguration.Apply(test.TestState, references, editorConfig);
            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync(CancellationToken.None);
        }

        public sealed class Test : CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
        {
        }
    }
}
