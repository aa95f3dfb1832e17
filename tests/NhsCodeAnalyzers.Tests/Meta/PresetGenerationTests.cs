using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using NhsCodeAnalyzers.Descriptors;
using NhsCodeAnalyzers.PresetGenerator;

namespace NhsCodeAnalyzers.Tests.Meta
{
    /// <summary>
    /// What each <c>NhsAnalysisMode</c> preset means, checked against the descriptors. The package renders the
    /// presets when it packs (the integration tests check the packed files and their effect on real builds).
    /// </summary>
    public sealed class PresetGenerationTests
    {
        public static TheoryData<string> Modes() => new(AnalysisModePresets.Modes);

        [Theory]
        [MemberData(nameof(Modes))]
        public void Each_preset_is_a_global_config_below_every_team_config_and_names_every_rule(string mode)
        {
            var text = AnalysisModePresets.Render(mode, RuleDescriptors.All);
            var entries = Entries(text);
            Assert.Equal("true", entries["is_global"]);
            // The .NET SDK's own AnalysisLevel files use -100; a team's .globalconfig is 100 and other global configs 0.
            Assert.True(int.Parse(entries["global_level"], System.Globalization.CultureInfo.InvariantCulture) <= -100);
            foreach (var descriptor in RuleDescriptors.All)
            {
                Assert.Contains(descriptor.Id, text, StringComparison.Ordinal);
            }
        }

        [Theory]
        [MemberData(nameof(Modes))]
        public void Presets_set_rules_by_category_so_a_teams_rule_or_category_entry_wins(string mode)
        {
            // An ID entry in any global config beats a team's category entry in .editorconfig; only rules that report
            // without a source location (where category entries do not apply) may be set by ID.
            var byId = Entries(AnalysisModePresets.Render(mode, RuleDescriptors.All)).Keys
                .Where(k => k.StartsWith("dotnet_diagnostic.", StringComparison.Ordinal))
                .Select(k => k.Split('.')[1]);
            foreach (var id in byId)
            {
                var descriptor = RuleDescriptors.All.Single(d => d.Id == id);
                Assert.True(AnalysisModePresets.IsSetById(descriptor), $"{mode} sets {id} by ID");
                Assert.Contains(WellKnownDiagnosticTags.CompilationEnd, descriptor.CustomTags);
            }
        }

        [Fact]
        public void Default_changes_nothing()
        {
            var entries = Entries(AnalysisModePresets.Render(AnalysisModePresets.Default, RuleDescriptors.All));
            Assert.Equal(new[] { "global_level", "is_global" }, entries.Keys.OrderBy(k => k, StringComparer.Ordinal));
        }

        [Fact]
        public void Strict_makes_every_rule_an_error()
        {
            var entries = Entries(AnalysisModePresets.Render(AnalysisModePresets.Strict, RuleDescriptors.All));
            foreach (var descriptor in RuleDescriptors.All)
            {
                Assert.Equal("error", Effective(entries, descriptor));
            }
        }

        [Fact]
        public void None_turns_off_every_rule_that_looks_at_code_and_leaves_NHS0001_on()
        {
            var entries = Entries(AnalysisModePresets.Render(AnalysisModePresets.None, RuleDescriptors.All));
            foreach (var descriptor in RuleDescriptors.All)
            {
                Assert.Equal(descriptor.Id == RuleIds.InvalidConfiguration ? null : "none", Effective(entries, descriptor));
            }
        }

        /// <summary>The severity a preset gives a rule: its ID entry, else its category entry (the compiler's order).</summary>
        private static string? Effective(IReadOnlyDictionary<string, string> entries, DiagnosticDescriptor descriptor)
        {
            if (entries.TryGetValue($"dotnet_diagnostic.{descriptor.Id}.severity", out var byId))
            {
                return byId;
            }

            return !AnalysisModePresets.IsSetById(descriptor) && entries.TryGetValue($"dotnet_analyzer_diagnostic.category-{descriptor.Category}.severity", out var byCategory)
                ? byCategory
                : null;
        }

        private static Dictionary<string, string> Entries(string text)
        {
            var entries = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var line in text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')))
            {
                Assert.DoesNotContain("[", line, StringComparison.Ordinal); // a global config has no sections
                var equals = line.IndexOf('=', StringComparison.Ordinal);
                entries.Add(line.Substring(0, equals).Trim(), line.Substring(equals + 1).Trim());
            }

            return entries;
        }
    }
}
