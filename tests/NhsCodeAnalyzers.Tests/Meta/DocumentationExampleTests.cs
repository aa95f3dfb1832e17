using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using NhsCodeAnalyzers.Descriptors;
using NhsCodeAnalyzers.Tests.Shared;
using NhsCodeAnalyzers.Tests.Verifiers;

namespace NhsCodeAnalyzers.Tests.Meta
{
    /// <summary>
    /// Docs that compile: the examples under "Non-compliant" must compile and produce the rule, those under
    /// "Compliant" must compile and not produce it. An <c>ini</c> block in the section is applied as
    /// configuration, so configuration rules are documented the same way.
    /// </summary>
    public sealed class DocumentationExampleTests
    {
        public static TheoryData<string, string, int> Examples()
        {
            var data = new TheoryData<string, string, int>();
            foreach (var descriptor in RuleDescriptors.All)
            {
                var page = RulePage.Load(descriptor.Id);
                foreach (var section in new[] { "Non-compliant", "Compliant" })
                {
                    var blocks = page.CodeBlocks.Where(b => b.Section == section).ToList();
                    Assert.True(blocks.Count > 0, $"rules/{descriptor.Id}.md has no example under '## {section}'");
                    var csharpCount = blocks.Count(b => b.Language == "csharp");
                    for (var index = 0; index < Math.Max(1, csharpCount); index++)
                    {
                        data.Add(descriptor.Id, section, index);
                    }
                }
            }

            return data;
        }

        [Theory]
        [MemberData(nameof(Examples))]
        public async Task Each_example_compiles_and_shows_what_its_section_says(string id, string section, int index)
        {
            var blocks = RulePage.Load(id).CodeBlocks.Where(b => b.Section == section).ToList();
            var csharp = blocks.Where(b => b.Language == "csharp").Select(b => b.Code).ToList();
            var source = csharp.Count == 0 ? "public class Example { }" : csharp[index];
            var options = blocks.Where(b => b.Language == "ini").SelectMany(b => ParseIni(b.Code)).ToDictionary(p => p.Key, p => p.Value);

            var result = await AnalyzerRunner.RunAsync(new[] { source }, ReferenceSets.Net100WithPackages, AllAnalyzers.Analyzers, options);

            Assert.Empty(result.CompilerErrors);
            Assert.Empty(result.AnalyzerExceptions);
            var reported = result.AnalyzerDiagnostics.Any(d => d.Id == id);
            Assert.True(section == "Non-compliant" ? reported : !reported, $"rules/{id}.md '{section}' example {index}: expected {id} {(section == "Non-compliant" ? "to be" : "not to be")} reported");
        }

        private static IEnumerable<KeyValuePair<string, string>> ParseIni(string text)
        {
            foreach (var line in text.Split('\n').Select(l => l.Trim()))
            {
                var equals = line.IndexOf('=', StringComparison.Ordinal);
                if (line.Length == 0 || line.StartsWith("#", StringComparison.Ordinal) || line.StartsWith("[", StringComparison.Ordinal) || equals < 0)
                {
                    continue;
                }

                yield return new KeyValuePair<string, string>(line.Substring(0, equals).Trim(), line.Substring(equals + 1).Trim());
            }
        }
    }
}
