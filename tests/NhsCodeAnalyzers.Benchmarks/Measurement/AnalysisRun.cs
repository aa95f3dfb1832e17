using System.Collections.Immutable;
using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace NhsCodeAnalyzers.Benchmarks.Measurement;

/// <summary>The result of one measured step.</summary>
internal sealed record RunResult(
    TimeSpan Cpu,
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
        var clock = CpuClock.Start();
        var diagnostics = compilation.GetDiagnostics();
        var cpu = clock.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        return new RunResult(cpu.Cpu, TimeSpan.Zero, allocated, NoAnalyzers, diagnostics);
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
        var clock = CpuClock.Start();
        var diagnostics = await analysis.GetAnalyzerDiagnosticsAsync();
        var cpu = clock.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        ThrowIfAny(exceptions);
        var perAnalyzer = await ExecutionTimesAsync(analysis, analyzers, cpu.CpuShare);
        return new RunResult(cpu.Cpu, Sum(perAnalyzer), allocated, perAnalyzer, diagnostics);
    }

    /// <summary>
    /// The IDE's path after a keystroke: the open document is edited, the project's compilation is updated by
    /// replacing that one tree (so referenced assemblies' symbols are reused, as the IDE reuses them), and the
    /// document's syntax and semantic diagnostics are computed. Compilation-start work is redone, as it is after
    /// every edit.
    /// </summary>
    public static async Task<RunResult> AnalyzeEditedDocumentAsync(
        Compilation beforeEdit,
        ImmutableArray<DiagnosticAnalyzer> analyzers,
        SyntaxTree tree,
        int keystroke,
        ImmutableDictionary<string, ReportDiagnostic>? diagnosticOptions = null)
    {
        var exceptions = new List<string>();
        var editedTree = Keystroke(tree, keystroke);
        var compilation = beforeEdit.ReplaceSyntaxTree(tree, editedTree);
        if (diagnosticOptions is not null)
        {
            compilation = compilation.WithOptions(compilation.Options.WithSpecificDiagnosticOptions(diagnosticOptions));
        }

        var analysis = compilation.WithAnalyzers(analyzers, Options(exceptions));
        var model = analysis.Compilation.GetSemanticModel(editedTree);
        BindReferencesAndDeclarations(analysis.Compilation);
        Settle();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var clock = CpuClock.Start();
        var syntax = await analysis.GetAnalyzerSyntaxDiagnosticsAsync(editedTree, CancellationToken.None);
        var semantic = await analysis.GetAnalyzerSemanticDiagnosticsAsync(model, filterSpan: null, CancellationToken.None);
        var cpu = clock.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        ThrowIfAny(exceptions);
        var perAnalyzer = await ExecutionTimesAsync(analysis, analyzers, cpu.CpuShare);
        return new RunResult(cpu.Cpu, Sum(perAnalyzer), allocated, perAnalyzer, syntax.AddRange(semantic));
    }

    /// <summary>A different one-character edit each time: a space typed at the end of the file.</summary>
    private static SyntaxTree Keystroke(SyntaxTree tree, int keystroke)
    {
        var text = tree.GetText();
        return tree.WithChangedText(text.WithChanges(new Microsoft.CodeAnalysis.Text.TextChange(new Microsoft.CodeAnalysis.Text.TextSpan(text.Length, 0), new string(' ', 1 + (keystroke % 7)))));
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

    /// <summary>
    /// Each analyzer's execution time from the driver's telemetry. Telemetry measures elapsed time; on a busy machine
    /// the measured thread gets only part of a core, so the times are scaled by the run's CPU time over its elapsed
    /// time (1.0 on an idle machine) to stay comparable with the CPU times of the compiler.
    /// </summary>
    private static async Task<IReadOnlyDictionary<DiagnosticAnalyzer, TimeSpan>> ExecutionTimesAsync(
        CompilationWithAnalyzers analysis,
        ImmutableArray<DiagnosticAnalyzer> analyzers,
        double cpuShare)
    {
        var times = new Dictionary<DiagnosticAnalyzer, TimeSpan>();
        foreach (var analyzer in analyzers)
        {
            times[analyzer] = (await analysis.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None)).ExecutionTime * cpuShare;
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
