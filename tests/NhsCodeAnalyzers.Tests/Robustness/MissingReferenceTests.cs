using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using NhsCodeAnalyzers.Tests.Verifiers;
using Xunit.Abstractions;

namespace NhsCodeAnalyzers.Tests.Robustness
{
    /// <summary>
    /// Missing references: every corpus case that uses a package (EF Core, Microsoft.Extensions.*, Serilog, NLog,
    /// FHIR, MongoDB, Cosmos DB, ML.NET, OpenAI, the annotations, ASP.NET Core) compiled again with the .NET
    /// framework alone, so those types are error types everywhere. No analyzer throws, and nothing is reported
    /// that is not also reported with the references: error types give no false positives. (A case that names no
    /// package compiles the same either way, so it is analysed once, with the references, for exceptions.)
    /// </summary>
    public sealed class MissingReferenceTests
    {
        private static readonly string[] PackageNamespaces =
        {
            "Microsoft.EntityFrameworkCore", "DbContext", "Microsoft.Extensions", "ILogger", "Serilog", "NLog", "Hl7.Fhir", "MongoDB",
            "Microsoft.Azure.Cosmos", "Microsoft.ML", "OpenAI", "NhsCodeAnalyzers.Annotations", "Microsoft.AspNetCore",
        };

        private readonly ITestOutputHelper _output;

        public MissingReferenceTests(ITestOutputHelper output)
        {
            _output = output;
        }

        public static bool UsesPackages(CorpusCase corpusCase)
            => corpusCase.ReferenceSet != nameof(ReferenceSets.Net472) && corpusCase.ReferenceSet != nameof(ReferenceSets.NetStandard20) && corpusCase.ReferenceSet != nameof(ReferenceSets.Net100)
                && corpusCase.Files.Any(file => PackageNamespaces.Any(name => file.Text.Contains(name, StringComparison.Ordinal)));

        [Fact]
        public async Task Without_package_references_no_analyzer_throws_and_nothing_new_is_reported()
        {
            var report = await ParallelChecks.RunAsync(RobustnessCorpus.Cases, c => c.Name, async (corpusCase, counters) =>
            {
                var problems = new List<string>();
                var full = await CaseAnalysis.RunAsync(corpusCase);
                problems.AddRange(full.Exceptions.Select(e => "with the references: " + e));
                if (!UsesPackages(corpusCase))
                {
                    return problems;
                }

                counters.Add("cases compiled without packages");
                var bare = await CaseAnalysis.RunAsync(corpusCase, referenceSet: nameof(ReferenceSets.Net100));
                problems.AddRange(bare.Exceptions.Select(e => "without the package references: " + e));
                var reported = full.Diagnostics.Select(Place).ToHashSet();
                var extra = bare.Diagnostics.Where(d => !reported.Contains(Place(d))).ToList();
                counters.Add("diagnostics with references", full.Diagnostics.Length);
                counters.Add("diagnostics without", bare.Diagnostics.Length);
                problems.AddRange(extra.Select(d => "reported only without the package references (a false positive from an error type): " + CaseAnalysis.Describe(d)));
                return problems;
            });

            _output.WriteLine("Corpus with and without package references: " + report.Summary);
            Assert.True(report.Failed == 0, report.FailureMessage);
        }

        private static (string Id, string? Path, int Start, int End) Place(Diagnostic diagnostic)
            => (diagnostic.Id, diagnostic.Location.SourceTree?.FilePath, diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.End);
    }
}
