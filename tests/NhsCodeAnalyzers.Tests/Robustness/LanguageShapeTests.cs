using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace NhsCodeAnalyzers.Tests.Robustness
{
    /// <summary>
    /// Every C# shape (<see cref="LanguageShapes"/>), compiled at the preview language version with nullable
    /// analysis on and off (the two size shapes with it on only): no analyzer throws, the shape compiles (except a preview shape), and every marked
    /// violation is still reported where it is marked.
    /// </summary>
    public sealed class LanguageShapeTests
    {
        public static TheoryData<string, bool> Shapes()
        {
            var data = new TheoryData<string, bool>();
            foreach (var shape in LanguageShapes.All)
            {
                data.Add(shape.Name, true);
                if (!shape.Large)
                {
                    data.Add(shape.Name, false);
                }
            }

            return data;
        }

        [Theory]
        [MemberData(nameof(Shapes))]
        public async Task Every_analyzer_runs_cleanly_and_still_reports_what_is_marked(string name, bool nullableEnabled)
        {
            var shape = LanguageShapes.All.Single(s => s.Name == name);
            var markup = Markup.Parse(shape.Markup);
            var corpusCase = CorpusCase.Create(name, new[] { new SourceFile("/src/Shape.cs", markup.Text) }) with { LanguageVersion = LanguageVersion.Preview };

            var outcome = await CaseAnalysis.RunAsync(corpusCase, nullable: nullableEnabled ? NullableContextOptions.Enable : NullableContextOptions.Disable);

            Assert.Empty(outcome.Exceptions);
            if (shape.MustCompile)
            {
                Assert.Empty(outcome.CompilerErrors.Select(e => e.ToString()));
            }

            var reported = outcome.Diagnostics.Select(d => (d.Id, d.Location.SourceSpan)).ToHashSet();
            foreach (var expected in markup.Spans)
            {
                Assert.True(
                    reported.Contains((expected.Id!, expected.TextSpan)),
                    $"{expected.Id} expected at '{markup.Text.Substring(expected.TextSpan.Start, expected.TextSpan.Length)}' ({expected.TextSpan}); reported: {string.Join("; ", outcome.Diagnostics.Select(CaseAnalysis.Describe))}");
            }

            var wrongCounts = (shape.Counts ?? System.Collections.Immutable.ImmutableDictionary<string, int>.Empty)
                .Where(expected => outcome.Diagnostics.Count(d => d.Id == expected.Key) != expected.Value)
                .Select(expected => $"{expected.Key} expected {expected.Value} times; reported: {string.Join("; ", outcome.Diagnostics.Where(d => d.Id == expected.Key).Select(CaseAnalysis.Describe))}")
                .ToList();
            Assert.True(wrongCounts.Count == 0, string.Join("\n", wrongCounts));
        }
    }
}
