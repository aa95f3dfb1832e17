using System;
using System.Text.RegularExpressions;

namespace NhsCodeAnalyzers.Tests.Integration
{
    /// <summary>
    /// <c>NhsAnalysisMode</c> through the packed package: the preset sets where severities start, and a team's own
    /// .editorconfig still decides, in both directions, by rule or by category.
    /// </summary>
    [Collection(IntegrationCollection.Name)]
    [Trait("Category", "Integration")]
    public sealed class AnalysisModePresetTests
    {
        private const string BadKey = "nhs_code_analyzers.not_an_option = 1";

        private readonly PackedPackagesFixture _packages;

        public AnalysisModePresetTests(PackedPackagesFixture packages)
        {
            _packages = packages;
        }

        [Fact]
        public void Strict_makes_every_rule_an_error_and_None_turns_them_off_but_still_reports_bad_configuration()
        {
            var consumer = Restored("preset-strict-none");
            consumer.WriteEditorConfig(BadKey);

            var strict = consumer.Build("--no-restore", "-p:NhsAnalysisMode=Strict");
            Assert.True(strict.ExitCode != 0, strict.ToString());
            Assert.Contains(AsError(ConsumerProject.CreationLocation), strict.Output, StringComparison.Ordinal);
            Assert.Contains(AsError(ConsumerProject.ChecksumLocation), strict.Output, StringComparison.Ordinal);
            Assert.Contains("error NHS0001", strict.Output, StringComparison.Ordinal);

            var none = consumer.Build("--no-restore", "-p:NhsAnalysisMode=None");
            Assert.True(none.ExitCode == 0, none.ToString());
            Assert.DoesNotMatch(new Regex(@"NHS[1-4]\d{3}"), none.Output);
            Assert.Contains("warning NHS0001", none.Output, StringComparison.Ordinal);
        }

        [Fact]
        public void A_team_editorconfig_beats_the_preset_in_both_directions_by_rule_and_by_category()
        {
            var consumer = Restored("preset-team-wins");

            consumer.WriteEditorConfig("dotnet_diagnostic.NHS3001.severity = warning\ndotnet_analyzer_diagnostic.category-NhsSecurity.severity = warning");
            var loweredFromStrict = consumer.Build("--no-restore", "-p:NhsAnalysisMode=Strict");
            Assert.True(loweredFromStrict.ExitCode == 0, loweredFromStrict.ToString());
            Assert.Contains(ConsumerProject.CreationLocation, loweredFromStrict.Output, StringComparison.Ordinal);
            Assert.Contains(ConsumerProject.ChecksumLocation, loweredFromStrict.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("error NHS", loweredFromStrict.Output, StringComparison.Ordinal);

            consumer.WriteEditorConfig("dotnet_diagnostic.NHS3001.severity = error\ndotnet_analyzer_diagnostic.category-NhsSecurity.severity = error");
            var raisedFromNone = consumer.Build("--no-restore", "-p:NhsAnalysisMode=None");
            Assert.True(raisedFromNone.ExitCode != 0, raisedFromNone.ToString());
            Assert.Contains(AsError(ConsumerProject.CreationLocation), raisedFromNone.Output, StringComparison.Ordinal);
            Assert.Contains(AsError(ConsumerProject.ChecksumLocation), raisedFromNone.Output, StringComparison.Ordinal);
        }

        [Fact]
        public void An_unknown_mode_is_a_build_warning_naming_the_property_and_the_Default_preset_applies()
        {
            var consumer = Restored("preset-unknown");
            var result = consumer.Build("--no-restore", "-p:NhsAnalysisMode=Paranoid");
            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Matches(new Regex(@"warning NHSBUILD001: NhsAnalysisMode is 'Paranoid'.*Default, Strict or None"), result.Output);
            Assert.Contains(ConsumerProject.CreationLocation, result.Output, StringComparison.Ordinal);
            Assert.Contains(ConsumerProject.ChecksumLocation, result.Output, StringComparison.Ordinal);
        }

        private static string AsError(string location) => location.Replace(": warning ", ": error ", StringComparison.Ordinal);

        private ConsumerProject Restored(string name)
        {
            var consumer = ConsumerProject.Create(_packages, name);
            consumer.WriteSource("Checksum.cs", ConsumerProject.ChecksumSource);
            var restore = consumer.Restore();
            Assert.True(restore.ExitCode == 0, restore.ToString());
            return consumer;
        }
    }
}
