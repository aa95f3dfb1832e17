using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NhsCodeAnalyzers.Benchmarks.Generation;

namespace NhsCodeAnalyzers.Benchmarks.Measurement;

/// <summary>
/// Parses a generated code base once and hands out fresh compilations of it, so every measurement binds
/// from scratch. Compilation and analysis run on one thread: the figures are work done, comparable across
/// machines with different core counts and undisturbed by other processes' use of the other cores.
/// </summary>
internal sealed class CompilationFactory
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private readonly IReadOnlyList<SyntaxTree> _trees;

    public CompilationFactory(GeneratedCodeBase codeBase)
    {
        _trees = codeBase.Files
            .Select(file => CSharpSyntaxTree.ParseText(file.Text, ParseOptions, path: file.Path))
            .ToList();
    }

    public IReadOnlyList<SyntaxTree> Trees => _trees;

    public CSharpCompilation Create(IEnumerable<KeyValuePair<string, ReportDiagnostic>>? diagnosticOptions = null)
    {
        var options = new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                concurrentBuild: false)
            .WithSpecificDiagnosticOptions(diagnosticOptions ?? Array.Empty<KeyValuePair<string, ReportDiagnostic>>());
        return CSharpCompilation.Create("Health.Services", _trees, BenchmarkReferences.All, options);
    }
}
