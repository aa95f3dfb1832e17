using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace NhsCodeAnalyzers.Tests.Robustness
{
    /// <summary>
    /// Runs one check over many inputs (corpus cases, broken variants) in parallel and gathers every failure with
    /// the input that caused it, so one run reports all problems rather than the first, each with what is needed to
    /// rebuild it.
    /// </summary>
    public static class ParallelChecks
    {
        public sealed record Report(int Checked, int Failed, TimeSpan Elapsed, IReadOnlyList<string> Failures, IReadOnlyDictionary<string, int> Counters)
        {
            public string Summary => $"{Checked} checked, {Failed} failed, {Elapsed.TotalSeconds:F0} s" +
                (Counters.Count == 0 ? string.Empty : "; " + string.Join(", ", Counters.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key}: {c.Value}")));

            /// <summary>The summary and the first failures in full (a failing run may have thousands).</summary>
            public string FailureMessage => Summary + Environment.NewLine + string.Join(Environment.NewLine + Environment.NewLine, Failures.Take(10));
        }

        /// <summary>Counts things a check saw (diagnostics, fixes applied), for the report.</summary>
        public sealed class Counters
        {
            private readonly ConcurrentDictionary<string, int> _counts = new(StringComparer.Ordinal);

            public void Add(string name, int count = 1) => _counts.AddOrUpdate(name, count, (_, n) => n + count);

            /// <summary>Runs a step and adds its time to the counter "ms {name}": where a check spends its time.</summary>
            public async Task<T> TimeAsync<T>(string name, Func<Task<T>> step)
            {
                var stopwatch = Stopwatch.StartNew();
                try
                {
                    return await step().ConfigureAwait(false);
                }
                finally
                {
                    Add("ms " + name, (int)stopwatch.ElapsedMilliseconds);
                }
            }

            public IReadOnlyDictionary<string, int> Snapshot() => new Dictionary<string, int>(_counts, StringComparer.Ordinal);
        }

        /// <param name="describe">Names an input in a failure message.</param>
        /// <param name="check">Returns the problems found on one input (empty when it held).</param>
        public static async Task<Report> RunAsync<T>(IEnumerable<T> inputs, Func<T, string> describe, Func<T, Counters, Task<IReadOnlyList<string>>> check)
        {
            var failures = new ConcurrentBag<(int Order, string Text)>();
            var counters = new Counters();
            var count = 0;
            var stopwatch = Stopwatch.StartNew();
            await Parallel.ForEachAsync(inputs.Select((input, order) => (input, order)), new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, async (item, _) =>
            {
                IReadOnlyList<string> problems;
                try
                {
                    problems = await check(item.input, counters).ConfigureAwait(false);
                }
                catch (Exception exception)
                {
                    problems = new[] { exception.ToString() };
                }

                Interlocked.Increment(ref count);
                if (problems.Count > 0)
                {
                    failures.Add((item.order, describe(item.input) + Environment.NewLine + string.Join(Environment.NewLine, problems)));
                }
            }).ConfigureAwait(false);

            var ordered = failures.OrderBy(f => f.Order).Select(f => f.Text).ToList();
            return new Report(count, ordered.Count, stopwatch.Elapsed, ordered, counters.Snapshot());
        }

        /// <summary>Broken variants <c>0..count-1</c> (or the given indices) of the corpus under one seed.</summary>
        public static Task<Report> RunVariantsAsync(IEnumerable<int> indices, int seed, Func<BrokenVariant, Counters, Task<IReadOnlyList<string>>> check)
        {
            var corpus = RobustnessCorpus.Cases;
            return RunAsync(
                indices.Select(index => BrokenVariants.Create(seed, index, corpus)),
                variant => variant.Describe(seed),
                async (variant, counters) =>
                {
                    counters.Add(variant.Mutation);
                    return await check(variant, counters).ConfigureAwait(false);
                });
        }
    }
}
