using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using NhsCodeAnalyzers.Descriptors;
using NhsCodeAnalyzers.Tests.Shared;

namespace NhsCodeAnalyzers.Tests.Integration
{
    /// <summary>
    /// The README's sample command: building the sample shows each NHS diagnostic exactly at the lines marked
    /// <c>// Deliberate violation: NHSxxxx</c>, and nowhere else (the compliant twins stay quiet); the SARIF log the
    /// same build writes is what a code-scanning service needs.
    /// </summary>
    [Collection(IntegrationCollection.Name)]
    [Trait("Category", "Integration")]
    public sealed class SampleApplicationTests : IClassFixture<SampleApplicationTests.SampleBuild>
    {
        private static readonly string SampleDirectory = Path.Combine(RepositoryPaths.Root, "samples", "ClinicService");

        private readonly SampleBuild _build;

        public SampleApplicationTests(SampleBuild build)
        {
            _build = build;
        }

        [Fact]
        public void The_sample_build_shows_every_deliberate_violation_and_nothing_else()
        {
            Assert.True(_build.Result.ExitCode == 0, _build.Result.ToString());

            var reported = Regex.Matches(_build.Result.Output, @"(?<file>[^\s(]+\.cs)\((?<line>\d+),\d+\): warning (?<id>NHS\d{4}):")
                .Select(m => $"{Path.GetRelativePath(SampleDirectory, m.Groups["file"].Value)}:{m.Groups["line"].Value}:{m.Groups["id"].Value}")
                .ToHashSet();

            Assert.NotEmpty(MarkedViolations());
            Assert.Equal(MarkedViolations().OrderBy(s => s, StringComparer.Ordinal), reported.OrderBy(s => s, StringComparer.Ordinal));
        }

        [Fact]
        public void The_SARIF_log_locates_every_NHS_result_at_its_marked_line()
        {
            var results = NhsResults();
            Assert.All(results, result =>
            {
                Assert.True(result.Region is { StartLine: > 0, StartColumn: > 0, EndLine: > 0, EndColumn: > 0 }, $"{result.RuleId} '{result.Message}' has no region");
                Assert.True(File.Exists(result.FilePath), $"{result.RuleId} points at {result.Uri}");
            });

            var located = results.Where(r => !r.IsSuppressed).Select(r => $"{Path.GetRelativePath(SampleDirectory, r.FilePath)}:{r.Region!.StartLine}:{r.RuleId}").ToHashSet();
            Assert.Equal(MarkedViolations().OrderBy(s => s, StringComparer.Ordinal), located.OrderBy(s => s, StringComparer.Ordinal));
        }

        /// <summary>
        /// A finding suppressed in source stays in the log, marked suppressed, with the Justification it was given:
        /// an auditor sees what was turned off and why. The sample suppresses NHS1002 once with a reason and once
        /// without (which NHS4004 reports).
        /// </summary>
        [Fact]
        public void The_SARIF_log_keeps_suppressed_NHS_findings_with_their_justification()
        {
            var suppressed = NhsResults().Where(r => r.IsSuppressed).ToList();
            Assert.Contains(suppressed, r => r.RuleId == RuleIds.IdentifierInLog && r.Justification is { Length: > 20 } justification && !justification.StartsWith('<'));
            Assert.DoesNotContain(NhsResults(), r => r.RuleId == RuleIds.UnjustifiedSuppression && r.IsSuppressed);
        }

        [Fact]
        public void The_SARIF_log_gives_every_NHS_rule_its_absolute_help_link_title_category_and_principle_and_CWE_tags()
        {
            var log = SarifLog.Load(_build.SarifPath);
            var rules = log.Rules.Where(r => r.Id.StartsWith("NHS", StringComparison.Ordinal)).ToList();
            Assert.Superset(NhsResults().Select(r => r.RuleId).ToHashSet(), rules.Select(r => r.Id).ToHashSet());
            Assert.All(rules, rule =>
            {
                var descriptor = RuleDescriptors.All.Single(d => d.Id == rule.Id);
                Assert.True(Uri.TryCreate(rule.HelpUri, UriKind.Absolute, out var help) && help.Scheme == Uri.UriSchemeHttps, $"{rule.Id} help link '{rule.HelpUri}'");
                Assert.EndsWith($"/rules/{rule.Id}.md", help!.AbsolutePath, StringComparison.Ordinal);
                Assert.True(File.Exists(Path.Combine(RepositoryPaths.RulesDirectory, rule.Id + ".md")));
                Assert.Equal(descriptor.Title.ToString(), rule.Title);
                Assert.Equal(descriptor.Category, rule.Category);
                Assert.Contains(rule.Tags, t => Regex.IsMatch(t, @"^DHSC-Principle-\d+$"));
                Assert.Equal(
                    descriptor.CustomTags.Where(t => t.StartsWith("DHSC-Principle-", StringComparison.Ordinal) || t.StartsWith("CWE-", StringComparison.Ordinal)),
                    rule.Tags.Where(t => t.StartsWith("DHSC-Principle-", StringComparison.Ordinal) || t.StartsWith("CWE-", StringComparison.Ordinal)));
            });
        }

        /// <summary>
        /// The squiggle is the identifier, the literal or the argument: one line, short. A span over a method or type
        /// body would bury the point and fill a code-scanning view.
        /// </summary>
        [Fact]
        public void Every_NHS_result_spans_one_short_line()
        {
            Assert.All(NhsResults(), result =>
            {
                var region = result.Region!;
                Assert.True(region.StartLine == region.EndLine, $"{result.RuleId} at {result.FilePath}:{region.StartLine} spans lines {region.StartLine}-{region.EndLine}");
                Assert.InRange(region.EndColumn - region.StartColumn, 1, Meta.EditorExperienceTests.MaximumSpanLength);
            });
        }

        private List<SarifLog.Result> NhsResults()
        {
            Assert.True(_build.Result.ExitCode == 0, _build.Result.ToString());
            var log = SarifLog.Load(_build.SarifPath);
            Assert.StartsWith("2.1", log.Version, StringComparison.Ordinal);
            var results = log.Results.Where(r => r.RuleId.StartsWith("NHS", StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(results);
            return results;
        }

        private static HashSet<string> MarkedViolations()
        {
            var marked = new HashSet<string>();
            foreach (var file in Directory.EnumerateFiles(SampleDirectory, "*.cs", SearchOption.AllDirectories).Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
            {
                var lines = File.ReadAllLines(file);
                for (var i = 0; i < lines.Length; i++)
                {
                    var marker = Regex.Match(lines[i], @"// Deliberate violations?: (?<ids>NHS\d{4}(, NHS\d{4})*)");
                    foreach (var id in marker.Success ? marker.Groups["ids"].Value.Split(", ") : Array.Empty<string>())
                    {
                        marked.Add($"{Path.GetRelativePath(SampleDirectory, file)}:{i + 1}:{id}");
                    }
                }
            }

            return marked;
        }

        /// <summary>Builds the sample once for the class; the project's ErrorLog property writes the SARIF log.</summary>
        public sealed class SampleBuild
        {
            public SampleBuild()
            {
                SarifPath = Path.Combine(SampleDirectory, "obj", "ClinicService.sarif");
                File.Delete(SarifPath);
                Result = DotNetCli.Run(RepositoryPaths.Root, "build", Path.Combine(SampleDirectory, "ClinicService.csproj"), "--no-incremental", "-nologo", "-p:UseSharedCompilation=false");
            }

            public DotNetCli.Result Result { get; }

            public string SarifPath { get; }
        }
    }
}
