using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using NhsCodeAnalyzers.Descriptors;
using NhsCodeAnalyzers.Tests.Meta;
using NhsCodeAnalyzers.Tests.Shared;

namespace NhsCodeAnalyzers.Tests.Robustness
{
    /// <summary>
    /// Generated code: each rule's non-compliant example, placed in each form Roslyn treats as generated — a
    /// <c>// &lt;auto-generated/&gt;</c> header, a <c>*.g.cs</c> or <c>*.designer.cs</c> file name, <c>[GeneratedCode]</c> on
    /// its types — is reported exactly as in hand-written code when the rule analyses generated code, and not at
    /// all when it does not. The analyzer's <c>ConfigureGeneratedCodeAnalysis</c> call is the truth, and the rule
    /// page's "Generated code" row must say the same.
    /// </summary>
    public sealed class GeneratedCodeTests
    {
        public const string Header = "auto-generated header";
        public const string GCs = "*.g.cs name";
        public const string Designer = "*.designer.cs name";
        public const string Attribute = "[GeneratedCode] on the type";

        public static TheoryData<string, string> RulesAndForms()
        {
            var data = new TheoryData<string, string>();
            foreach (var descriptor in RuleDescriptors.All.Where(d => d.Id != RuleIds.InvalidConfiguration))
            {
                foreach (var form in new[] { Header, GCs, Designer, Attribute })
                {
                    data.Add(descriptor.Id, form);
                }
            }

            return data;
        }

        [Theory]
        [MemberData(nameof(RulesAndForms))]
        public async Task Is_reported_in_generated_code_exactly_when_the_rule_analyses_it(string id, string form)
        {
            var analyzer = AllAnalyzers.Analyzers.Single(a => a.SupportedDiagnostics.Any(d => d.Id == id));
            var analysesGenerated = GeneratedCodeChoice.Of(analyzer).HasFlag(GeneratedCodeAnalysisFlags.ReportDiagnostics);
            var examples = RobustnessCorpus.Cases.Where(c => c.Name.StartsWith($"rules/{id}.md 'Non-compliant'", StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(examples);

            var tested = false;
            foreach (var example in examples)
            {
                var file = example.Files.Single();
                var baseline = (await CaseAnalysis.RunAsync(example, ImmutableArray.Create(analyzer))).Diagnostics.Where(d => d.Id == id).ToList();
                Assert.True(baseline.Count > 0, $"{example.Name} does not report {id} in hand-written code");
                var (generated, inGeneratedCode) = Place(file, form, baseline);
                if (inGeneratedCode == 0)
                {
                    continue; // e.g. top-level statements: no type to put [GeneratedCode] on
                }

                var outcome = await CaseAnalysis.RunAsync(example.WithFiles(ImmutableArray.Create(generated)), ImmutableArray.Create(analyzer));
                Assert.Empty(outcome.Exceptions);
                var expected = analysesGenerated ? baseline.Count : baseline.Count - inGeneratedCode;
                var reported = outcome.Diagnostics.Count(d => d.Id == id);
                Assert.True(
                    reported == expected,
                    $"{example.Name} as {form}: {id} {(analysesGenerated ? "analyses" : "skips")} generated code, so {expected} expected, {reported} reported: {string.Join("; ", outcome.Diagnostics.Select(CaseAnalysis.Describe))}");
                tested = true;
            }

            Assert.True(tested, $"no non-compliant example on rules/{id}.md has a violation inside a type to mark [GeneratedCode]");
        }

        [Fact]
        public void Each_rule_page_states_the_analyzers_choice()
        {
            foreach (var analyzer in AllAnalyzers.Analyzers)
            {
                var analyses = GeneratedCodeChoice.Of(analyzer).HasFlag(GeneratedCodeAnalysisFlags.ReportDiagnostics);
                foreach (var descriptor in analyzer.SupportedDiagnostics.Where(d => d.Id != RuleIds.InvalidConfiguration))
                {
                    var stated = RulePage.Load(descriptor.Id).Facts["Generated code"];
                    Assert.True(stated.StartsWith(analyses ? "Analysed" : "Not analysed", StringComparison.Ordinal), $"rules/{descriptor.Id}.md says '{stated}' but {analyzer.GetType().Name} {(analyses ? "analyses" : "skips")} generated code");
                }
            }
        }

        /// <summary>The example in the generated form, and how many of its diagnostics the form puts in generated code.</summary>
        private static (SourceFile File, int InGeneratedCode) Place(SourceFile file, string form, System.Collections.Generic.IReadOnlyList<Diagnostic> baseline)
        {
            switch (form)
            {
                case Header:
                    return (file with { Text = "// <auto-generated/>\n" + file.Text }, baseline.Count);
                case GCs:
                    return (file with { Path = "/src/Example.g.cs" }, baseline.Count);
                case Designer:
                    return (file with { Path = "/src/Example.designer.cs" }, baseline.Count);
                default:
                    var root = CSharpSyntaxTree.ParseText(file.Text, new CSharpParseOptions(LanguageVersion.Latest)).GetCompilationUnitRoot();
                    var types = root.DescendantNodes().OfType<MemberDeclarationSyntax>()
                        .Where(m => m is BaseTypeDeclarationSyntax or DelegateDeclarationSyntax && m.Parent is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax)
                        .ToList();
                    var text = file.Text;
                    foreach (var type in types.OrderByDescending(t => t.SpanStart))
                    {
                        text = text.Insert(type.SpanStart, "[System.CodeDom.Compiler.GeneratedCode(\"tool\", \"1.0\")] ");
                    }

                    var inside = baseline.Count(d => types.Any(t => t.FullSpan.Contains(d.Location.SourceSpan)));
                    return (file with { Text = text }, inside);
            }
        }

        /// <summary>What an analyzer passes to <see cref="AnalysisContext.ConfigureGeneratedCodeAnalysis"/>.</summary>
        private sealed class GeneratedCodeChoice : AnalysisContext
        {
            private GeneratedCodeAnalysisFlags _flags = GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics;

            public static GeneratedCodeAnalysisFlags Of(DiagnosticAnalyzer analyzer)
            {
                var context = new GeneratedCodeChoice();
                analyzer.Initialize(context);
                return context._flags;
            }

            public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode) => _flags = analysisMode;

            public override void EnableConcurrentExecution()
            {
            }

            public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action)
            {
            }

            public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action)
            {
            }

            public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action)
            {
            }

            public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds)
            {
            }

            public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action)
            {
            }

            public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action)
            {
            }

            public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action)
            {
            }

            public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds)
            {
            }
        }
    }
}
