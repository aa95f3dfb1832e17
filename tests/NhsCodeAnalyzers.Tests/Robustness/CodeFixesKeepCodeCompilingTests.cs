using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using NhsCodeAnalyzers.Tests.Shared;
using Xunit.Abstractions;

namespace NhsCodeAnalyzers.Tests.Robustness
{
    /// <summary>
    /// Code fixes keep code compiling. For every rule with a fix and every positive case of it in the corpus (a
    /// rule test's source whose markup expects that rule, a rule page's non-compliant example, and the sample
    /// application): each action offered on a diagnostic is applied, and Fix All for each offered equivalence key
    /// in document, project and solution scope. The result must have no compiler error it did not have before,
    /// and the fixed diagnostic must be gone (see <see cref="FixOutcomeCheck"/>). To keep the default run short,
    /// actions are offered on the first and the last diagnostic of each rule in a case (Fix All covers the rest);
    /// a long run (<see cref="RobustnessSettings.LongRun"/>) offers them on every diagnostic.
    /// </summary>
    public sealed class CodeFixesKeepCodeCompilingTests
    {
        private static readonly FixAllScope[] Scopes = { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution };

        private readonly ITestOutputHelper _output;

        public CodeFixesKeepCodeCompilingTests(ITestOutputHelper output)
        {
            _output = output;
        }

        public static ImmutableHashSet<string> FixableIds { get; } = AllAnalyzers.CodeFixes.SelectMany(f => f.FixableDiagnosticIds).ToImmutableHashSet();

        /// <summary>The rules with a fix that a case is a positive example of (every one it reports, for the sample).</summary>
        public static IReadOnlyCollection<string> PositiveRules(CorpusCase corpusCase)
            => corpusCase.Name == RobustnessCorpus.SampleName
                ? FixableIds
                : corpusCase.Expected.Select(e => e.Id).Where(FixableIds.Contains).Distinct().OrderBy(id => id, StringComparer.Ordinal).ToList();

        [Fact]
        public async Task Every_offered_fix_and_Fix_All_compiles_and_removes_the_diagnostic()
        {
            var candidates = RobustnessCorpus.Cases.Where(c => PositiveRules(c).Count > 0).ToList();
            var report = await ParallelChecks.RunAsync(candidates, c => c.Name, CheckCaseAsync);
            _output.WriteLine("Code fixes on positive corpus cases: " + report.Summary);
            Assert.True(report.Failed == 0, report.FailureMessage);
            Assert.True(report.Counters.GetValueOrDefault("fixes applied") > 300, "too few fixes were applied for this check to mean much: " + report.Summary);
        }

        private static async Task<IReadOnlyList<string>> CheckCaseAsync(CorpusCase corpusCase, ParallelChecks.Counters counters)
        {
            var problems = new List<string>();
            var rules = PositiveRules(corpusCase);
            var analyzers = AllAnalyzers.Analyzers.Where(a => a.SupportedDiagnostics.Any(d => rules.Contains(d.Id))).ToImmutableArray();
            using var workspace = FixWorkspace.Open(corpusCase);
            var exceptions = new List<string>();
            var diagnostics = await counters.TimeAsync("analysing", () => FixWorkspace.DiagnosticsAsync(workspace.Project, analyzers, exceptions));
            problems.AddRange(exceptions);
            var check = await counters.TimeAsync("analysing", () => FixOutcomeCheck.CreateAsync(workspace.Project, analyzers, diagnostics));
            foreach (var rule in rules)
            {
                var reported = diagnostics.Where(d => d.Id == rule && d.Location.IsInSource).ToList();
                if (reported.Count == 0)
                {
                    counters.Add("positive cases whose rule is not reported here");
                    continue;
                }

                counters.Add("positive (case, rule) pairs");
                foreach (var provider in AllAnalyzers.CodeFixes.Where(f => f.FixableDiagnosticIds.Contains(rule)))
                {
                    problems.AddRange(await CheckProviderAsync(workspace.Solution, provider, rule, Sample(reported), analyzers, check, counters));
                }
            }

            return problems;
        }

        private static async Task<IReadOnlyList<string>> CheckProviderAsync(Solution solution, CodeFixProvider provider, string rule, IReadOnlyList<Diagnostic> diagnostics, ImmutableArray<Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer> analyzers, FixOutcomeCheck check, ParallelChecks.Counters counters)
        {
            var problems = new List<string>();
            var offeredBy = new Dictionary<string, List<Diagnostic>>(StringComparer.Ordinal);
            foreach (var diagnostic in diagnostics)
            {
                var document = solution.GetDocument(diagnostic.Location.SourceTree)!;
                foreach (var action in await counters.TimeAsync("offering", () => FixWorkspace.OfferedActionsAsync(document, diagnostic, provider)))
                {
                    counters.Add("fixes applied");
                    var after = await counters.TimeAsync("applying", () => FixWorkspace.ApplyAsync(action, solution));
                    problems.AddRange((await counters.TimeAsync("judging", () => check.JudgeAsync(after, new[] { diagnostic }))).Select(p => $"'{action.Title}' ({action.EquivalenceKey}) on {CaseAnalysis.Describe(diagnostic)}: {p}"));
                    if (action.EquivalenceKey is { } key)
                    {
                        (offeredBy.TryGetValue(key, out var list) ? list : offeredBy[key] = new List<Diagnostic>()).Add(diagnostic);
                    }
                }
            }

            foreach (var (key, offered) in offeredBy)
            {
                foreach (var scope in Scopes)
                {
                    var document = solution.GetDocument(offered[0].Location.SourceTree)!;
                    var fixAll = await counters.TimeAsync("Fix All", () => FixWorkspace.FixAllAsync(provider, document, scope, key, rule, analyzers));
                    if (fixAll is null)
                    {
                        problems.Add($"{provider.GetType().Name} offers no Fix All in {scope} scope for {key}");
                        continue;
                    }

                    counters.Add("Fix All applied");
                    var after = await counters.TimeAsync("Fix All", () => FixWorkspace.ApplyAsync(fixAll, solution));
                    var inScope = scope == FixAllScope.Document ? offered.Where(d => d.Location.SourceTree == offered[0].Location.SourceTree).ToList() : offered;
                    problems.AddRange((await counters.TimeAsync("judging", () => check.JudgeAsync(after, inScope, (provider, key)))).Select(p => $"Fix All ({key}) in {scope} scope: {p}"));
                }
            }

            return problems;
        }

        /// <summary>The first and the last diagnostic (every one in a long run): both ends of a file without the cost of all.</summary>
        private static IReadOnlyList<Diagnostic> Sample(List<Diagnostic> diagnostics)
            => RobustnessSettings.LongRun || diagnostics.Count <= 2 ? diagnostics : new[] { diagnostics[0], diagnostics[diagnostics.Count - 1] };
    }
}
