using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using NhsCodeAnalyzers.Descriptors;
using NhsCodeAnalyzers.Tests.Shared;
using NhsCodeAnalyzers.Tests.Verifiers;

namespace NhsCodeAnalyzers.Tests.Meta
{
    /// <summary>
    /// What a developer sees in the editor, checked on every rule page's non-compliant examples: short squiggles,
    /// code fixes whose titles say what they do and whose equivalence keys let Fix All group them, comments kept.
    /// (The sample application's spans are checked through its SARIF log by the integration tests.)
    /// </summary>
    public sealed class EditorExperienceTests
    {
        /// <summary>The longest squiggle we accept: an identifier, a literal, an argument, a short call.</summary>
        public const int MaximumSpanLength = 120;

        /// <summary>A fix's title starts with what it will do.</summary>
        private static readonly string[] TitleVerbs = { "Add", "Change", "Enable", "Mark", "Remove", "Replace", "Use" };

        public static TheoryData<string, int> NonCompliantExamples()
        {
            var data = new TheoryData<string, int>();
            foreach (var descriptor in RuleDescriptors.All)
            {
                var count = RulePage.Load(descriptor.Id).CodeBlocks.Count(b => b.Section == "Non-compliant" && b.Language == "csharp");
                for (var index = 0; index < count; index++)
                {
                    data.Add(descriptor.Id, index);
                }
            }

            return data;
        }

        [Theory]
        [MemberData(nameof(NonCompliantExamples))]
        public async Task Each_diagnostic_in_a_rule_pages_example_spans_one_short_line(string id, int index)
        {
            var (_, diagnostics) = await AnalyseAsync(id, index);
            Assert.Contains(diagnostics, d => d.Id == id);
            foreach (var diagnostic in diagnostics.Where(d => d.Location.IsInSource))
            {
                var lines = diagnostic.Location.GetLineSpan();
                var text = diagnostic.Location.SourceTree!.GetText().ToString(diagnostic.Location.SourceSpan);
                Assert.True(lines.StartLinePosition.Line == lines.EndLinePosition.Line, $"{diagnostic.Id} spans several lines: {text}");
                Assert.True(diagnostic.Location.SourceSpan.Length is > 0 and <= MaximumSpanLength, $"{diagnostic.Id} spans {diagnostic.Location.SourceSpan.Length} characters: {text}");
            }
        }

        [Theory]
        [MemberData(nameof(NonCompliantExamples))]
        public async Task Each_fix_offered_on_a_rule_pages_example_has_a_title_an_equivalence_key_and_keeps_the_comments(string id, int index)
        {
            var (document, diagnostics) = await AnalyseAsync(id, index);
            foreach (var (diagnostic, provider, action) in await OfferedFixesAsync(document, diagnostics))
            {
                var what = $"{provider.GetType().Name} on {diagnostic.Id} '{action.Title}'";
                Assert.False(string.IsNullOrWhiteSpace(action.Title), what + ": empty title");
                Assert.Contains(action.Title.Split(' ')[0], TitleVerbs);
                Assert.False(action.Title.EndsWith('.'), what + ": a title is not a sentence");
                Assert.False(string.IsNullOrEmpty(action.EquivalenceKey), what + ": no equivalence key, so Fix All cannot group it");
                Assert.StartsWith(diagnostic.Id + ".", action.EquivalenceKey, StringComparison.Ordinal);

                var changed = await AppliedAsync(document, action);
                var before = Comments(await document.GetSyntaxRootAsync());
                var after = Comments(await changed.GetSyntaxRootAsync());
                foreach (var comment in before.Distinct())
                {
                    Assert.True(after.Count(c => c == comment) >= before.Count(c => c == comment), $"{what} dropped the comment '{comment}'");
                }
            }
        }

        [Fact]
        public async Task Every_code_fix_is_offered_on_at_least_one_rule_pages_example()
        {
            var offered = new HashSet<string>();
            foreach (var row in NonCompliantExamples())
            {
                var (document, diagnostics) = await AnalyseAsync((string)row[0], (int)row[1]);
                foreach (var (_, provider, _) in await OfferedFixesAsync(document, diagnostics))
                {
                    offered.Add(provider.GetType().Name);
                }
            }

            Assert.Equal(AllAnalyzers.CodeFixes.Select(f => f.GetType().Name).OrderBy(n => n, StringComparer.Ordinal), offered.OrderBy(n => n, StringComparer.Ordinal));
        }

