using Microsoft.CodeAnalysis.Diagnostics;

namespace NhsCodeAnalyzers.Benchmarks.Measurement;

/// <summary>Medians over the measured iterations at one size.</summary>
internal sealed record SizeResult(
    int Lines,
    int Files,
    int Expected,
    int Found,
    TimeSpan Compile,
    TimeSpan Ours,
    TimeSpan OursCpuAdded,
    TimeSpan? NetAnalyzers,
    long OursAllocatedAdded,
    IReadOnlyList<(string Rules, TimeSpan Time)> PerRule)
{
    public double OursOverCompile => Ours / Compile;

    public double? OursOverNetAnalyzers => NetAnalyzers is { } net && net > TimeSpan.Zero ? Ours / net : null;

    public TimeSpan OursPerThousandLines => Ours * (1000.0 / Lines);

    /// <summary>The middle value; for an even count, the mean of the two middle values.</summary>
    public static TimeSpan Median(IEnumerable<TimeSpan> values)
        => TimeSpan.FromTicks(Median(values.Select(value => value.Ticks)));

    public static long Median(IEnumerable<long> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count switch
        {
            0 => 0,
            var count when count % 2 == 1 => sorted[count / 2],
            var count => (sorted[(count / 2) - 1] + sorted[count / 2]) / 2,
        };
    }

    /// <summary>Each analyzer's median execution time, slowest first, named by the rules it reports.</summary>
    public static IReadOnlyList<(string Rules, TimeSpan Time)> PerRuleMedians(IReadOnlyList<RunResult> runs)
        => runs[0].PerAnalyzer.Keys
            .Select(analyzer => (AnalyzerSets.RuleIds(analyzer), Median(runs.Select(run => run.PerAnalyzer[analyzer]))))
            .OrderByDescending(entry => entry.Item2)
            .ToList();
}

/// <summary>The single-document (IDE) measurement.</summary>
internal sealed record DocumentResult(string Path, int Lines, int CompilationLines, TimeSpan Ours, TimeSpan Cpu, TimeSpan? NetAnalyzers, IReadOnlyList<(string Rules, TimeSpan Time)> PerRule);
