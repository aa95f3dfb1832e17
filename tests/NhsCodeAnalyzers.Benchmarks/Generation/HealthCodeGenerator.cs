using NhsCodeAnalyzers.Benchmarks.Generation.Templates;

namespace NhsCodeAnalyzers.Benchmarks.Generation;

/// <summary>One generated source file.</summary>
internal sealed record GeneratedFile(string Path, string Text, int Lines);

/// <summary>A generated code base: its files, how many violations were planted and the diagnostics they should produce.</summary>
internal sealed record GeneratedCodeBase(IReadOnlyList<GeneratedFile> Files, int Lines, int Planted, IReadOnlyDictionary<string, int> ExpectedByRule)
{
    public int Expected => ExpectedByRule.Values.Sum();
}

/// <summary>
/// Generates health-tech C# in the proportions of a real service — per clinical module: EF Core entities and
/// records, a DbContext with configurations and column encryption, an application service with logging and
/// LINQ, FHIR mapping, HTTP clients with TLS and pseudonymisation, and reporting with an ML.NET model and an
/// LLM client — until the requested number of lines is reached. Deterministic for a seed.
/// </summary>
internal static class HealthCodeGenerator
{
    private delegate void Template(ModuleContext module, SourceWriter writer, ViolationPlanner planner);

    private static readonly (string Folder, string Suffix, Template Write)[] Templates =
    {
        ("Domain", "Domain", DomainTemplate.Write),
        ("Data", "Data", DataTemplate.Write),
        ("Services", "Service", ServiceTemplate.Write),
        ("Fhir", "FhirMapper", FhirTemplate.Write),
        ("Integration", "Integration", IntegrationTemplate.Write),
        ("Reporting", "Reporting", ReportingTemplate.Write),
    };

    public static GeneratedCodeBase Generate(int targetLines, int seed = 20261129)
    {
        var planner = new ViolationPlanner();
        var files = new List<GeneratedFile>();
        var lines = 0;
        for (var index = 0; lines < targetLines; index++)
        {
            var module = new ModuleContext(index, seed);
            foreach (var (folder, suffix, write) in Templates)
            {
                var writer = new SourceWriter();
                planner.StartFile(writer, lines);
                write(module, writer, planner);
                files.Add(new GeneratedFile($"{module.Topic}{index}/{folder}/{module.Topic}{suffix}.cs", writer.ToString(), writer.Lines));
                lines += writer.Lines;
            }
        }

        return new GeneratedCodeBase(files, lines, planner.Total, new Dictionary<string, int>(planner.ExpectedByRule, StringComparer.Ordinal));
    }
}
