using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using NhsCodeAnalyzers.Descriptors;

namespace NhsCodeAnalyzers.CodeFixes.Rules
{
    /// <summary>
    /// NHS1004: changes the declared type of a patient number from a numeric type to <c>string</c> (<c>string?</c>
    /// for a nullable one where nullable annotations are on). Offered only where no use needs a number and the
    /// solution still compiles afterwards (see <see cref="PatientNumberTypeChange"/>); when the value flows to or
    /// from other patient-number symbols, they change with it and the title names them.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PatientNumberInNumericTypeCodeFix)), Shared]
    public sealed class PatientNumberInNumericTypeCodeFix : CodeFixProvider
    {
        internal const string Title = "Change type to string";
        internal const string EquivalenceKey = RuleIds.PatientNumberInNumericType + ".ChangeTypeToString";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.PatientNumberInNumericType);

        public override FixAllProvider GetFixAllProvider() => PatientNumberFixAllProvider.Instance;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var planner = new PatientNumberTypeChange(context.Document.Project.Solution, context.CancellationToken);
            foreach (var diagnostic in context.Diagnostics)
            {
                var plan = await planner.PlanAsync(diagnostic).ConfigureAwait(false);
                if (plan is null)
                {
                    continue;
                }

                context.RegisterCodeFix(
                    CodeAction.Create(TitleFor(plan), _ => Task.FromResult(plan.Changed), EquivalenceKey),
                    diagnostic);
            }
        }

        internal static string TitleFor(TypeChangePlan plan)
        {
            if (plan.AlsoChanged.IsEmpty)
            {
                return Title;
            }

            var names = plan.AlsoChanged.Select(n => "'" + n + "'").ToList();
            var list = names.Count == 1 ? names[0] : string.Join(", ", names.Take(names.Count - 1)) + " and " + names[names.Count - 1];
            return Title + " (also " + list + ")";
        }

        /// <summary>Fix All: every diagnostic in scope with its linked symbols, checked to compile together.</summary>
        private sealed class PatientNumberFixAllProvider : FixAllProvider
        {
            public static readonly PatientNumberFixAllProvider Instance = new PatientNumberFixAllProvider();

            public override async Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
            {
                var diagnostics = new List<Diagnostic>();
                switch (fixAllContext.Scope)
                {
                    case FixAllScope.Document when fixAllContext.Document is not null:
                        diagnostics.AddRange(await fixAllContext.GetDocumentDiagnosticsAsync(fixAllContext.Document).ConfigureAwait(false));
                        break;
                    case FixAllScope.Project:
                        diagnostics.AddRange(await fixAllContext.GetAllDiagnosticsAsync(fixAllContext.Project).ConfigureAwait(false));
                        break;
                    case FixAllScope.Solution:
                        foreach (var project in fixAllContext.Solution.Projects)
                        {
                            diagnostics.AddRange(await fixAllContext.GetAllDiagnosticsAsync(project).ConfigureAwait(false));
                        }

                        break;
                    default:
                        return null;
                }

                if (diagnostics.Count == 0)
                {
                    return null;
                }

                var solution = fixAllContext.Solution;
                return CodeAction.Create(
                    Title,
                    cancellationToken => new PatientNumberTypeChange(solution, cancellationToken).FixAllAsync(diagnostics),
                    EquivalenceKey);
            }
        }
    }
}
