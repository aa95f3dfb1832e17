using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace NhsCodeAnalyzers.Tests.Robustness
{
    /// <summary>
    /// A corpus case opened the way an IDE holds it: one project in an <see cref="AdhocWorkspace"/> with the case's
    /// references and an <c>.editorconfig</c> with its options, so code fixes read options, compile and simplify
    /// exactly as they do for a user. Offers and applies fixes and Fix All.
    /// </summary>
    public sealed class FixWorkspace : IDisposable
    {
        private readonly AdhocWorkspace _workspace;

        private FixWorkspace(AdhocWorkspace workspace, Project project)
        {
            _workspace = workspace;
            Project = project;
        }

        public Project Project { get; }

        public Solution Solution => Project.Solution;

        /// <param name="editorConfigText">The whole <c>.editorconfig</c>; by default one written from the case's options.</param>
        public static FixWorkspace Open(CorpusCase corpusCase, string? editorConfigText = null)
        {
            var workspace = new AdhocWorkspace();
            var projectId = ProjectId.CreateNewId();
            var solution = workspace.CurrentSolution
                .AddProject(ProjectInfo.Create(
                    projectId,
                    VersionStamp.Default,
                    "Robustness",
                    "Robustness",
                    LanguageNames.CSharp,
                    filePath: "/Robustness.csproj",
                    compilationOptions: new CSharpCompilationOptions(corpusCase.OutputKind, nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: true),
                    parseOptions: corpusCase.ParseOptions,
                    metadataReferences: CorpusReferences.Get(corpusCase.ReferenceSet)));
            foreach (var file in corpusCase.Files)
            {
                solution = solution.AddDocument(DocumentId.CreateNewId(projectId), System.IO.Path.GetFileName(file.Path), SourceText.From(file.Text), filePath: file.Path);
            }

            solution = solution.AddAnalyzerConfigDocument(
                DocumentId.CreateNewId(projectId), ".editorconfig", SourceText.From(editorConfigText ?? EditorConfig.ToText(corpusCase.Options)), filePath: "/.editorconfig");
            return new FixWorkspace(workspace, solution.GetProject(projectId)!);
        }

        public void Dispose() => _workspace.Dispose();

        /// <summary>Analyzer diagnostics of a project (severity and options from its <c>.editorconfig</c>), in a total order.</summary>
        public static async Task<ImmutableArray<Diagnostic>> DiagnosticsAsync(Project project, ImmutableArray<DiagnosticAnalyzer> analyzers, List<string>? exceptions = null)
        {
            var compilation = (await project.GetCompilationAsync(CancellationToken.None).ConfigureAwait(false))!;
            var withAnalyzers = compilation.WithAnalyzers(
                analyzers,
                new CompilationWithAnalyzersOptions(
                    project.AnalyzerOptions,
                    onAnalyzerException: (exception, analyzer, diagnostic) =>
                    {
                        if (exceptions is not null)
                        {
                            lock (exceptions)
                            {
                                exceptions.Add($"{analyzer.GetType().Name} threw {exception}");
                            }
                        }
                    },
                    concurrentAnalysis: true,
                    logAnalyzerExecutionTime: false));
            var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None).WaitAsync(CaseAnalysis.HangGuard).ConfigureAwait(false);
            return CaseAnalysis.Sorted(diagnostics.Where(d => d.Id != "AD0001"));
        }

        /// <summary>Compiler errors counted by ID: a fix may move an existing error but must not add one.</summary>
        public static async Task<ImmutableDictionary<string, int>> ErrorCountsAsync(Project project)
        {
            var compilation = (await project.GetCompilationAsync(CancellationToken.None).ConfigureAwait(false))!;
            return compilation.GetDiagnostics()
                .Where(d => d.Severity == DiagnosticSeverity.Error)
                .GroupBy(d => d.Id, StringComparer.Ordinal)
                .ToImmutableDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        }

        /// <summary>Every action a provider offers for one diagnostic (what the light bulb lists).</summary>
        public static async Task<ImmutableArray<CodeAction>> OfferedActionsAsync(Document document, Diagnostic diagnostic, CodeFixProvider provider)
        {
            var actions = ImmutableArray.CreateBuilder<CodeAction>();
            var context = new CodeFixContext(document, diagnostic, (action, _) => { lock (actions) { actions.Add(action); } }, CancellationToken.None);
            await provider.RegisterCodeFixesAsync(context).WaitAsync(CaseAnalysis.HangGuard).ConfigureAwait(false);
            return actions.ToImmutable();
        }

        /// <summary>The solution an action produces, as applying it in the IDE would.</summary>
        public static async Task<Solution> ApplyAsync(CodeAction action, Solution solution)
        {
            var operations = await action.GetOperationsAsync(CancellationToken.None).WaitAsync(CaseAnalysis.HangGuard).ConfigureAwait(false);
            var apply = operations.OfType<ApplyChangesOperation>().ToList();
            return apply.Count == 0 ? solution : apply[apply.Count - 1].ChangedSolution;
        }

        /// <summary>The Fix All action of a provider for one equivalence key in one scope, or null when it offers none.</summary>
        public static async Task<CodeAction?> FixAllAsync(CodeFixProvider provider, Document document, FixAllScope scope, string? equivalenceKey, string diagnosticId, ImmutableArray<DiagnosticAnalyzer> analyzers)
        {
            var fixAll = provider.GetFixAllProvider();
            if (fixAll is null || !fixAll.GetSupportedFixAllScopes().Contains(scope))
            {
                return null;
            }

            var diagnosticProvider = new AnalyzerDiagnosticProvider(analyzers);
            var ids = new[] { diagnosticId };
            var context = scope == FixAllScope.Document
                ? new FixAllContext(document, provider, scope, equivalenceKey, ids, diagnosticProvider, CancellationToken.None)
                : new FixAllContext(document.Project, provider, scope, equivalenceKey, ids, diagnosticProvider, CancellationToken.None);
            return await fixAll.GetFixAsync(context).WaitAsync(CaseAnalysis.HangGuard).ConfigureAwait(false);
        }

        /// <summary>Fix All's diagnostics: those of the analyzers, computed once per project snapshot (the three scopes share them).</summary>
        private sealed class AnalyzerDiagnosticProvider : FixAllContext.DiagnosticProvider
        {
            private static readonly ConditionalWeakTable<Project, Task<ImmutableArray<Diagnostic>>> Cache = new();

            private readonly ImmutableArray<DiagnosticAnalyzer> _analyzers;

            public AnalyzerDiagnosticProvider(ImmutableArray<DiagnosticAnalyzer> analyzers)
            {
                _analyzers = analyzers;
            }

            public override async Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken)
                => await ForAsync(project).ConfigureAwait(false);

            public override async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
            {
                var tree = await document.GetSyntaxTreeAsync(cancellationToken).ConfigureAwait(false);
                return (await ForAsync(document.Project).ConfigureAwait(false)).Where(d => d.Location.SourceTree == tree);
            }

            public override async Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken)
                => (await ForAsync(project).ConfigureAwait(false)).Where(d => !d.Location.IsInSource);

            /// <remarks>A workspace's checks always use one analyzer set, so the project snapshot alone is the key.</remarks>
            private Task<ImmutableArray<Diagnostic>> ForAsync(Project project)
                => Cache.GetValue(project, p => DiagnosticsAsync(p, _analyzers));
        }
    }
}
