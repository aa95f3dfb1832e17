using System.Collections.Immutable;
using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace NhsCodeAnalyzers.Benchmarks.Measurement;

/// <summary>The result of one measured step.</summary>
internal sealed record RunResult(
    TimeSpan Wall,
    TimeSpan AnalyzerTime,
    long AllocatedBytes,
    IReadOnlyDictionary<DiagnosticAnalyzer, TimeSpan> PerAnalyzer,
    ImmutableArray<Diagnostic> Diagnostics);

/// <summary>The measured steps: the compiler alone, a whole compilation with analyzers, one document as the IDE asks.</summary>
internal static class AnalysisRun
{
    private static readonly IReadOnlyDictionary<DiagnosticAnalyzer, TimeSpan> NoAnalyzers = new Dictionary<DiagnosticAnalyzer, TimeSpan>();

    /// <summary>The compiler's own work: declaration and method-body diagnostics of a fresh compilation.</summary>
    public static RunResult Compile(CompilationFactory factory)
    {
        var compilation = factory.Create();
        Settle();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var stopwatch = Stopwatch.StartNew();
        var diagnostics = compilation.GetDiagnostics();
        stopwatch.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        return new RunResult(stopwatch.Elapsed, TimeSpan.Zero, allocated, NoAnalyzers, diagnostics);
    }

    /// <summary>A fresh compilation analysed in full, as a build does: the compiler's work plus the analyzers'.</summary>
    public static async Task<RunResult> AnalyzeCompilationAsync(
        CompilationFactory factory,
        ImmutableArray<DiagnosticAnalyzer> analyzers,
        ImmutableDictionary<string, ReportDiagnostic>? diagnosticOptions = null)
    {
        var exceptions = new List<string>();
        var analysis = factory.Create(diagnosticOptions).WithAnalyzers(analyzers, Options(exceptions));
        BindReferencesAndDeclarations(analysis.Compilation);
        Settle();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var stopwatch = Stopwatch.StartNew();
        var diagnostics = await analysis.GetAnalyzerDiagnosticsAsync();
        stopwatch.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        ThrowIfAny(exceptions);
        var perAnalyzer = await ExecutionTimesAsync(analysis, analyzers);
        return new RunResult(stopwatch.Elapsed, Sum(perAnalyzer), allocated, perAnalyzer, diagnostics);
    }

    /// <summary>
    /// The IDE's path: semantic diagnostics for one document of a fresh compilation (after an edit the IDE
    /// analyses the open document against a new compilation; compilation-start work is redone each time).
    /// </summary>
    public static async Task<RunResult> AnalyzeDocumentAsync(
        CompilationFactory factory,
        ImmutableArray<DiagnosticAnalyzer> analyzers,
        SyntaxTree tree,
        ImmutableDictionary<string, ReportDiagnostic>? diagnosticOptions = null)
    {
        var exceptions = new List<string>();
        var analysis = factory.Create(diagnosticOptions).WithAnalyzers(analyzers, Options(exceptions));
        var model = analysis.Compilation.GetSemanticModel(tree);
        BindReferencesAndDeclarations(analysis.Compilation);
        Settle();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var stopwatch = Stopwatch.StartNew();
        var syntax = await analysis.GetAnalyzerSyntaxDiagnosticsAsync(tree, CancellationToken.None);
        var semantic = await analysis.GetAnalyzerSemanticDiagnosticsAsync(model, filterSpan: null, CancellationToken.None);
        stopwatch.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        ThrowIfAny(exceptions);
        var perAnalyzer = await ExecutionTimesAsync(analysis, analyzers);
        return new RunResult(stopwatch.Elapsed, Sum(perAnalyzer), allocated, perAnalyzer, syntax.AddRange(semantic));
    }

    private static CompilationWithAnalyzersOptions Options(List<string> exceptions)
        => new(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            onAnalyzerException: (exception, analyzer, _) =>
            {
                lock (exceptions)
                {
                    exceptions.Add($"{analyzer.GetType().Name}: {exception}");
                }
            },
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: true,
            reportSuppressedDiagnostics: false);

    private static async Task<IReadOnlyDictionary<DiagnosticAnalyzer, TimeSpan>> ExecutionTimesAsync(
        CompilationWithAnalyzers analysis,
        ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        var times = new Dictionary<DiagnosticAnalyzer, TimeSpan>();
        foreach (var analyzer in analyzers)
        {
            times[analyzer] = (await analysis.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None)).ExecutionTime;
        }

        return times;
    }

    private static TimeSpan Sum(IReadOnlyDictionary<DiagnosticAnalyzer, TimeSpan> times)
        => times.Values.Aggregate(TimeSpan.Zero, (total, time) => total + time);

    private static void ThrowIfAny(List<string> exceptions)
    {
        if (exceptions.Count > 0)
        {
            throw new InvalidOperationException("An analyzer threw:\n" + string.Join("\n", exceptions.Take(5)));
        }
    }

    /// <summary>
    /// The compiler's first steps on a fresh compilation — binding the references and merging the declarations of
    /// every file — are done before the clock starts: a build and the IDE do them whatever analyzers run, and
    /// otherwise they would be charged to whichever analyzer first asks for a type.
    /// </summary>
    private static void BindReferencesAndDeclarations(Compilation compilation)
        => _ = compilation.GetTypeByMetadataName("System.Object");

    /// <summary>Collects garbage left by the previous step so it is not charged to the next one.</summary>
    private static void Settle()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }
}
