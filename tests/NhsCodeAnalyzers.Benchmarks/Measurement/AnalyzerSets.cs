using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using NhsCodeAnalyzers.Rules;

namespace NhsCodeAnalyzers.Benchmarks.Measurement;

/// <summary>The analyzer sets measured: ours, and the SDK's NetAnalyzers with every rule enabled.</summary>
internal static class AnalyzerSets
{
    public static ImmutableArray<DiagnosticAnalyzer> NhsCodeAnalyzers { get; } = typeof(ProprietarySerializerAnalyzer).Assembly.GetTypes()
        .Where(type => typeof(DiagnosticAnalyzer).IsAssignableFrom(type) && !type.IsAbstract)
        .OrderBy(type => type.FullName, StringComparer.Ordinal)
        .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!)
        .ToImmutableArray();

    /// <summary>The C# analyzers of the Microsoft.CodeAnalysis.NetAnalyzers package, loaded from the copy beside this program.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> LoadNetAnalyzers()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "netanalyzers");
        var loader = new DirectAssemblyLoader();
        return Directory.EnumerateFiles(folder, "*.dll")
            .OrderBy(path => path, StringComparer.Ordinal)
            .SelectMany(path => new AnalyzerFileReference(path, loader).GetAnalyzers(LanguageNames.CSharp))
            .ToImmutableArray();
    }

    /// <summary>Compilation options that turn every rule of <paramref name="analyzers"/> on as a warning ("AnalysisMode = All").</summary>
    public static ImmutableDictionary<string, ReportDiagnostic> EnableAll(ImmutableArray<DiagnosticAnalyzer> analyzers)
        => analyzers
            .SelectMany(analyzer => analyzer.SupportedDiagnostics)
            .Select(descriptor => descriptor.Id)
            .Distinct(StringComparer.Ordinal)
            .ToImmutableDictionary(id => id, _ => ReportDiagnostic.Warn);

    /// <summary>The rule IDs an analyzer reports, for naming it in the results.</summary>
    public static string RuleIds(DiagnosticAnalyzer analyzer)
    {
        var ids = analyzer.SupportedDiagnostics.Select(d => d.Id).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var rules = ids.Count > 1 ? ids.Where(id => id != "NHS0001").ToList() : ids; // NHS0001 rides along with rules that read options
        return string.Join("/", rules);
    }

    private sealed class DirectAssemblyLoader : IAnalyzerAssemblyLoader
    {
        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath) => Assembly.LoadFrom(fullPath);
    }
}
