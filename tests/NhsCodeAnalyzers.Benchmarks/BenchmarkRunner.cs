using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using NhsCodeAnalyzers.Benchmarks.Generation;
using NhsCodeAnalyzers.Benchmarks.Measurement;

namespace NhsCodeAnalyzers.Benchmarks;

/// <summary>Generates each size, checks it, measures it and prints the tables and the budget.</summary>
internal sealed class BenchmarkRunner(BenchmarkOptions options, TextWriter log)
{
    /// <summary>The size whose compilation also serves the single-document (IDE) measurement.</summary>
    private const int DocumentSize = 100_000;

    /// <summary>Sizes up to here take seconds: at least five iterations, whatever --iterations says.</summary>
    private const int SmallSize = 20_000;

    /// <summary>Sizes from here up are measured once, without warm-up.</summary>
    private const int LargeSize = 300_000;

    public async Task<int> RunAsync()
    {
        var ours = options.Rules.Count == 0
            ? AnalyzerSets.NhsCodeAnalyzers
            : AnalyzerSets.NhsCodeAnalyzers.Where(a => a.SupportedDiagnostics.Any(d => options.Rules.Contains(d.Id))).ToImmutableArray();
        var net = options.NetAnalyzers && !options.CheckOnly ? AnalyzerSets.LoadNetAnalyzers() : ImmutableArray<DiagnosticAnalyzer>.Empty;
        var netOptions = AnalyzerSets.EnableAll(net);
        log.WriteLine($"NhsCodeAnalyzers: {ours.Length} analyzers; NetAnalyzers: {net.Length} analyzers, {netOptions.Count} rules enabled");

        var results = new List<SizeResult>();
        DocumentResult? document = null;
        var documentSize = options.Sizes.OrderBy(size => Math.Abs(size - DocumentSize)).First();
        var healthy = true;
        var first = true;
        foreach (var size in options.Sizes)
        {
            var codeBase = HealthCodeGenerator.Generate(size);
            var factory = new CompilationFactory(codeBase);
            log.WriteLine($"[{size:N0}] generated {codeBase.Lines:N0} lines in {codeBase.Files.Count} files, {codeBase.Planted} planted violations ({codeBase.Expected} diagnostics expected)");
            if (options.CheckOnly)
            {
                healthy &= Check(codeBase, AnalysisRun.Compile(factory), await AnalysisRun.AnalyzeCompilationAsync(factory, ours));
                continue;
            }

            if (!options.DocumentOnly)
            {
                var (result, checkedHealthy) = await MeasureSizeAsync(codeBase, factory, ours, net, netOptions, size, first);
                results.Add(result);
                healthy &= checkedHealthy;
            }

            if (size == documentSize)
            {
                document = await MeasureDocumentAsync(codeBase, factory, ours, net, netOptions);
            }

            first = false;
        }

        if (options.CheckOnly)
        {
            log.WriteLine(healthy ? "check passed" : "check FAILED");
            return healthy ? 0 : 1;
        }

        var report = Report.Render(results, document, ours.Length, net.Length, netOptions.Count);
        log.WriteLine();
        log.WriteLine(report);
        if (options.Output is { } output)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
            await File.WriteAllTextAsync(output, report);
        }

