using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CodeFixes;
using NhsCodeAnalyzers.Tests.Shared;
using Xunit.Abstractions;

namespace NhsCodeAnalyzers.Tests.Robustness
{
    /// <summary>
    /// Broken and half-typed code: every code fix offered on a broken variant is computed (its actions registered,
    /// their edits produced, and Fix All in the document), with no exception. Fixes cost several compilations each,
    /// so this runs on one variant in <see cref="RobustnessSettings.FixSampleInterval"/> and on at most
    /// <see cref="DiagnosticsPerVariant"/> diagnostics of each (the first of each rule ID).
    /// </summary>
    public sealed class BrokenVariantCodeFixTests
    {
        private const int DiagnosticsPerVariant = 4;

        private readonly ITestOutputHelper _output;

        public BrokenVariantCodeFixTests(ITestOutputHelper output)
        {
            _output = output;
        }

        [Fact]
        public async Task No_code_fix_throws_on_a_broken_variant()
        {
            var seed = RobustnessSettings.Seed;
            var indices = Enumerable.Range(0, RobustnessSettings.Variants).Where(i => i % RobustnessSettings.FixSampleInterval == 2);
            var report = await ParallelChecks.RunVariantsAsync(indices, seed, async (variant, counters) =>
            {
                var problems = new List<string>();
                using var workspace = FixWorkspace.Open(variant.Broken);
                var diagnostics = await FixWorkspace.DiagnosticsAsync(workspace.Project, AllAnalyzers.Analyzers);
                var fixable = diagnostics
                    .Where(d => d.Location.IsInSource && AllAnalyzers.CodeFixes.Any(f => f.FixableDiagnosticIds.Contains(d.Id)))
                    .GroupBy(d => d.Id)
                    .Select(g => g.First())
                    .Take(DiagnosticsPerVariant);
                foreach (var diagnostic in fixable)
                {
                    var document = workspace.Solution.GetDocument(diagnostic.Location.SourceTree)!;
                    foreach (var provider in AllAnalyzers.CodeFixes.Where(f => f.FixableDiagnosticIds.Contains(diagnostic.Id)))
                    {
                        var step = $"{provider.GetType().Name} on {CaseAnalysis.Describe(diagnostic)}";
                        try
                        {
                            var actions = await FixWorkspace.OfferedActionsAsync(document, diagnostic, provider);
                            foreach (var action in actions)
                            {
                                await FixWorkspace.ApplyAsync(action, workspace.Solution);
                                counters.Add("fixes computed");
                            }

                            if (actions.Length > 0 && await FixWorkspace.FixAllAsync(provider, document, FixAllScope.Document, actions[0].EquivalenceKey, diagnostic.Id, AllAnalyzers.Analyzers) is { } fixAll)
                            {
                                await FixWorkspace.ApplyAsync(fixAll, workspace.Solution);
                                counters.Add("Fix All computed");
                            }
                        }
                        catch (Exception exception)
                        {
                            problems.Add(step + " threw " + exception);
                        }
                    }
                }

                return problems;
            });

            _output.WriteLine("Code fixes on broken variants: " + report.Summary);
            Assert.True(report.Failed == 0, report.FailureMessage);
        }
    }
}
