using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using NhsCodeAnalyzers.Tests.Shared;

namespace NhsCodeAnalyzers.Tests.Robustness
{
    /// <summary>
    /// Concurrency and determinism: the full analyzer set, run <see cref="Runs"/> times at once on one compilation
    /// (each run its own <see cref="Microsoft.CodeAnalysis.Diagnostics.CompilationWithAnalyzers"/>, each driver
    /// itself concurrent), gives the same diagnostics every time: same rules, places, messages and properties.
    /// The driver hands diagnostics back in no particular order, so each list is put in the total order a build
    /// log uses (file, position, rule, message) before comparing.
    /// </summary>
    public sealed class ConcurrencyTests
    {
        private const int Runs = 16;

        [Fact]
        public Task The_sample_application_gives_identical_diagnostics_in_every_parallel_run()
            => AssertDeterministicAsync(CaseAnalysis.Compile(RobustnessCorpus.SampleApplication), minimumRules: 12);

        /// <summary>Every rule page example in one crowded compilation: many types of the same name, partial and duplicate declarations.</summary>
        [Fact]
        public Task A_crowded_compilation_of_every_rule_page_example_gives_identical_diagnostics_in_every_parallel_run()
        {
            var examples = RobustnessCorpus.Cases
                .Where(c => c.Name.StartsWith("rules/", StringComparison.Ordinal) && c.OutputKind == OutputKind.DynamicallyLinkedLibrary)
                .Select((c, index) => new SourceFile($"/src/Example{index}.cs", c.Files.Single().Text))
                .ToList();
            var crowded = CorpusCase.Create("every rule page example", examples);
            return AssertDeterministicAsync(CaseAnalysis.Compile(crowded), minimumRules: 12);
        }

        private static async Task AssertDeterministicAsync(Compilation compilation, int minimumRules)
        {
            var options = new Dictionary<string, string>();
            var runs = await Task.WhenAll(Enumerable.Range(0, Runs).Select(_ => Task.Run(() => CaseAnalysis.RunAsync(compilation, AllAnalyzers.Analyzers, options))));

            Assert.All(runs, run => Assert.Empty(run.Exceptions));
            var first = Lines(runs[0].Diagnostics);
            Assert.True(runs[0].Diagnostics.Select(d => d.Id).Distinct().Count() >= minimumRules, "too few rules report for this to show much: " + string.Join(", ", runs[0].Diagnostics.Select(d => d.Id).Distinct()));
            for (var i = 1; i < runs.Length; i++)
            {
                var other = Lines(runs[i].Diagnostics);
                var onlyFirst = first.Except(other).ToList();
                var onlyOther = other.Except(first).ToList();
                Assert.True(
                    first.SequenceEqual(other),
                    $"run {i} differs from run 0 ({first.Length} and {other.Length} diagnostics).\nOnly in run 0:\n{string.Join("\n", onlyFirst)}\nOnly in run {i}:\n{string.Join("\n", onlyOther)}");
            }
        }

        private static ImmutableArray<string> Lines(ImmutableArray<Diagnostic> diagnostics)
            => diagnostics.Select(d => CaseAnalysis.Describe(d) + " " + string.Join(",", d.Properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value))
                + " " + string.Join(",", d.AdditionalLocations.Select(l => l.SourceSpan.ToString()))).ToImmutableArray();
    }
}
