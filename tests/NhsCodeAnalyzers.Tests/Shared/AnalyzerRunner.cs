using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace NhsCodeAnalyzers.Tests.Shared
{
    /// <summary>
    /// Compiles source outside the verifier (for documentation examples and robustness checks) and runs the
    /// analyzers on it, collecting any analyzer exception instead of letting it pass unseen.
    /// </summary>
    public static class AnalyzerRunner
    {
        public sealed record Result(ImmutableArray<Diagnostic> CompilerErrors, ImmutableArray<Diagnostic> AnalyzerDiagnostics, ImmutableArray<string> AnalyzerExceptions);

        public static async Task<Result> RunAsync(
            IEnumerable<string> sources,
            ImmutableArray<MetadataReference> references,
            ImmutableArray<DiagnosticAnalyzer> analyzers,
            IReadOnlyDictionary<string, string>? options = null,
            OutputKind outputKind = OutputKind.DynamicallyLinkedLibrary)
        {
            var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
            var trees = sources.Select((source, index) => CSharpSyntaxTree.ParseText(source, parseOptions, path: $"/src/File{index}.cs")).ToArray();
            var compilation = CSharpCompilation.Create(
                "Example",
                trees,
                references,
                new CSharpCompilationOptions(outputKind, nullableContextOptions: NullableContextOptions.Enable));

            var exceptions = new List<string>();
            var analyzerOptions = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new DictionaryConfigOptionsProvider(options ?? new Dictionary<string, string>()));
            var withAnalyzers = compilation.WithAnalyzers(
                analyzers,
                new CompilationWithAnalyzersOptions(
                    analyzerOptions,
                    onAnalyzerException: (exception, analyzer, diagnostic) => { lock (exceptions) { exceptions.Add($"{analyzer.GetType().Name}: {exception}"); } },
                    concurrentAnalysis: true,
                    logAnalyzerExecutionTime: false));
            var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None);
            var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToImmutableArray();
            exceptions.AddRange(diagnostics.Where(d => d.Id == "AD0001").Select(d => d.GetMessage()));
            return new Result(errors, diagnostics.Where(d => d.Id != "AD0001").ToImmutableArray(), exceptions.ToImmutableArray());
        }

        /// <summary>Options from a dictionary, the same for every file and for the global section.</summary>
        internal sealed class DictionaryConfigOptionsProvider : AnalyzerConfigOptionsProvider
        {
            private readonly DictionaryConfigOptions _options;

            public DictionaryConfigOptionsProvider(IReadOnlyDictionary<string, string> options)
            {
                _options = new DictionaryConfigOptions(options);
            }

            public override AnalyzerConfigOptions GlobalOptions => _options;

            public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _options;

            public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _options;
        }

        private sealed class DictionaryConfigOptions : AnalyzerConfigOptions
        {
            private readonly ImmutableDictionary<string, string> _values;

            public DictionaryConfigOptions(IReadOnlyDictionary<string, string> values)
            {
                _values = values.ToImmutableDictionary(pair => pair.Key, pair => pair.Value, KeyComparer);
            }

            public override IEnumerable<string> Keys => _values.Keys;

            public override bool TryGetValue(string key, out string value)
            {
                if (_values.TryGetValue(key, out var found))
                {
                    value = found;
                    return true;
                }

                value = string.Empty;
                return false;
            }
        }
    }
}
