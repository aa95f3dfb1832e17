using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace NhsCodeAnalyzers.Tests.Robustness
{
    /// <summary>
    /// Judges the solution a fix produced. It must compile no worse: no compiler error it did not have before
    /// (counted by error ID, so an error that moved is fine and a new one is not). And the fixed diagnostic must be
    /// gone: fewer diagnostics with its ID, message and squiggled text than before (an edit moves positions, so the
    /// diagnostic is recognised by what it says about which text, not by offset). Fix All may leave a diagnostic
    /// only when its own provider no longer offers that fix on it (fixing it too would not compile, as NHS1004
    /// decides). Identical results are judged once: Fix All in document, project and solution scope of a one-file
    /// case give the same text.
    /// </summary>
    public sealed class FixOutcomeCheck
    {
        private readonly Solution _before;
        private readonly ImmutableDictionary<string, int> _errorsBefore;
        private readonly ImmutableArray<DiagnosticAnalyzer> _analyzers;
        private readonly Dictionary<Signature, int> _countsBefore;
        private readonly ConcurrentDictionary<string, IReadOnlyList<string>> _judged = new(StringComparer.Ordinal);

        private FixOutcomeCheck(Solution before, ImmutableDictionary<string, int> errorsBefore, ImmutableArray<DiagnosticAnalyzer> analyzers, ImmutableArray<Diagnostic> diagnosticsBefore)
        {
            _before = before;
            _errorsBefore = errorsBefore;
            _analyzers = analyzers;
            _countsBefore = Count(diagnosticsBefore);
        }

        public static async Task<FixOutcomeCheck> CreateAsync(Project project, ImmutableArray<DiagnosticAnalyzer> analyzers, ImmutableArray<Diagnostic> diagnosticsBefore)
            => new FixOutcomeCheck(project.Solution, await FixWorkspace.ErrorCountsAsync(project).ConfigureAwait(false), analyzers, diagnosticsBefore);

        /// <param name="fixAll">The provider and equivalence key of a Fix All; null for a single fix.</param>
        /// <returns>What is wrong with the result; empty when it is a good fix.</returns>
        public async Task<IReadOnlyList<string>> JudgeAsync(Solution after, IReadOnlyCollection<Diagnostic> fixedDiagnostics, (CodeFixProvider Provider, string Key)? fixAll = null)
        {
            var changedDocuments = after.GetChanges(_before).GetProjectChanges().SelectMany(p => p.GetChangedDocuments()).OrderBy(id => id.Id).ToList();
            if (changedDocuments.Count == 0)
            {
                // Roslyn's Fix All leaves generated files alone by design; a single fix there is still offered and checked.
                return fixAll is not null && fixedDiagnostics.All(d => GeneratedCodeNames.IsGeneratedFile(d.Location.SourceTree!.FilePath, d.Location.SourceTree.ToString()))
                    ? Array.Empty<string>()
                    : new[] { "the fix changed nothing" };
            }

            var texts = new List<string>();
            foreach (var id in changedDocuments)
            {
                texts.Add((await after.GetDocument(id)!.GetTextAsync().ConfigureAwait(false)).ToString());
            }

            var key = string.Join("\0", texts) + "\0" + string.Join(",", fixedDiagnostics.Select(CaseAnalysis.Describe)) + "\0" + fixAll?.Key;
            if (_judged.TryGetValue(key, out var known))
            {
                return known;
            }

            var problems = new List<string>();
            var project = after.Projects.Single();
            var errorsAfter = await FixWorkspace.ErrorCountsAsync(project).ConfigureAwait(false);
            foreach (var (id, count) in errorsAfter)
            {
                if (count > _errorsBefore.GetValueOrDefault(id))
                {
                    var compilation = (await project.GetCompilationAsync().ConfigureAwait(false))!;
                    var examples = compilation.GetDiagnostics().Where(d => d.Id == id).Take(3).Select(d => d.ToString());
                    problems.Add($"new compiler error {id} ({_errorsBefore.GetValueOrDefault(id)} before, {count} after): {string.Join(" | ", examples)}");
                }
            }

            var remaining = await FixWorkspace.DiagnosticsAsync(project, _analyzers).ConfigureAwait(false);
            var countsAfter = Count(remaining);
            foreach (var group in fixedDiagnostics.GroupBy(Signature.Of))
            {
                var left = countsAfter.GetValueOrDefault(group.Key);
                if (left <= _countsBefore.GetValueOrDefault(group.Key) - group.Count())
                {
                    continue;
                }

                if (fixAll is not { } batch)
                {
                    problems.Add($"{CaseAnalysis.Describe(group.First())} is still reported after the fix");
                    continue;
                }

                foreach (var still in remaining.Where(d => Signature.Of(d) == group.Key))
                {
                    var document = after.GetDocument(still.Location.SourceTree)!;
                    var offered = await FixWorkspace.OfferedActionsAsync(document, still, batch.Provider).ConfigureAwait(false);
                    if (offered.Any(action => action.EquivalenceKey == batch.Key))
                    {
                        problems.Add($"{CaseAnalysis.Describe(still)} is left by Fix All although its fix ({batch.Key}) is still offered on it");
                    }
                }
            }

            if (problems.Count > 0)
            {
                problems.Add("fixed text:" + Environment.NewLine + string.Join(Environment.NewLine + "----" + Environment.NewLine, texts));
            }

            _judged[key] = problems;
            return problems;
        }

        private static Dictionary<Signature, int> Count(IEnumerable<Diagnostic> diagnostics)
            => diagnostics.GroupBy(Signature.Of).ToDictionary(g => g.Key, g => g.Count());

        /// <summary>A diagnostic without its position: rule, message, file and the text it squiggles.</summary>
        private readonly record struct Signature(string Id, string Message, string? Path, string Text)
        {
            public static Signature Of(Diagnostic diagnostic)
            {
                var tree = diagnostic.Location.SourceTree;
                var text = tree is null ? string.Empty : tree.GetText().ToString(diagnostic.Location.SourceSpan);
                return new Signature(diagnostic.Id, diagnostic.GetMessage(), tree?.FilePath, text);
            }
        }
    }
}