        /// <summary>
        /// A suppressor would hide findings with no trace in the code; teams suppress with [SuppressMessage] and a
        /// Justification, a commented #pragma (NHS4004 checks both) or .editorconfig.
        /// </summary>
        [Fact]
        public void No_assembly_ships_a_DiagnosticSuppressor()
        {
            var assemblies = new[] { AllAnalyzers.Analyzers[0].GetType().Assembly, AllAnalyzers.CodeFixes[0].GetType().Assembly };
            var suppressors = assemblies.SelectMany(a => a.GetTypes()).Where(t => typeof(DiagnosticSuppressor).IsAssignableFrom(t)).Select(t => t.FullName);
            Assert.Empty(suppressors);
        }

        /// <summary>
        /// An Info rule shows as an IDE suggestion (dots under the code) and not in build output; a Hidden one shows
        /// nowhere. Each page must say which, so no rule quietly defaults to being invisible in CI.
        /// </summary>
        [Fact]
        public void A_rule_that_defaults_to_a_suggestion_says_so_on_its_page_and_none_defaults_to_hidden()
        {
            foreach (var descriptor in RuleDescriptors.All)
            {
                Assert.NotEqual(DiagnosticSeverity.Hidden, descriptor.DefaultSeverity);
                if (descriptor.DefaultSeverity == DiagnosticSeverity.Info)
                {
                    Assert.Contains("suggestion", System.IO.File.ReadAllText(RulePage.PathFor(descriptor.Id)), StringComparison.Ordinal);
                }
            }
        }

        private static async Task<(Document Document, ImmutableArray<Diagnostic> Diagnostics)> AnalyseAsync(string id, int index)
        {
            var page = RulePage.Load(id);
            var blocks = page.CodeBlocks.Where(b => b.Section == "Non-compliant").ToList();
            var source = blocks.Where(b => b.Language == "csharp").ElementAt(index).Code;
            var settings = blocks.Where(b => b.Language == "ini").SelectMany(b => b.Code.Split('\n')).Where(l => !l.TrimStart().StartsWith("[", StringComparison.Ordinal));
            var editorConfig = "root = true\n\n[*]\n" + string.Join("\n", settings);

            var workspace = new AdhocWorkspace();
            var projectId = ProjectId.CreateNewId();
            var solution = workspace.CurrentSolution
                .AddProject(ProjectInfo.Create(
                    projectId,
                    VersionStamp.Default,
                    "Example",
                    "Example",
                    LanguageNames.CSharp,
                    filePath: "/src/Example.csproj",
                    compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
                    parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
                    metadataReferences: ReferenceSets.Net100WithPackages))
                .AddAnalyzerConfigDocument(DocumentId.CreateNewId(projectId), ".editorconfig", SourceText.From(editorConfig), filePath: "/.editorconfig");
            var documentId = DocumentId.CreateNewId(projectId);
            solution = solution.AddDocument(documentId, "Example.cs", SourceText.From(source), filePath: "/src/Example.cs");
            var document = solution.GetDocument(documentId)!;
            var compilation = (await document.Project.GetCompilationAsync())!;
            var diagnostics = await compilation.WithAnalyzers(AllAnalyzers.Analyzers, document.Project.AnalyzerOptions).GetAnalyzerDiagnosticsAsync(CancellationToken.None);
            Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
            return (document, diagnostics.Where(d => d.Id.StartsWith("NHS", StringComparison.Ordinal)).ToImmutableArray());
        }

        private static async Task<List<(Diagnostic Diagnostic, CodeFixProvider Provider, CodeAction Action)>> OfferedFixesAsync(Document document, ImmutableArray<Diagnostic> diagnostics)
        {
            var offered = new List<(Diagnostic, CodeFixProvider, CodeAction)>();
            foreach (var diagnostic in diagnostics.Where(d => d.Location.IsInSource))
            {
                foreach (var provider in AllAnalyzers.CodeFixes.Where(p => p.FixableDiagnosticIds.Contains(diagnostic.Id)))
                {
                    var actions = new List<CodeAction>();
                    await provider.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
                    offered.AddRange(actions.Select(action => (diagnostic, provider, action)));
                }
            }

            return offered;
        }

        private static async Task<Document> AppliedAsync(Document document, CodeAction action)
        {
            var operations = await action.GetOperationsAsync(CancellationToken.None);
            var apply = Assert.Single(operations.OfType<ApplyChangesOperation>());
            return apply.ChangedSolution.GetDocument(document.Id)!;
        }

        private static List<string> Comments(SyntaxNode? root) => root!.DescendantTrivia(descendIntoTrivia: true)
            .Where(t => t.IsKind(SyntaxKind.SingleLineCommentTrivia) || t.IsKind(SyntaxKind.MultiLineCommentTrivia))
            .Select(t => t.ToString().Trim())
            .ToList();
    }
}
