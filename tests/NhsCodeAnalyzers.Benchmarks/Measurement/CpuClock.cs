using System.Diagnostics;

namespace NhsCodeAnalyzers.Benchmarks.Measurement;

/// <summary>
/// Elapsed and CPU time of one measured step. Compilation and analysis run on one thread with tiered JIT off and a
/// non-concurrent GC, so the process's CPU time is the work done, whatever else the machine is running.
/// </summary>
internal readonly struct CpuClock
{
    private readonly Stopwatch _elapsed;
    private readonly TimeSpan _cpuAtStart;

    private CpuClock(Stopwatch elapsed, TimeSpan cpuAtStart)
    {
        _elapsed = elapsed;
        _cpuAtStart = cpuAtStart;
    }

    public static CpuClock Start() => new(Stopwatch.StartNew(), Process.GetCurrentProcess().TotalProcessorTime);

    public (TimeSpan Cpu, double CpuShare) Stop()
    {
        _elapsed.Stop();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - _cpuAtStart;
        var share = _elapsed.Elapsed > TimeSpan.Zero ? Math.Min(1.0, cpu / _elapsed.Elapsed) : 1.0;
        return (cpu, share);
    }
}
