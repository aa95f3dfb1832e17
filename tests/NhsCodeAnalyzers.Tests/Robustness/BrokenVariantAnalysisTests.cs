using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using NhsCodeAnalyzers.Tests.Shared;
using Xunit.Abstractions;

namespace NhsCodeAnalyzers.Tests.Robustness
{
    /// <summary>
    /// Broken and half-typed code: every analyzer on every broken variant of the corpus, no analyzer exception.
    /// <see cref="RobustnessSettings.Variants"/> variants from a fixed seed; <c>NHS_ROBUSTNESS_VARIANTS</c> scales it up.
    /// </summary>
    public sealed class BrokenVariantAnalysisTests
    {
        private readonly ITestOutputHelper _output;

        public BrokenVariantAnalysisTests(ITestOutputHelper output)
        {
            _output = output;
        }

        [Fact]
        public async Task No_analyzer_throws_on_any_broken_variant()
        {
            var seed = RobustnessSettings.Seed;
            var report = await ParallelChecks.RunVariantsAsync(Enumerable.Range(0, RobustnessSettings.Variants), seed, async (variant, counters) =>
            {
                var outcome = await CaseAnalysis.RunAsync(variant.Broken, AllAnalyzers.Analyzers);
                counters.Add("diagnostics", outcome.Diagnostics.Length);
                return outcome.Exceptions;
            });

            _output.WriteLine("Analyzers on broken variants: " + report.Summary);
            Assert.True(report.Failed == 0, report.FailureMessage);
        }
    }
}
