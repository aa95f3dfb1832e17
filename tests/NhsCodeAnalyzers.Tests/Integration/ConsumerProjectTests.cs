using System;
using System.IO;

namespace NhsCodeAnalyzers.Tests.Integration
{
    /// <summary>The user's path, for real: install the packed package into a fresh project and build it.</summary>
    [Collection(IntegrationCollection.Name)]
    [Trait("Category", "Integration")]
    public sealed class ConsumerProjectTests
    {
        private readonly PackedPackagesFixture _packages;

        public ConsumerProjectTests(PackedPackagesFixture packages)
        {
            _packages = packages;
        }

        [Fact]
        public void Build_shows_NHS3001_at_the_expected_file_and_line()
        {
            var consumer = ConsumerProject.Create(_packages, "plain");
            var result = consumer.Build();
            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Contains(ConsumerProject.CreationLocation, result.Output, StringComparison.Ordinal);
            Assert.Contains(ConsumerProject.CallLocation, result.Output, StringComparison.Ordinal);
            Assert.Contains("rules/NHS3001.md", result.Output, StringComparison.Ordinal);
        }

        [Fact]
        public void Editorconfig_severity_error_fails_the_build_and_none_silences_the_rule()
        {
            var consumer = ConsumerProject.Create(_packages, "severity");

            consumer.WriteEditorConfig("dotnet_diagnostic.NHS3001.severity = error");
            var asError = consumer.Build();
            Assert.True(asError.ExitCode != 0, asError.ToString());
            Assert.Contains("Archive.cs(10,25): error NHS3001", asError.Output, StringComparison.Ordinal);

            consumer.WriteEditorConfig("dotnet_diagnostic.NHS3001.severity = none");
            var silenced = consumer.Build();
            Assert.True(silenced.ExitCode == 0, silenced.ToString());
            Assert.DoesNotContain("NHS3001", silenced.Output, StringComparison.Ordinal);
        }

        [Fact]
        public void Editorconfig_category_severity_error_fails_the_build()
        {
            var consumer = ConsumerProject.Create(_packages, "category");
            consumer.WriteEditorConfig("dotnet_analyzer_diagnostic.category-NhsOpenStandards.severity = error");
            var result = consumer.Build();
            Assert.True(result.ExitCode != 0, result.ToString());
            Assert.Contains("Archive.cs(10,25): error NHS3001", result.Output, StringComparison.Ordinal);
        }

        [Fact]
        public void Dotnet_format_applies_the_code_fix_and_the_project_still_builds()
        {
            var consumer = ConsumerProject.Create(_packages, "format");
            var restore = DotNetCli.Run(consumer.Directory, "restore", "Consumer.csproj");
            Assert.True(restore.ExitCode == 0, restore.ToString());

            var format = DotNetCli.Run(consumer.Directory, "format", "analyzers", "Consumer.csproj", "--diagnostics", "NHS3001", "--severity", "warn", "--no-restore");
            Assert.True(format.ExitCode == 0, format.ToString());

            var fixedSource = File.ReadAllText(consumer.ArchivePath);
            Assert.Contains("JsonSerializer.Serialize(stream, notes);", fixedSource, StringComparison.Ordinal);
            Assert.Contains("using System.Text.Json;", fixedSource, StringComparison.Ordinal);
            Assert.DoesNotContain("new BinaryFormatter()", fixedSource, StringComparison.Ordinal);

            var build = consumer.Build();
            Assert.True(build.ExitCode == 0, build.ToString());
            Assert.DoesNotContain("NHS3001", build.Output, StringComparison.Ordinal);
        }

        [Fact]
        public void The_analyzers_load_and_report_in_the_older_4_14_compiler_toolset()
        {
            var consumer = ConsumerProject.Create(
                _packages,
                "toolset",
                extraProperties: "<LangVersion>12</LangVersion>",
                extraItems: """<PackageReference Include="Microsoft.Net.Compilers.Toolset" Version="4.14.0" PrivateAssets="all" />""");
            var result = consumer.Build("-v:n");
            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Contains("microsoft.net.compilers.toolset/4.14.0", result.Output, StringComparison.OrdinalIgnoreCase);
            Assert.Contains(ConsumerProject.CreationLocation, result.Output, StringComparison.Ordinal);
            Assert.Contains(ConsumerProject.CallLocation, result.Output, StringComparison.Ordinal);
        }
    }
}
