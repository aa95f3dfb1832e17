using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using NhsCodeAnalyzers.Descriptors;
using NhsCodeAnalyzers.Tests.Meta;
using NhsCodeAnalyzers.Tests.Shared;

namespace NhsCodeAnalyzers.Tests.Robustness
{
    /// <summary>
    /// Every C# source the repository already holds, as compilable cases: the sources of the rule tests, the
    /// sample application (one multi-file case), and the <c>csharp</c> examples on the rule pages (with the
    /// <c>ini</c> configuration of the same section). Built once per test run, in a fixed order.
    /// </summary>
    public static class RobustnessCorpus
    {
        /// <summary>The SDK's implicit usings for a console project, which the sample enables.</summary>
        private const string SampleImplicitUsings = """
            global using global::System;
            global using global::System.Collections.Generic;
            global using global::System.IO;
            global using global::System.Linq;
            global using global::System.Net.Http;
            global using global::System.Threading;
            global using global::System.Threading.Tasks;
            """;

        private static readonly Lazy<ImmutableArray<CorpusCase>> LazyCases = new(Build);

        public static ImmutableArray<CorpusCase> Cases => LazyCases.Value;

        public static CorpusCase SampleApplication => Cases.Single(c => c.Name == SampleName);

        public const string SampleName = "samples/ClinicService";

        private static ImmutableArray<CorpusCase> Build()
        {
            var cases = new List<CorpusCase>();
            var testDirectory = Path.Combine(RepositoryPaths.Root, "tests", "NhsCodeAnalyzers.Tests", "Rules");
            foreach (var path in Directory.EnumerateFiles(testDirectory, "*.cs").OrderBy(p => p, StringComparer.Ordinal))
            {
                cases.AddRange(TestSourceHarvester.Harvest(path));
            }

            cases.Add(Sample());
            cases.AddRange(RulePageExamples());

            // The same text under the same options and references is one case: its first occurrence with the most markup.
            return cases
                .GroupBy(c => string.Join("\0", c.Files.Select(f => f.Text)) + "\0" + c.ReferenceSet + "\0" + string.Join(";", c.Options.OrderBy(p => p.Key, StringComparer.Ordinal)), StringComparer.Ordinal)
                .Select(group => group.MaxBy(c => c.Expected.Length)!)
                .ToImmutableArray();
        }

        private static CorpusCase Sample()
        {
            var root = Path.Combine(RepositoryPaths.Root, "samples", "ClinicService");
            var files = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
                .Select(path => Path.GetRelativePath(root, path).Replace('\\', '/'))
                .Where(relative => !relative.StartsWith("obj/", StringComparison.Ordinal) && !relative.StartsWith("bin/", StringComparison.Ordinal))
                .OrderBy(relative => relative, StringComparer.Ordinal)
                .Select(relative => new SourceFile("/sample/" + relative, File.ReadAllText(Path.Combine(root, relative))))
                .Append(new SourceFile("/sample/obj/ClinicService.GlobalUsings.g.cs", SampleImplicitUsings));
            return CorpusCase.Create(SampleName, files);
        }

        private static IEnumerable<CorpusCase> RulePageExamples()
        {
            foreach (var descriptor in RuleDescriptors.All)
            {
                var page = RulePage.Load(descriptor.Id);
                var counts = new Dictionary<string, int>(StringComparer.Ordinal);
                foreach (var block in page.CodeBlocks.Where(b => b.Language == "csharp"))
                {
                    counts[block.Section] = counts.TryGetValue(block.Section, out var count) ? count + 1 : 1;
                    if (!TestSourceHarvester.LooksLikeSource(block.Code))
                    {
                        continue; // a fragment such as a lone [SuppressMessage] line
                    }

                    var options = page.CodeBlocks
                        .Where(b => b.Section == block.Section && b.Language == "ini")
                        .SelectMany(b => EditorConfig.Parse(b.Code))
                        .GroupBy(p => p.Key)
                        .ToDictionary(g => g.Key, g => g.Last().Value);
                    var expected = block.Section == "Non-compliant"
                        ? ImmutableArray.Create(new ExpectedDiagnostic(descriptor.Id, "/src/Example.cs", null))
                        : ImmutableArray<ExpectedDiagnostic>.Empty;
                    yield return CorpusCase.Create($"rules/{descriptor.Id}.md '{block.Section}' #{counts[block.Section] - 1}", new[] { new SourceFile("/src/Example.cs", block.Code) }, options) with { Expected = expected };
                }
            }
        }
    }
}
