using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;

namespace NhsCodeAnalyzers.CodeFixes.Shared
{
    /// <summary>
    /// Lets a fix whose safety depends on how a symbol is used elsewhere (a type change) prove that its result
    /// compiles: the project's compiler errors after the change must be no more than before it.
    /// </summary>
    internal static class CompilationCheck
    {
        public static async Task<bool> KeepsCompilingAsync(Project before, Project after, CancellationToken cancellationToken)
        {
            var original = await before.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
            var changed = await after.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
            if (original is null || changed is null)
            {
                return false;
            }

            return ErrorCount(changed, cancellationToken) <= ErrorCount(original, cancellationToken);
        }

        private static int ErrorCount(Compilation compilation, CancellationToken cancellationToken)
            => compilation.GetDiagnostics(cancellationToken).Count(d => d.Severity == DiagnosticSeverity.Error);
    }
}
