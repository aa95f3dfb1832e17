using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using NhsCodeAnalyzers.Descriptors;
using NhsCodeAnalyzers.Rules.SensitiveDataLogging;

namespace NhsCodeAnalyzers.Rules
{
    /// <summary>
    /// NHS2005: EF Core's <c>EnableSensitiveDataLogging()</c> (no argument, <c>true</c>, or a value that is not
    /// an <c>IsDevelopment()</c> check) outside a development guard — in <c>OnConfiguring</c>, an
    /// <c>AddDbContext(o =&gt; ...)</c> lambda or anywhere else. Test projects are not analysed.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class SensitiveDataLoggingAnalyzer : DiagnosticAnalyzer
    {
        /// <summary>Arguments longer than this are shown as <c>(...)</c> in the message.</summary>
        private const int MaxArgumentDisplayLength = 40;

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(RuleDescriptors.SensitiveDataLogging);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            // Generated code is skipped: EF Core's scaffolded DbContext is not marked generated (it is meant to
            // be edited) and is analysed; anything a generator writes is the generator's concern.
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(static context =>
            {
                if (DevelopmentGuards.IsTestProject(context.Compilation) || DevelopmentGuards.Create(context.Compilation) is not { } guards)
                {
                    return;
                }

                context.RegisterOperationAction(context => Analyze(context, guards), OperationKind.Invocation);
            });
        }

        private static void Analyze(OperationAnalysisContext context, DevelopmentGuards guards)
        {
            var invocation = (IInvocationOperation)context.Operation;
            if (invocation.TargetMethod.Name != DevelopmentGuards.EnableMethodName ||
                !guards.TurnsOnSensitiveDataLogging(invocation) ||
                guards.IsGuarded(invocation, context.ContainingSymbol))
            {
                return;
            }

            context.ReportDiagnostic(Diagnostic.Create(RuleDescriptors.SensitiveDataLogging, invocation.Syntax.GetLocation(), Display(invocation.Syntax)));
        }

        /// <summary>The call as written, short: <c>optionsBuilder.EnableSensitiveDataLogging()</c>; a long receiver chain is left out.</summary>
        private static string Display(SyntaxNode syntax)
        {
            if (syntax is not InvocationExpressionSyntax invocation)
            {
                return DevelopmentGuards.EnableMethodName + "()";
            }

            var arguments = invocation.ArgumentList.ToString();
            if (arguments.Length > MaxArgumentDisplayLength || arguments.Contains("\n"))
            {
                arguments = "(...)";
            }

            var receiver = invocation.Expression is MemberAccessExpressionSyntax { Expression: var expression } && IsSimpleReceiver(expression)
                ? expression + "."
                : string.Empty;
            return receiver + DevelopmentGuards.EnableMethodName + arguments;
        }

        private static bool IsSimpleReceiver(ExpressionSyntax expression) => expression switch
        {
            IdentifierNameSyntax or ThisExpressionSyntax or BaseExpressionSyntax => true,
            MemberAccessExpressionSyntax access => IsSimpleReceiver(access.Expression),
            _ => false,
        };
    }
}
