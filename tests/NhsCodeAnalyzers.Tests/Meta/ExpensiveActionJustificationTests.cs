using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using NhsCodeAnalyzers.Tests.Shared;
using NhsCodeAnalyzers.Tests.Verifiers;
using Xunit.Abstractions;

namespace NhsCodeAnalyzers.Tests.Meta
{
    /// <summary>
    /// Analyzers run on every keystroke and in every build (issue 6), so an action wider than one node, operation
    /// or code block must say why it is needed. <see cref="ExpensiveActionScanner.Rule"/> states exactly what is
    /// checked. Two checks back each other: a scan of every analyzer source file (where the comment is read) and
    /// a run of every analyzer's <c>Initialize</c>, compilation-start and symbol-start callbacks on a small real
    /// compilation (which proves no run-time registration escapes the scan, e.g. through a delegate).
    /// </summary>
    public sealed class ExpensiveActionJustificationTests
    {
        private const string ThisFile = "tests/NhsCodeAnalyzers.Tests/Meta/ExpensiveActionJustificationTests.cs";

        /// <summary>A small project with a class, a struct, a record, an interface and members, so symbol-start callbacks have symbols to start.</summary>
        private const string ExplorationSource = @"
using System;
using System.Collections.Generic;

namespace Example
{
    public class PatientService
    {
        private readonly List<string> _names = new();
        public string NhsNumber { get; set; } = """";
        public event EventHandler? Changed;
        public void Save(string name) { _names.Add(name); Changed?.Invoke(this, EventArgs.Empty); }
        public class Nested { }
    }

    public struct Reading { public int Value; }

    public record Patient(string Name);

    public interface IStore { void Save(); }
}
";

        private readonly ITestOutputHelper _output;

        public ExpensiveActionJustificationTests(ITestOutputHelper output) => _output = output;

        [Fact]
        public void Every_expensive_registration_in_the_analyzer_sources_has_a_reason_comment()
        {
            var registrations = ScanAnalyzerSources();

            foreach (var registration in registrations)
            {
                _output.WriteLine(registration.Describe());
            }

            var violations = registrations.Where(r => r.Problem is not null).ToList();
            Assert.True(violations.Count == 0, ExpensiveActionScanner.FailureMessage(violations));
        }

        [Fact]
        public void Every_expensive_registration_made_at_run_time_is_a_call_the_source_scan_checked()
        {
            var exploration = RegistrationExplorer.Explore(
                AllAnalyzers.Analyzers.Select(a => (a.GetType().Name, (Action<AnalysisContext>)a.Initialize)),
                ExplorationCompilation());

            // The run must have reached inside the callbacks, or it would prove nothing about them.
            Assert.True(exploration.CompilationStartCallbacks > 0, "no compilation-start callback was run");
            Assert.True(exploration.SymbolStartCallbacks > 0, "no symbol-start callback was run");

            foreach (var registration in exploration.Registrations.Where(r => ExpensiveActionScanner.ExpensiveMethods.Contains(r.Method)).Distinct())
            {
                _output.WriteLine($"{registration.Analyzer}: {registration.Method} at run time from {registration.File} line {registration.Line}");
            }

            var uncovered = RegistrationExplorer.Uncovered(exploration.Registrations, ScanAnalyzerSources()).ToList();
            Assert.True(uncovered.Count == 0, string.Join(Environment.NewLine, uncovered));
        }

        [Theory]
        [InlineData("above the statement", @"
class A
{
    public override void Initialize(AnalysisContext context)
    {
        // A #pragma is trivia with no semantic form: only a syntax-tree action sees it.
        context.RegisterSyntaxTreeAction(static context => AnalyzePragmas(context));
    }
}")]
        [InlineData("several lines above the statement", @"
class A
{
    void Start(CompilationStartAnalysisContext context)
    {
        var x = 1;
        // The problem is in configuration, not in any one file,
        // so it is reported once per compilation.
        context.RegisterCompilationEndAction(context =>
        {
            Report(context);
        });
    }
}")]
        [InlineData("at the end of the line", @"
class A
{
    void Start(AnalysisContext context)
    {
        context.RegisterCompilationAction(static c => Report(c)); // once per compilation: options are not per file
    }
}")]
        [InlineData("at the top of the registered lambda", @"
class A
{
    void Start(SymbolStartAnalysisContext context)
    {
        context.RegisterSymbolEndAction(context =>
        {
            // The earliest call of the type is known only after every partial part was analysed.
            Report(context);
        });
    }
}")]
        [InlineData("above the statement inside an expression-bodied member", @"
class A
{
    // Additional files hold the allow list and are read once each.
    public override void Initialize(AnalysisContext context) => context.RegisterAdditionalFileAction(Read);
}")]
        public void The_checker_accepts_a_justified_registration(string where, string source)
        {
            var registration = Assert.Single(ExpensiveActionScanner.Scan(CSharpSyntaxTree.ParseText(source), "Inline.cs"));
            Assert.True(registration.Problem is null, where + ": " + registration.Describe());
        }

        [Theory]
        [InlineData("no comment", 6, @"
class A
{
    public override void Initialize(AnalysisContext context)
    {
        context.RegisterSyntaxTreeAction(static context => AnalyzePragmas(context));
    }
}")]
        [InlineData("a blank line between the comment and the statement", 8, @"
class A
{
    public override void Initialize(AnalysisContext context)
    {
        // A #pragma is trivia with no semantic form: only a syntax-tree action sees it.

        context.RegisterSyntaxTreeAction(static context => AnalyzePragmas(context));
    }
}")]
        [InlineData("a comment too short to give a reason", 6, @"
class A
{
    void Start(AnalysisContext context)
    {
        context.RegisterSemanticModelAction(static c => Analyze(c)); // needed
    }
}")]
        [InlineData("a TODO instead of a reason", 7, @"
class A
{
    void Start(CompilationStartAnalysisContext context)
    {
        // TODO explain why this needs the whole compilation
        context.RegisterCompilationEndAction(static c => Report(c));
    }
}")]
        [InlineData("a comment above the enclosing compilation-start statement only", 10, @"
class A
{
    public override void Initialize(AnalysisContext context)
    {
        // Collects every call of the type first, then reports the earliest.
        context.RegisterCompilationStartAction(static context =>
        {
            var state = new State();
            context.RegisterCompilationEndAction(c => state.Report(c));
        });
    }
}")]
        [InlineData("a block comment instead of a // comment", 7, @"
class A
{
    void Start(SymbolStartAnalysisContext context)
    {
        /* The earliest call of the type is known only at the end of the type. */
        context.RegisterSymbolEndAction(static c => Report(c));
    }
}")]
        public void The_checker_flags_an_unjustified_registration(string what, int line, string source)
        {
            var registration = Assert.Single(ExpensiveActionScanner.Scan(CSharpSyntaxTree.ParseText(source), "Inline.cs"));
            Assert.True(registration.Problem is not null, what + " was accepted");
            Assert.Equal(line, registration.Line);
            var message = ExpensiveActionScanner.FailureMessage(new[] { registration });
            Assert.StartsWith($"Inline.cs({line}): {registration.Method} ", message, StringComparison.Ordinal);
            Assert.EndsWith("Rule: " + ExpensiveActionScanner.Rule, message, StringComparison.Ordinal);
        }

        [Fact]
        public void The_checker_ignores_cheap_registrations_and_declarations()
        {
            const string source = @"
class A : AnalysisContext
{
    public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) { }
    void Start(CompilationStartAnalysisContext context)
    {
        context.RegisterOperationAction(static c => Analyze(c), OperationKind.Invocation);
        context.RegisterSyntaxNodeAction(static c => Analyze(c), SyntaxKind.Attribute);
        context.RegisterOperationBlockStartAction(static b => b.RegisterOperationBlockEndAction(static c => End(c)));
        var text = ""context.RegisterCompilationEndAction(x)"";
    }
}";
            Assert.Empty(ExpensiveActionScanner.Scan(CSharpSyntaxTree.ParseText(source), "Inline.cs"));
        }

        [Fact]
        public void The_run_time_cross_check_flags_a_registration_the_source_scan_cannot_see()
        {
            var exploration = RegistrationExplorer.Explore(
                new (string, Action<AnalysisContext>)[]
                {
                    (nameof(RegisterThroughDelegate), RegisterThroughDelegate),
                    (nameof(RegisterDirectlyInCompilationStart), RegisterDirectlyInCompilationStart),
                },
                ExplorationCompilation());
            var scanned = ExpensiveActionScanner.Scan(
                CSharpSyntaxTree.ParseText(File.ReadAllText(Path.Combine(RepositoryPaths.Root, ThisFile))),
                ThisFile);

            // Both test doubles were reached, the second only through its compilation-start callback.
            Assert.Contains(exploration.Registrations, r => r.Analyzer == nameof(RegisterThroughDelegate) && r.Method == "RegisterSyntaxTreeAction");
            Assert.Contains(exploration.Registrations, r => r.Analyzer == nameof(RegisterDirectlyInCompilationStart) && r.Method == "RegisterCompilationEndAction");

            var uncovered = Assert.Single(RegistrationExplorer.Uncovered(exploration.Registrations, scanned));
            Assert.StartsWith(nameof(RegisterThroughDelegate) + " registers RegisterSyntaxTreeAction at run time from " + ThisFile, uncovered, StringComparison.Ordinal);
        }

        /// <summary>Test double: a syntax-tree action registered through a delegate, so no call named RegisterSyntaxTreeAction exists to scan.</summary>
        private static void RegisterThroughDelegate(AnalysisContext context)
        {
            Action<Action<SyntaxTreeAnalysisContext>> register = context.RegisterSyntaxTreeAction;
            register(static _ => { });
        }

        /// <summary>Test double: a compilation-end action registered, with its reason, inside a compilation-start action.</summary>
        private static void RegisterDirectlyInCompilationStart(AnalysisContext context)
        {
            context.RegisterCompilationStartAction(static context =>
            {
                context.RegisterOperationAction(static _ => { }, OperationKind.Invocation);
                // Test double only: stands for a rule that must see every invocation in the compilation before reporting.
                context.RegisterCompilationEndAction(static _ => { });
            });
        }

        private static List<ExpensiveActionScanner.Registration> ScanAnalyzerSources()
        {
            var directory = RepositoryPaths.AnalyzerProjectDirectory;
            var files = Directory.EnumerateFiles(directory, "*.cs", SearchOption.AllDirectories)
                .Where(file => !IsBuildOutput(Path.GetRelativePath(directory, file)))
                .OrderBy(file => file, StringComparer.Ordinal)
                .ToList();
            Assert.NotEmpty(files);

            var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
            return files
                .SelectMany(file => ExpensiveActionScanner.Scan(
                    CSharpSyntaxTree.ParseText(File.ReadAllText(file), parseOptions, path: file),
                    Path.GetRelativePath(RepositoryPaths.Root, file).Replace('\\', '/')))
                .ToList();
        }

        private static bool IsBuildOutput(string relativePath)
        {
            var first = relativePath.Replace('\\', '/').Split('/')[0];
            return first is "bin" or "obj";
        }

        private static Compilation ExplorationCompilation()
            => CSharpCompilation.Create(
                "Exploration",
                new[] { CSharpSyntaxTree.ParseText(ExplorationSource, new CSharpParseOptions(LanguageVersion.Latest), path: "/src/Exploration.cs") },
                ReferenceSets.Net100WithPackages,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
    }

    /// <summary>Finds expensive registrations in source and decides whether each carries its reason.</summary>
    internal static class ExpensiveActionScanner
    {
        public const string Rule =
            "a call of RegisterSyntaxTreeAction, RegisterSemanticModelAction, RegisterCompilationAction, RegisterCompilationEndAction, "
            + "RegisterAdditionalFileAction or RegisterSymbolEndAction needs a // comment giving the reason (at least three words, not a "
            + "TODO/FIXME/HACK) in one of three places: (1) the // lines directly above the statement that contains the call, with no "
            + "blank line, directive or code between them and the statement; (2) a // comment after the method name on the same line; "
            + "(3) the // lines directly above the first statement of a block-bodied lambda passed to the call. A comment elsewhere "
            + "(above an enclosing statement, a /* */ block, a doc comment) does not count.";

        /// <summary>
        /// Actions wider than one node, operation or code block: a whole file (syntax tree, semantic model), the whole
        /// compilation (compilation, compilation end), each additional file, or a whole type whose diagnostics wait until
        /// every member in every partial declaration is analysed (symbol end). Operation-block-end and code-block-end
        /// actions are not listed: they close one method body, the same scope as the actions they pair with.
        /// </summary>
        public static readonly ImmutableHashSet<string> ExpensiveMethods = ImmutableHashSet.Create(
            StringComparer.Ordinal,
            "RegisterSyntaxTreeAction",
            "RegisterSemanticModelAction",
            "RegisterCompilationAction",
            "RegisterCompilationEndAction",
            "RegisterAdditionalFileAction",
            "RegisterSymbolEndAction");

        private const int MinimumWords = 3;

        private static readonly Regex Word = new(@"\p{L}[\p{L}\p{N}'-]*", RegexOptions.CultureInvariant);

        private static readonly Regex NotAReason = new(@"^\s*(TODO|FIXME|HACK)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

        /// <param name="Method">The Register... method called.</param>
        /// <param name="Path">The file, relative to the repository root with '/' separators.</param>
        /// <param name="Line">1-based line of the method name.</param>
        /// <param name="FirstLine">1-based first line of the statement that contains the call.</param>
        /// <param name="LastLine">1-based last line of the call.</param>
        /// <param name="Reason">The comment that justifies the call, when one was found.</param>
        /// <param name="Problem">Why the call is not justified, or null when it is.</param>
        public sealed record Registration(string Method, string Path, int Line, int FirstLine, int LastLine, string? Reason, string? Problem)
        {
            public string Describe() => Problem is null
                ? $"{Path}({Line}): {Method} justified by \"{Reason}\""
                : $"{Path}({Line}): {Method} {Problem}";
        }

        /// <summary>One line per unjustified registration (file(line): method and problem), then the rule.</summary>
        public static string FailureMessage(IEnumerable<Registration> violations)
            => string.Join(Environment.NewLine, violations.Select(v => v.Describe()).Append("Rule: " + Rule));

        public static ImmutableArray<Registration> Scan(SyntaxTree tree, string path)
        {
            var root = tree.GetRoot();
            var text = tree.GetText();
            var found = ImmutableArray.CreateBuilder<Registration>();
            foreach (var invocation in root.DescendantNodes().OfType<InvocationExpressionSyntax>())
            {
                var name = invocation.Expression switch
                {
                    MemberAccessExpressionSyntax access => access.Name,
                    MemberBindingExpressionSyntax binding => binding.Name,
                    SimpleNameSyntax simple => simple,
                    _ => null,
                };
                if (name is null || !ExpensiveMethods.Contains(name.Identifier.ValueText))
                {
                    continue;
                }

                var statement = (SyntaxNode?)invocation.FirstAncestorOrSelf<StatementSyntax>()
                    ?? (SyntaxNode?)invocation.FirstAncestorOrSelf<MemberDeclarationSyntax>()
                    ?? invocation;
                var comments = new[] { CommentLinesAbove(statement.GetFirstToken()), CommentAfterOnSameLine(root, text, name), CommentAtTopOfLambda(invocation) }
                    .Where(comment => comment is not null)
                    .Select(comment => comment!)
                    .ToList();
                var reason = comments.FirstOrDefault(GivesReason);
                var problem = reason is not null
                    ? null
                    : comments.Count == 0
                        ? "has no // comment saying why it is needed (directly above its statement, at the end of its line, or at the top of its lambda)"
                        : $"has only \"{comments[0]}\", which does not say why it is needed";
                found.Add(new Registration(
                    name.Identifier.ValueText,
                    path,
                    LineOf(text, name.SpanStart),
                    LineOf(text, statement.SpanStart),
                    LineOf(text, invocation.Span.End),
                    reason,
                    problem));
            }

            return found.ToImmutable();
        }

        private static bool GivesReason(string comment) => Word.Matches(comment).Count >= MinimumWords && !NotAReason.IsMatch(comment);

        private static int LineOf(Microsoft.CodeAnalysis.Text.SourceText text, int position) => text.Lines.GetLinePosition(position).Line + 1;

        /// <summary>The run of // lines that ends on the line directly above <paramref name="token"/>, joined; null when there is none.</summary>
        private static string? CommentLinesAbove(SyntaxToken token)
        {
            var trivia = token.LeadingTrivia;
            var lines = new List<string>();
            var index = trivia.Count - 1;
            if (index >= 0 && trivia[index].IsKind(SyntaxKind.WhitespaceTrivia))
            {
                index--;
            }

            while (index >= 1 && trivia[index].IsKind(SyntaxKind.EndOfLineTrivia) && trivia[index - 1].IsKind(SyntaxKind.SingleLineCommentTrivia))
            {
                lines.Insert(0, CommentText(trivia[index - 1]));
                index -= 2;
                if (index >= 0 && trivia[index].IsKind(SyntaxKind.WhitespaceTrivia))
                {
                    index--;
                }
            }

            return lines.Count == 0 ? null : string.Join(" ", lines);
        }

        /// <summary>A // comment that starts after <paramref name="name"/> on the same line.</summary>
        private static string? CommentAfterOnSameLine(SyntaxNode root, Microsoft.CodeAnalysis.Text.SourceText text, SyntaxNode name)
        {
            var line = text.Lines.GetLineFromPosition(name.SpanStart).Span;
            return root.DescendantTrivia(line)
                .Where(t => t.IsKind(SyntaxKind.SingleLineCommentTrivia) && t.SpanStart > name.SpanStart && line.Contains(t.SpanStart))
                .Select(CommentText)
                .FirstOrDefault();
        }

        /// <summary>The // lines directly above the first statement of a block-bodied lambda passed to the call.</summary>
        private static string? CommentAtTopOfLambda(InvocationExpressionSyntax invocation)
        {
            foreach (var argument in invocation.ArgumentList.Arguments)
            {
                if (argument.Expression is AnonymousFunctionExpressionSyntax { Block: { } block })
                {
                    var first = block.Statements.Count > 0 ? block.Statements[0].GetFirstToken() : block.CloseBraceToken;
                    if (CommentLinesAbove(first) is { } comment)
                    {
                        return comment;
                    }
                }
            }

            return null;
        }

        private static string CommentText(SyntaxTrivia comment) => comment.ToString().TrimStart('/').Trim();
    }

    /// <summary>
    /// Runs analyzers' <c>Initialize</c> on recording contexts, then their compilation-start callbacks on a real
    /// compilation and their symbol-start callbacks on each matching source symbol of it, recording every
    /// registration and, for expensive ones, the source line of the call (from the stack trace and the analyzer's
    /// .pdb). Operation-block-start and code-block-start callbacks are not run: their contexts cannot register any
    /// action <see cref="ExpensiveActionScanner.ExpensiveMethods"/> lists.
    /// </summary>
    internal static class RegistrationExplorer
    {
        public sealed record RuntimeRegistration(string Analyzer, string Method, string? File, int Line);

        public sealed record Exploration(ImmutableArray<RuntimeRegistration> Registrations, int CompilationStartCallbacks, int SymbolStartCallbacks);

        public static Exploration Explore(IEnumerable<(string Name, Action<AnalysisContext> Initialize)> analyzers, Compilation compilation)
        {
            var options = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new AnalyzerRunner.DictionaryConfigOptionsProvider(new Dictionary<string, string>()));
            var symbols = SourceSymbols(compilation.SourceModule.GlobalNamespace).ToList();
            var registrations = ImmutableArray.CreateBuilder<RuntimeRegistration>();
            var compilationStarts = 0;
            var symbolStarts = 0;
            foreach (var (name, initialize) in analyzers)
            {
                var recorder = new Recorder(name);
                initialize(new RecordingAnalysisContext(recorder));
                foreach (var start in recorder.CompilationStarts.ToList())
                {
                    compilationStarts++;
                    start(new RecordingCompilationStartContext(recorder, compilation, options));
                }

                foreach (var (start, kind) in recorder.SymbolStarts.ToList())
                {
                    foreach (var symbol in symbols.Where(s => s.Kind == kind))
                    {
                        symbolStarts++;
                        start(new RecordingSymbolStartContext(recorder, symbol, compilation, options));
                    }
                }

                registrations.AddRange(recorder.Registrations);
            }

            return new Exploration(registrations.ToImmutable(), compilationStarts, symbolStarts);
        }

        /// <summary>Each expensive registration made at run time whose call site is not a registration the scan found.</summary>
        public static IEnumerable<string> Uncovered(IEnumerable<RuntimeRegistration> registrations, IReadOnlyCollection<ExpensiveActionScanner.Registration> scanned)
        {
            foreach (var registration in registrations.Where(r => ExpensiveActionScanner.ExpensiveMethods.Contains(r.Method)))
            {
                if (registration.File is null)
                {
                    yield return $"{registration.Analyzer} registers {registration.Method} at run time from a call with no source line (is the analyzer's .pdb beside its .dll?), so the source scan cannot be matched to it";
                    continue;
                }

                var file = registration.File.Replace('\\', '/');
                var match = scanned.Any(s => s.Method == registration.Method
                    && file.EndsWith("/" + s.Path, StringComparison.OrdinalIgnoreCase)
                    && registration.Line >= s.FirstLine
                    && registration.Line <= s.LastLine);
                if (!match)
                {
                    var shown = scanned.Select(s => s.Path).FirstOrDefault(p => file.EndsWith("/" + p, StringComparison.OrdinalIgnoreCase)) ?? file;
                    yield return $"{registration.Analyzer} registers {registration.Method} at run time from {shown} line {registration.Line}, where the source scan "
                        + $"found no {registration.Method}(...) call: call {registration.Method} directly (not through a delegate or a file outside src/NhsCodeAnalyzers) so its reason comment can be checked";
                }
            }
        }

        private static IEnumerable<ISymbol> SourceSymbols(INamespaceOrTypeSymbol container)
        {
            foreach (var member in container.GetMembers())
            {
                if (!member.Locations.Any(l => l.IsInSource))
                {
                    continue;
                }

                yield return member;
                if (member is INamespaceOrTypeSymbol nested)
                {
                    foreach (var inner in SourceSymbols(nested))
                    {
                        yield return inner;
                    }
                }
            }
        }

        private sealed class Recorder
        {
            private readonly string _analyzer;

            public Recorder(string analyzer) => _analyzer = analyzer;

            public List<RuntimeRegistration> Registrations { get; } = new();

            public List<Action<CompilationStartAnalysisContext>> CompilationStarts { get; } = new();

            public List<(Action<SymbolStartAnalysisContext> Action, SymbolKind Kind)> SymbolStarts { get; } = new();

            public void Record(string method)
            {
                string? file = null;
                var line = 0;
                if (ExpensiveActionScanner.ExpensiveMethods.Contains(method))
                {
                    // The first frame outside these recorders and Roslyn's own convenience overloads is the call site.
                    foreach (var frame in new StackTrace(1, fNeedFileInfo: true).GetFrames())
                    {
                        var type = frame.GetMethod()?.DeclaringType;
                        if (type is null || IsExplorer(type) || type.Assembly == typeof(AnalysisContext).Assembly)
                        {
                            continue;
                        }

                        file = frame.GetFileName();
                        line = frame.GetFileLineNumber();
                        break;
                    }
                }

                Registrations.Add(new RuntimeRegistration(_analyzer, method, file, line));
            }

            private static bool IsExplorer(Type type)
            {
                for (var current = type; current is not null; current = current.DeclaringType)
                {
                    if (current == typeof(RegistrationExplorer))
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        private sealed class RecordingAnalysisContext : AnalysisContext
        {
            private readonly Recorder _recorder;

            public RecordingAnalysisContext(Recorder recorder) => _recorder = recorder;

            public override void EnableConcurrentExecution() { }

            public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode) { }

            public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action)
            {
                _recorder.Record(nameof(RegisterCompilationStartAction));
                _recorder.CompilationStarts.Add(action);
            }

            public override void RegisterSymbolStartAction(Action<SymbolStartAnalysisContext> action, SymbolKind symbolKind)
            {
                _recorder.Record(nameof(RegisterSymbolStartAction));
                _recorder.SymbolStarts.Add((action, symbolKind));
            }

            public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action) => _recorder.Record(nameof(RegisterCompilationAction));

            public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => _recorder.Record(nameof(RegisterSemanticModelAction));

            public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => _recorder.Record(nameof(RegisterSyntaxTreeAction));

            public override void RegisterAdditionalFileAction(Action<AdditionalFileAnalysisContext> action) => _recorder.Record(nameof(RegisterAdditionalFileAction));

            public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => _recorder.Record(nameof(RegisterSymbolAction));

            public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => _recorder.Record(nameof(RegisterCodeBlockStartAction));

            public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => _recorder.Record(nameof(RegisterCodeBlockAction));

            public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) => _recorder.Record(nameof(RegisterSyntaxNodeAction));

            public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) => _recorder.Record(nameof(RegisterOperationAction));

            public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action) => _recorder.Record(nameof(RegisterOperationBlockStartAction));

            public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action) => _recorder.Record(nameof(RegisterOperationBlockAction));
        }

        private sealed class RecordingCompilationStartContext : CompilationStartAnalysisContext
        {
            private readonly Recorder _recorder;

            public RecordingCompilationStartContext(Recorder recorder, Compilation compilation, AnalyzerOptions options)
                : base(compilation, options, CancellationToken.None)
            {
                _recorder = recorder;
            }

            public override void RegisterSymbolStartAction(Action<SymbolStartAnalysisContext> action, SymbolKind symbolKind)
            {
                _recorder.Record(nameof(RegisterSymbolStartAction));
                _recorder.SymbolStarts.Add((action, symbolKind));
            }

            public override void RegisterCompilationEndAction(Action<CompilationAnalysisContext> action) => _recorder.Record(nameof(RegisterCompilationEndAction));

            public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => _recorder.Record(nameof(RegisterSemanticModelAction));

            public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => _recorder.Record(nameof(RegisterSyntaxTreeAction));

            public override void RegisterAdditionalFileAction(Action<AdditionalFileAnalysisContext> action) => _recorder.Record(nameof(RegisterAdditionalFileAction));

            public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => _recorder.Record(nameof(RegisterSymbolAction));

            public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => _recorder.Record(nameof(RegisterCodeBlockStartAction));

            public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => _recorder.Record(nameof(RegisterCodeBlockAction));

            public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) => _recorder.Record(nameof(RegisterSyntaxNodeAction));

            public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) => _recorder.Record(nameof(RegisterOperationAction));

            public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action) => _recorder.Record(nameof(RegisterOperationBlockStartAction));

            public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action) => _recorder.Record(nameof(RegisterOperationBlockAction));
        }

        private sealed class RecordingSymbolStartContext : SymbolStartAnalysisContext
        {
            private readonly Recorder _recorder;

#pragma warning disable CS0618 // Obsolete for hosts, which should use CompilationWithAnalyzers; a recording double has no other way to hand a callback its symbol.
            public RecordingSymbolStartContext(Recorder recorder, ISymbol symbol, Compilation compilation, AnalyzerOptions options)
                : base(symbol, compilation, options, CancellationToken.None)
#pragma warning restore CS0618
            {
                _recorder = recorder;
            }

            public override void RegisterSymbolEndAction(Action<SymbolAnalysisContext> action) => _recorder.Record(nameof(RegisterSymbolEndAction));

            public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => _recorder.Record(nameof(RegisterCodeBlockStartAction));

            public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => _recorder.Record(nameof(RegisterCodeBlockAction));

            public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) => _recorder.Record(nameof(RegisterSyntaxNodeAction));

            public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) => _recorder.Record(nameof(RegisterOperationAction));

            public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action) => _recorder.Record(nameof(RegisterOperationBlockStartAction));

            public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action) => _recorder.Record(nameof(RegisterOperationBlockAction));
        }
    }
}
