using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using NhsCodeAnalyzers.Tests.Shared;

namespace NhsCodeAnalyzers.Tests.Integration
{
    /// <summary>
    /// The README's sample command: building the sample shows each NHS diagnostic exactly at the lines marked
    /// <c>// Deliberate violation: NHSxxxx</c>, and nowhere else (the compliant twins stay quiet).
    /// </summary>
    [Collection(IntegrationCollection.Name)]
    [Trait("Category", "Integration")]
    public sealed class SampleApplicationTests
    {
        private static readonly string SampleDirectory = Path.Combine(RepositoryPaths.Root, "samples", "ClinicService");

        [Fact]
        public void The_sample_build_shows_every_deliberate_violation_and_nothing_else()
        {
            var result = DotNetCli.Run(RepositoryPaths.Root, "build", Path.Combine(SampleDirectory, "ClinicService.csproj"), "--no-incremental", "-nologo", "-p:UseSharedCompilation=false");
            Assert.True(result.ExitCode == 0, result.ToString());

            var reported = Regex.Matches(result.Output, @"(?<file>[^\s(]+\.cs)\((?<line>\d+),\d+\): warning (?<id>NHS\d{4}):")
                .Select(m => $"{Path.GetRelativePath(SampleDirectory, m.Groups["file"].Value)}:{m.Groups["line"].Value}:{m.Groups["id"].Value}")
                .ToHashSet();

            Assert.NotEmpty(MarkedViolations());
            Assert.Equal(MarkedViolations().OrderBy(s => s, StringComparer.Ordinal), reported.OrderBy(s => s, StringComparer.Ordinal));
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
    }
}
