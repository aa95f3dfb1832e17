namespace NhsCodeAnalyzers.Benchmarks;

/// <summary>Command-line options; see <see cref="Usage"/>.</summary>
internal sealed record BenchmarkOptions(
    IReadOnlyList<int> Sizes,
    int Iterations,
    int Warmup,
    bool NetAnalyzers,
    bool CheckOnly,
    string? Output,
    IReadOnlyList<string> Rules,
    bool DocumentOnly)
{
    public const string Usage = """
        NhsCodeAnalyzers benchmark
          --sizes 10000,100000,500000   lines of generated code per compilation
          --iterations 3                measured iterations per size (medians are reported)
          --warmup 1                    unmeasured iterations per size
          --no-netanalyzers             skip the NetAnalyzers reference runs
          --check                       only generate, compile and check the planted violations are found
          --output <file.md>            also write the result tables to a file
          --rules NHS3003,NHS1002       measure only the analyzers reporting these rules (to study one rule)
          --document-only               measure only the single-document path (to study it under a profiler)
        """;

    public static BenchmarkOptions Parse(string[] args)
    {
        var options = new BenchmarkOptions(new[] { 10_000, 100_000, 500_000 }, 3, 1, true, false, null, Array.Empty<string>(), false);
        for (var i = 0; i < args.Length; i++)
        {
            options = args[i] switch
            {
                "--sizes" => options with { Sizes = args[++i].Split(',').Select(int.Parse).ToList() },
                "--iterations" => options with { Iterations = Math.Max(1, int.Parse(args[++i])) },
                "--warmup" => options with { Warmup = Math.Max(0, int.Parse(args[++i])) },
                "--no-netanalyzers" => options with { NetAnalyzers = false },
                "--check" => options with { CheckOnly = true },
                "--document-only" => options with { DocumentOnly = true },
                "--output" => options with { Output = args[++i] },
                "--rules" => options with { Rules = args[++i].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) },
                _ => throw new ArgumentException($"Unknown argument '{args[i]}'.\n{Usage}"),
            };
        }

        return options;
    }
}