        return healthy ? 0 : 1;
    }

    /// <summary>The generated code must compile and carry exactly the planted violations, or the numbers mean nothing.</summary>
    private bool Check(GeneratedCodeBase codeBase, RunResult compile, RunResult ours)
    {
        var errors = compile.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        foreach (var error in errors.Take(20))
        {
            log.WriteLine($"  compile error: {error}");
        }

        var found = ours.Diagnostics
            .GroupBy(d => d.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var mismatches = codeBase.ExpectedByRule.Keys.Union(found.Keys)
            .Order(StringComparer.Ordinal)
            .Select(id => (Id: id, Expected: codeBase.ExpectedByRule.GetValueOrDefault(id), Found: found.GetValueOrDefault(id)))
            .Where(entry => entry.Expected != entry.Found)
            .ToList();
        foreach (var (id, expected, foundCount) in mismatches)
        {
            log.WriteLine($"  {id}: expected {expected} diagnostics from the planted violations, found {foundCount}");
        }

        return errors.Count == 0 && mismatches.Count == 0;
    }

    /// <summary>
    /// Compile, ours and NetAnalyzers on fresh compilations, in turn, per iteration; the first iteration's results
    /// also check the generated code. Warm-up runs only before the first size (the JIT is warm after it), and sizes
    /// of <see cref="LargeSize"/> lines or more are measured once: NetAnalyzers-all alone takes minutes there.
    /// </summary>
    private async Task<(SizeResult Result, bool Healthy)> MeasureSizeAsync(
        GeneratedCodeBase codeBase,
        CompilationFactory factory,
        ImmutableArray<DiagnosticAnalyzer> ours,
        ImmutableArray<DiagnosticAnalyzer> net,
        ImmutableDictionary<string, ReportDiagnostic> netOptions,
        int size,
        bool first)
    {
        var healthy = true;
        var warmup = first ? options.Warmup : 0;
        var iterations = size >= LargeSize ? 1 : size <= SmallSize ? Math.Max(options.Iterations, 5) : options.Iterations;
        var compiles = new List<RunResult>();
        var ourRuns = new List<RunResult>();
        var netRuns = new List<RunResult>();
        for (var iteration = -warmup; iteration < iterations; iteration++)
        {
            var compile = AnalysisRun.Compile(factory);
            var ourRun = await AnalysisRun.AnalyzeCompilationAsync(factory, ours);
            if (iteration == -warmup && options.Rules.Count == 0)
            {
                healthy = Check(codeBase, compile, ourRun);
            }

            var netRun = net.IsEmpty ? null : await AnalysisRun.AnalyzeCompilationAsync(factory, net, netOptions);
            log.WriteLine($"[{size:N0}] {(iteration < 0 ? "warm-up" : $"iteration {iteration + 1}")}: compile {compile.Cpu.TotalMilliseconds:N0} ms, "
                + $"ours {ourRun.AnalyzerTime.TotalMilliseconds:N1} ms (compile + analysis {ourRun.Cpu.TotalMilliseconds:N0} ms)"
                + (netRun is null ? string.Empty : $", NetAnalyzers {netRun.AnalyzerTime.TotalMilliseconds:N0} ms"));
            if (iteration >= 0)
            {
                compiles.Add(compile);
                ourRuns.Add(ourRun);
                if (netRun is not null)
                {
                    netRuns.Add(netRun);
                }
            }
        }

        var compileTime = SizeResult.Median(compiles.Select(r => r.Cpu));
        var result = new SizeResult(
            codeBase.Lines,
            codeBase.Files.Count,
            codeBase.Expected,
            ourRuns[0].Diagnostics.Length,
            compileTime,
            SizeResult.Median(ourRuns.Select(r => r.AnalyzerTime)),
            SizeResult.Median(ourRuns.Select(r => r.Cpu)) - compileTime,
            netRuns.Count == 0 ? null : SizeResult.Median(netRuns.Select(r => r.AnalyzerTime)),
            SizeResult.Median(ourRuns.Select(r => r.AllocatedBytes)) - SizeResult.Median(compiles.Select(r => r.AllocatedBytes)),
            SizeResult.PerRuleMedians(ourRuns));
        return (result, healthy);
    }

    private async Task<DocumentResult> MeasureDocumentAsync(
        GeneratedCodeBase codeBase,
        CompilationFactory factory,
        ImmutableArray<DiagnosticAnalyzer> ours,
        ImmutableArray<DiagnosticAnalyzer> net,
        ImmutableDictionary<string, ReportDiagnostic> netOptions)
    {
        // An application service of a module in the middle of the code base, the kind of file developers edit most.
        var services = codeBase.Files.Where(f => f.Path.Contains("/Services/", StringComparison.Ordinal)).ToList();
        var file = services[services.Count / 2];
        var tree = factory.Trees.Single(t => t.FilePath == file.Path);
        var runs = new List<RunResult>();
        var netRuns = new List<RunResult>();
        var beforeEdit = factory.Create();
        for (var iteration = -options.Warmup; iteration < Math.Max(options.Iterations, 5); iteration++)
        {
            var run = await AnalysisRun.AnalyzeEditedDocumentAsync(beforeEdit, ours, tree, iteration);
            var netRun = net.IsEmpty ? null : await AnalysisRun.AnalyzeEditedDocumentAsync(beforeEdit, net, tree, iteration, netOptions);
            log.WriteLine($"[document {file.Path}, {file.Lines} lines] ours {run.AnalyzerTime.TotalMilliseconds:N2} ms (compile + analysis {run.Cpu.TotalMilliseconds:N0} ms)"
                + (netRun is null ? string.Empty : $", NetAnalyzers {netRun.AnalyzerTime.TotalMilliseconds:N1} ms"));
            if (iteration >= 0)
            {
                runs.Add(run);
                if (netRun is not null)
                {
                    netRuns.Add(netRun);
                }
            }
        }

        return new DocumentResult(
            file.Path,
            file.Lines,
            codeBase.Lines,
            SizeResult.Median(runs.Select(r => r.AnalyzerTime)),
            SizeResult.Median(runs.Select(r => r.Cpu)),
            netRuns.Count == 0 ? null : SizeResult.Median(netRuns.Select(r => r.AnalyzerTime)),
            SizeResult.PerRuleMedians(runs));
    }
}
