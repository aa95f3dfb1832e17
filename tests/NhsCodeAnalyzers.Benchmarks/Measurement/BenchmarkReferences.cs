using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace NhsCodeAnalyzers.Benchmarks.Measurement;

/// <summary>
/// What the generated code compiles against: the .NET 10 reference assemblies and the real packages this
/// benchmark restores (EF Core, Microsoft.Extensions.Logging and AI, Hl7.Fhir.R4, ML.NET, the annotations).
/// </summary>
internal static class BenchmarkReferences
{
    private static readonly string[] PackagePrefixes =
    {
        "Microsoft.EntityFrameworkCore",
        "Microsoft.Extensions.",
        "Hl7.Fhir.",
        "Fhir.Metrics",
        "Microsoft.ML",
        "System.ClientModel",
        "NhsCodeAnalyzers.Annotations",
    };

    public static ImmutableArray<MetadataReference> All { get; } = Load();

    private static ImmutableArray<MetadataReference> Load()
    {
        var framework = Basic.Reference.Assemblies.Net100.References.All.Cast<MetadataReference>().ToImmutableArray();
        var frameworkNames = new HashSet<string>(
            framework.OfType<PortableExecutableReference>().Select(r => Path.GetFileNameWithoutExtension(r.FilePath ?? r.Display ?? string.Empty)),
            StringComparer.OrdinalIgnoreCase);
        var packages = Directory.EnumerateFiles(AppContext.BaseDirectory, "*.dll")
            .Where(path => PackagePrefixes.Any(prefix => Path.GetFileName(path).StartsWith(prefix, StringComparison.Ordinal)))
            .Where(path => !frameworkNames.Contains(Path.GetFileNameWithoutExtension(path)))
            .Where(IsManagedAssembly)
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path));
        return framework.AddRange(packages);
    }

    private static bool IsManagedAssembly(string path)
    {
        try
        {
            AssemblyName.GetAssemblyName(path);
            return true;
        }
        catch (BadImageFormatException)
        {
            return false; // a native library shipped beside the managed ones (ML.NET's CpuMath)
        }
    }
}
