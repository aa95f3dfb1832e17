using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using NhsCodeAnalyzers.Tests.Shared;

namespace NhsCodeAnalyzers.Tests.Robustness
{
    /// <summary>
    /// Compiles a corpus case and runs analyzers on it the way the build does (concurrently, every analyzer in one
    /// driver), recording every analyzer exception rather than letting the driver turn it into an AD0001 warning
    /// that nobody reads. A generous hang guard turns an endless loop into a failure instead of a stuck run.
    /// </summary>
    public static class CaseAnalysis
    {
        /// <summary>Not a speed limit: only an analyzer stuck in a loop takes anywhere near this long.</summary>
        public static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(120);

        private static readonly ConcurrentDictionary<(string, OutputKind, NullableContextOptions), CSharpCompilation> EmptyCompilations = new();

        public sealed record Outcome(Compilation Compilation, ImmutableArray<Diagnostic> Diagnostics, ImmutableArray<string> Exceptions)
        {
            public ImmutableArray<Diagnostic> CompilerErrors => Compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToImmutableArray();
        }

        /// <summary>
        /// The case's files in a compilation with its references. Compilations that share references and options
        /// start from one empty compilation, so the referenced assemblies are bound once, not once per variant.
        /// </summary>
        public static CSharpCompilation Compile(CorpusCase corpusCase, string? referenceSet = null, NullableContextOptions nullable = NullableContextOptions.Enable)
        {
            var set = referenceSet ?? corpusCase.ReferenceSet;
            var empty = EmptyCompilations.GetOrAdd((set, corpusCase.OutputKind, nullable), key => CSharpCompilation.Create(
                "Robustness",
                Array.Empty<SyntaxTree>(),
                CorpusReferences.Get(key.Item1),
                new CSharpCompilationOptions(key.Item2, nullableContextOptions: key.Item3, allowUnsafe: true)));
            var parseOptions = corpusCase.ParseOptions;
            return empty.AddSyntaxTrees(corpusCase.Files.Select(file => CSharpSyntaxTree.ParseText(file.Text, parseOptions, path: file.Path)));
        }

        public static Task<Outcome> RunAsync(CorpusCase corpusCase, ImmutableArray<DiagnosticAnalyzer>? analyzers = null, IReadOnlyDictionary<string, string>? options = null, string? referenceSet = null, NullableContextOptions nullable = NullableContextOptions.Enable)
            => RunAsync(Compile(corpusCase, referenceSet, nullable), analyzers ?? AllAnalyzers.Analyzers, options ?? corpusCase.Options);

        public static async Task<Outcome> RunAsync(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers, IReadOnlyDictionary<string, string> options, AnalyzerConfigOptionsProvider? provider = null)
        {
            var exceptions = new ConcurrentQueue<string>();
            var analyzerOptions = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, provider ?? new AnalyzerRunner.DictionaryConfigOptionsProvider(options));
            var withAnalyzers = compilation.WithAnalyzers(
                analyzers,
                new CompilationWithAnalyzersOptions(
                    analyzerOptions,
                    onAnalyzerException: (exception, analyzer, diagnostic) => exceptions.Enqueue($"{analyzer.GetType().Name} threw {exception}"),
                    concurrentAnalysis: true,
                    logAnalyzerExecutionTime: false));
            var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None).WaitAsync(HangGuard);
            foreach (var failure in diagnostics.Where(d => d.Id == "AD0001"))
            {
                exceptions.Enqueue(failure.GetMessage());
            }

            return new Outcome(compilation, Sorted(diagnostics.Where(d => d.Id != "AD0001")), exceptions.Distinct().ToImmutableArray());
        }

        /// <summary>Diagnostics in a total order (file, position, ID, message), as a build log lists them.</summary>
        public static ImmutableArray<Diagnostic> Sorted(IEnumerable<Diagnostic> diagnostics)
            => diagnostics
                .OrderBy(d => d.Location.SourceTree?.FilePath ?? string.Empty, StringComparer.Ordinal)
                .ThenBy(d => d.Location.SourceSpan.Start)
                .ThenBy(d => d.Location.SourceSpan.End)
                .ThenBy(d => d.Id, StringComparer.Ordinal)
                .ThenBy(d => d.GetMessage(), StringComparer.Ordinal)
                .ToImmutableArray();

        /// <summary>A diagnostic as one comparable line: <c>NHS1001 /src/Test0.cs(120..129): message</c>.</summary>
        public static string Describe(Diagnostic diagnostic)
            => $"{diagnostic.Id} {diagnostic.Location.SourceTree?.FilePath}({diagnostic.Location.SourceSpan.Start}..{diagnostic.Location.SourceSpan.End}): {diagnostic.GetMessage()}";
    }
}
