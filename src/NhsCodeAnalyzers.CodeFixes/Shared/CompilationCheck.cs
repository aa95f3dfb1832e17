using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;

namespace NhsCodeAnalyzers.CodeFixes.Shared
{
    /// <summary>
    /// Lets a fix whose safety depends on how a symbol is used elsewhere (a type change) prove that its result
    /// compiles: no project it touches, nor any project that depends on one, may gain a compiler error. Errors
    /// are compared by (id, file, line), so a change that removes one error and adds another is still caught;
    /// edits must therefore keep lines where they are (write fully qualified names, clean up afterwards).
    /// One instance per fix computation: it caches each project's errors before the change.
    /// </summary>
    internal sealed class CompilationCheck
    {
        private readonly Solution _before;
        private readonly CancellationToken _cancellationToken;
        private readonly Dictionary<ProjectId, Dictionary<(string Id, string Path, int Line), int>> _errorsBefore = new Dictionary<ProjectId, Dictionary<(string Id, string Path, int Line), int>>();

        public CompilationCheck(Solution before, CancellationToken cancellationToken)
        {
            _before = before;
            _cancellationToken = cancellationToken;
        }

        /// <summary>One-off check of a single changed project (and the projects that depend on it).</summary>
        public static Task<bool> KeepsCompilingAsync(Project before, Project after, CancellationToken cancellationToken)
            => new CompilationCheck(before.Solution, cancellationToken).KeepsCompilingAsync(after.Solution, new[] { after.Id });

        public async Task<bool> KeepsCompilingAsync(Solution after, IEnumerable<ProjectId> changedProjects)
        {
            var projects = new HashSet<ProjectId>(changedProjects);
            var graph = _before.GetProjectDependencyGraph();
            foreach (var project in projects.ToList())
            {
                projects.UnionWith(graph.GetProjectsThatTransitivelyDependOnThisProject(project));
            }

            foreach (var project in projects)
            {
                if (!await HasNoNewErrorsAsync(_before.GetProject(project), after.GetProject(project)).ConfigureAwait(false))
                {
                    return false;
                }
            }

            return true;
        }

        private async Task<bool> HasNoNewErrorsAsync(Project? before, Project? after)
        {
            if (before is null || after is null)
            {
                return false;
            }

            var afterErrors = await ErrorsAsync(after).ConfigureAwait(false);
            if (afterErrors.Count == 0)
            {
                return true;
            }

            if (!_errorsBefore.TryGetValue(before.Id, out var beforeErrors))
            {
                beforeErrors = await ErrorsAsync(before).ConfigureAwait(false);
                _errorsBefore[before.Id] = beforeErrors;
            }

            foreach (var error in afterErrors)
            {
                beforeErrors.TryGetValue(error.Key, out var count);
                if (error.Value > count)
                {
                    return false;
                }
            }

            return true;
        }

        private async Task<Dictionary<(string Id, string Path, int Line), int>> ErrorsAsync(Project project)
        {
            var result = new Dictionary<(string, string, int), int>();
            var compilation = await project.GetCompilationAsync(_cancellationToken).ConfigureAwait(false);
            if (compilation is null)
            {
                return result;
            }

            foreach (var diagnostic in compilation.GetDiagnostics(_cancellationToken))
            {
                if (diagnostic.Severity != DiagnosticSeverity.Error)
                {
                    continue;
                }

                var span = diagnostic.Location.GetLineSpan();
                var key = (diagnostic.Id, span.Path ?? string.Empty, span.StartLinePosition.Line);
                result.TryGetValue(key, out var count);
                result[key] = count + 1;
            }

            return result;
        }
    }
}
