using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace NhsCodeAnalyzers.Tests.Robustness
{
    /// <summary>One source file of a corpus case: a path (which decides, e.g., whether it counts as generated) and its text.</summary>
    public sealed record SourceFile(string Path, string Text);

    /// <summary>A diagnostic the case's origin says it has: a markup span of a rule test, or a rule page's non-compliant example (no span).</summary>
    public sealed record ExpectedDiagnostic(string Id, string Path, Microsoft.CodeAnalysis.Text.TextSpan? Span);

    /// <summary>
    /// One compilable unit of the robustness corpus: a test's source (with the options and reference set that test
    /// used), a rule page's example, or the sample application.
    /// </summary>
    /// <param name="Name">Where it comes from, e.g. <c>NHS1001PlainTextIdentifierStorageTests.cs:120</c>, for failure messages.</param>
    /// <param name="ReferenceSet">A name <see cref="CorpusReferences"/> resolves, e.g. <c>Net100WithPackages</c>.</param>
    /// <param name="OutputKind">A program with top-level statements is an executable; everything else a library.</param>
    public sealed record CorpusCase(string Name, ImmutableArray<SourceFile> Files, ImmutableDictionary<string, string> Options, string ReferenceSet, OutputKind OutputKind)
    {
        /// <summary>The language version the rule tests compile with; the language-shape tests raise it to preview.</summary>
        public LanguageVersion LanguageVersion { get; init; } = LanguageVersion.Latest;

        public CSharpParseOptions ParseOptions => new(LanguageVersion);

        /// <summary>What the case's test or page expects to be reported: its positive findings.</summary>
        public ImmutableArray<ExpectedDiagnostic> Expected { get; init; } = ImmutableArray<ExpectedDiagnostic>.Empty;

        public static CorpusCase Create(string name, IEnumerable<SourceFile> files, IReadOnlyDictionary<string, string>? options = null, string referenceSet = CorpusReferences.Default)
        {
            var fileArray = files.ToImmutableArray();
            var outputKind = fileArray.Any(f => HasTopLevelStatements(f.Text)) ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary;
            return new CorpusCase(name, fileArray, (options ?? new Dictionary<string, string>()).ToImmutableDictionary(), referenceSet, outputKind);
        }

        /// <summary>The same case (options, references, output kind) with other file contents: a broken variant.</summary>
        public CorpusCase WithFiles(ImmutableArray<SourceFile> files) => this with { Files = files };

        public override string ToString() => Name;

        private static bool HasTopLevelStatements(string text)
            => CSharpSyntaxTree.ParseText(text, new CSharpParseOptions(LanguageVersion.Preview)).GetCompilationUnitRoot().Members.Any(m => m is GlobalStatementSyntax);
    }
}
