using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace NhsCodeAnalyzers.Benchmarks.Measurement;

/// <summary>Renders the results as Markdown tables and checks them against the published budget.</summary>
internal static class Report
{
    private const int BudgetSize = 100_000;

    public static string Render(IReadOnlyList<SizeResult> sizes, DocumentResult? document, int ourAnalyzers, int netAnalyzers, int netRules)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription.Trim()}, {RuntimeInformation.FrameworkDescription}, Roslyn {typeof(Microsoft.CodeAnalysis.Compilation).Assembly.GetName().Version}; compilation and analysis single-threaded; CPU times, medians. Analyzer times are the driver's telemetry (as `-p:ReportAnalyzer=true` shows), scaled to CPU time.");
        text.AppendLine(CultureInfo.InvariantCulture, $"NhsCodeAnalyzers: {ourAnalyzers} analyzers. NetAnalyzers 10.0.401: {netAnalyzers} analyzers, all {netRules} rules enabled.");
        text.AppendLine();
        text.AppendLine("| Lines | Found / expected | Compile | NhsCodeAnalyzers | Ours / compile | NetAnalyzers (all) | Ours / NetAnalyzers | Ours per 1k lines | Slowest three rules | Allocated by ours |");
        text.AppendLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: |");
        foreach (var size in sizes)
        {
            var slowest = string.Join(", ", size.PerRule.Take(3).Select(rule => $"{rule.Rules} {Ms(rule.Time)}"));
            text.AppendLine((
                $"| {size.Lines:N0} | {size.Found} / {size.Expected} | {Ms(size.Compile)} | {Ms(size.Ours)} | {Percent(size.OursOverCompile)} | "
                + $"{(size.NetAnalyzers is { } net ? Ms(net) : "-")} | {(size.OursOverNetAnalyzers is { } ratio ? Percent(ratio) : "-")} | "
                + $"{Ms(size.OursPerThousandLines)} | {slowest} | {size.OursAllocatedAdded / (1024.0 * 1024.0):N1} MB |"));
        }

        if (sizes.Count > 0)
        {
            var detail = sizes.OrderBy(s => Math.Abs(s.Lines - BudgetSize)).First();
            text.AppendLine();
            text.AppendLine($"Per rule at {detail.Lines:N0} lines: " + string.Join(", ", detail.PerRule.Select(rule => $"{rule.Rules} {Ms(rule.Time)} ({Percent(rule.Time / detail.Ours)})")) + ".");
        }

        text.AppendLine();
        foreach (var size in sizes)
        {
            text.AppendLine(
                $"Cross-check at {size.Lines:N0} lines: a compilation analysed with NhsCodeAnalyzers took {Ms(size.OursCpuAdded)} more CPU than the compiler alone "
                + $"({Percent(size.OursCpuAdded / size.Compile)}; this includes the driver's own work of building operation trees for analyzers, which any analyzer package pays).");
        }

        if (document is not null)
        {
            text.AppendLine();
            text.AppendLine((
                $"Single document (the IDE's path): `{document.Path}`, {document.Lines} lines of the {document.CompilationLines:N0}-line compilation, after a one-character edit each time: "
                + $"NhsCodeAnalyzers {Ms(document.Ours)} of analyzer time (slowest: {string.Join(", ", document.PerRule.Take(3).Select(r => $"{r.Rules} {Ms(r.Time)}"))})"
                + (document.NetAnalyzers is { } net ? $"; NetAnalyzers (all) {Ms(net)}." : ".")));
        }

        text.AppendLine();
        text.AppendLine("Budget:");
        foreach (var line in Budget(sizes, document))
        {
            text.AppendLine(line);
        }

        return text.ToString();
    }

    private static IEnumerable<string> Budget(IReadOnlyList<SizeResult> sizes, DocumentResult? document)
    {
        if (sizes.Count == 0)
        {
            yield break;
        }

        var atBudgetSize = sizes.OrderBy(s => Math.Abs(s.Lines - BudgetSize)).First();
        yield return Line(atBudgetSize.OursOverCompile <= 0.03, $"adds at most 3 % to the compiler's time at {atBudgetSize.Lines:N0} lines: {Percent(atBudgetSize.OursOverCompile)}");

        var smallest = sizes.MinBy(s => s.Lines)!;
        var largest = sizes.MaxBy(s => s.Lines)!;
        var growth = largest.OursPerThousandLines / smallest.OursPerThousandLines;
        yield return Line(growth <= 1.2, $"linear: per 1k lines at {largest.Lines:N0} is {growth:N2}x that at {smallest.Lines:N0} (at most 1.2x)");

        var worstShare = sizes
            .Select(s => (Size: s, Rule: s.PerRule[0], Share: s.PerRule[0].Time / s.Ours))
            .MaxBy(entry => entry.Share);
        yield return Line(worstShare.Share <= 1.0 / 3, $"no rule over a third of the package: largest share {worstShare.Rule.Rules} {Percent(worstShare.Share)} at {worstShare.Size.Lines:N0} lines");

        if (document is not null)
        {
            yield return Line(document.Ours < TimeSpan.FromMilliseconds(10), $"single document under 10 ms: {Ms(document.Ours)}");
        }

        var withNet = sizes.Where(s => s.OursOverNetAnalyzers is not null).ToList();
        if (withNet.Count > 0)
        {
            var worst = withNet.MaxBy(s => s.OursOverNetAnalyzers!.Value)!;
            yield return Line(worst.OursOverNetAnalyzers < 0.1, $"under a tenth of NetAnalyzers-all: at most {Percent(worst.OursOverNetAnalyzers!.Value)} (at {worst.Lines:N0} lines)");
        }
    }

    private static string Line(bool met, string text) => $"- {(met ? "met" : "MISSED")}: {text}";

    private static string Ms(TimeSpan time)
        => time.TotalMilliseconds >= 100
            ? string.Create(CultureInfo.InvariantCulture, $"{time.TotalMilliseconds:N0} ms")
            : string.Create(CultureInfo.InvariantCulture, $"{time.TotalMilliseconds:N1} ms");

    private static string Percent(double ratio) => string.Create(CultureInfo.InvariantCulture, $"{ratio * 100:N1} %");
}
