using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Diagnostics;
using NhsCodeAnalyzers.Tests.Shared;
using NhsCodeAnalyzers.Tests.Verifiers;

namespace NhsCodeAnalyzers.Tests.Meta
{
    /// <summary>Conventions every analyzer keeps: sealed, concurrent, an explicit generated-code decision, never throwing.</summary>
    public sealed class AnalyzerConventionTests
    {
        public static TheoryData<string> BrokenSources() => new()
        {
            "",
            "class",
            "class C {",
            "using System.Runtime.Serialization.Formatters.Binary; class C { void M() { new BinaryFormatter(). } }",
            "using System.Runtime.Serialization.Formatters.Binary; class C { object M(System.IO.Stream s) => (Missing)new BinaryFormatter().Deserialize(s, ; }",
            "using System.Runtime.Serialization.Formatters.Binary; var f = new BinaryFormatter(); f.Serialize(",
            "class C { void M() { new UnknownType().Serialize(null, null); } }",
            "record R(int NhsNumber) { BinaryFormatter F = new(); }",
            "#if DEBUG\nclass C {\n#endif",
        };

        [Theory]
        [MemberData(nameof(BrokenSources))]
        public async Task No_analyzer_throws_on_empty_or_broken_source(string source)
        {
            var result = await AnalyzerRunner.RunAsync(new[] { source }, ReferenceSets.Net100WithPackages, AllAnalyzers.Analyzers);
            Assert.Empty(result.AnalyzerExceptions);
        }

        [Fact]
        public async Task No_analyzer_throws_without_any_references()
        {
            var result = await AnalyzerRunner.RunAsync(new[] { "class C { object M() => new System.Runtime.Serialization.Formatters.Binary.BinaryFormatter(); }" }, System.Collections.Immutable.ImmutableArray<Microsoft.CodeAnalysis.MetadataReference>.Empty, AllAnalyzers.Analyzers);
            Assert.Empty(result.AnalyzerExceptions);
        }

        [Fact]
        public void Every_analyzer_is_sealed_concurrent_and_decides_about_generated_code()
        {
            foreach (var analyzer in AllAnalyzers.Analyzers)
            {
                Assert.True(analyzer.GetType().IsSealed, analyzer.GetType().Name + " is not sealed");
                var context = new RecordingAnalysisContext();
                analyzer.Initialize(context);
                Assert.True(context.ConcurrentExecutionEnabled, analyzer.GetType().Name + " does not enable concurrent execution");
                Assert.True(context.GeneratedCodeConfigured, analyzer.GetType().Name + " does not configure generated-code analysis");
            }
        }

        /// <summary>Records what an analyzer asks for in <see cref="DiagnosticAnalyzer.Initialize"/>.</summary>
        private sealed class RecordingAnalysisContext : AnalysisContext
        {
            public bool ConcurrentExecutionEnabled { get; private set; }

            public bool GeneratedCodeConfigured { get; private set; }

            public List<string> Registrations { get; } = new();

            public override void EnableConcurrentExecution() => ConcurrentExecutionEnabled = true;

            public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode) => GeneratedCodeConfigured = true;

            public override void RegisterCompilationStartAction(System.Action<CompilationStartAnalysisContext> action) => Registrations.Add("CompilationStart");

            public override void RegisterCompilationAction(System.Action<CompilationAnalysisContext> action) => Registrations.Add("Compilation");

            public override void RegisterSemanticModelAction(System.Action<SemanticModelAnalysisContext> action) => Registrations.Add("SemanticModel");

            public override void RegisterSymbolAction(System.Action<SymbolAnalysisContext> action, System.Collections.Immutable.ImmutableArray<Microsoft.CodeAnalysis.SymbolKind> symbolKinds) => Registrations.Add("Symbol");

            public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(System.Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => Registrations.Add("CodeBlockStart");

            public override void RegisterCodeBlockAction(System.Action<CodeBlockAnalysisContext> action) => Registrations.Add("CodeBlock");

            public override void RegisterSyntaxTreeAction(System.Action<SyntaxTreeAnalysisContext> action) => Registrations.Add("SyntaxTree");

            public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(System.Action<SyntaxNodeAnalysisContext> action, System.Collections.Immutable.ImmutableArray<TLanguageKindEnum> syntaxKinds) => Registrations.Add("SyntaxNode");
        }
    }
}
