using System;
using System.Collections.Generic;
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

        /// <summary>
        /// The user's path, for real, with the oldest compiler we test (the 4.14.0 toolset package) and the SDK's own,
        /// each with C# 10, 12 and latest, nullable on and off: one consumer per compiler, restored once and built six times.
        /// Each build shows the diagnostics at the expected file and line with their help link, and writes a SARIF
        /// log that names the compiler that really ran.
        /// </summary>
        [Theory]
        [InlineData(ToolsetVersion)]
        [InlineData(SdkCompiler)]
        public void The_analyzers_load_and_report_with_each_compiler_language_version_and_nullable_context(string compiler)
        {
            var consumer = compiler == SdkCompiler
                ? ConsumerProject.Create(_packages, "compiler-sdk")
                : ConsumerProject.Create(
                    _packages,
                    "compiler-" + compiler,
                    // The SDK (9 and later) puts its own compiler back unless RoslynCompilerType is set; newer toolset
                    // packages set it themselves, 4.14.0 does not, so without this line the build silently runs the SDK's.
                    extraProperties: "<RoslynCompilerType>Custom</RoslynCompilerType>",
                    extraItems: $"""<PackageReference Include="Microsoft.Net.Compilers.Toolset" Version="{compiler}" PrivateAssets="all" />""");
            consumer.WriteSource("Referral.cs", ReferralSource);
            var restore = consumer.Restore();
            Assert.True(restore.ExitCode == 0, restore.ToString());

            var failures = new List<string>();
            foreach (var langVersion in new[] { "10", "12", "latest" })
            {
                foreach (var nullable in new[] { "enable", "disable" })
                {
                    var configuration = $"{compiler} compiler, LangVersion {langVersion}, Nullable {nullable}";
                    var sarif = Path.Combine(consumer.Directory, $"{langVersion}-{nullable}.sarif");
                    var result = consumer.Build("--no-restore", $"-p:LangVersion={langVersion}", $"-p:Nullable={nullable}", $"-p:ErrorLog={sarif}%2Cversion=2.1");
                    if (result.ExitCode != 0)
                    {
                        failures.Add($"{configuration}: {result}");
                        continue;
                    }

                    foreach (var expected in new[] { ConsumerProject.CreationLocation, ConsumerProject.CallLocation, NumericTypeLocation, ProvenanceLocation, "(https://github.com/nhs-code-analyzers/NhsCodeAnalyzers/blob/main/rules/NHS3001.md)" })
                    {
                        if (!result.Output.Contains(expected, StringComparison.Ordinal))
                        {
                            failures.Add($"{configuration}: no '{expected}' in\n{result.Output}");
                        }
                    }

                    var ran = SarifLog.Load(sarif).CompilerVersion;
                    if (compiler == SdkCompiler ? ran == ToolsetVersion : ran != ToolsetVersion)
                    {
                        failures.Add($"{configuration}: the build ran compiler {ran}");
                    }
                }
            }

            Assert.True(failures.Count == 0, string.Join("\n\n", failures));
        }

        private const string ToolsetVersion = "4.14.0";

        private const string SdkCompiler = "sdk";

        /// <summary>A record (C# 9), so every language version builds it; NHS1004 and NHS4001 from other categories than NHS3001.</summary>
        private const string ReferralSource = """
            namespace Consumer;

            public sealed record Referral(long NhsNumber, string Reason);
            """;

        private const string NumericTypeLocation = "Referral.cs(3,36): warning NHS1004";

        private const string ProvenanceLocation = "Referral.cs(3,22): warning NHS4001";
    }
}
