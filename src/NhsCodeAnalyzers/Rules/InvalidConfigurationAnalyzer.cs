using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using NhsCodeAnalyzers.Descriptors;
using NhsCodeAnalyzers.Shared;
using NhsCodeAnalyzers.Shared.Options;

namespace NhsCodeAnalyzers.Rules
{
    /// <summary>NHS0001: an <c>nhs_code_analyzers.*</c> option whose value cannot be used.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class InvalidConfigurationAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(RuleDescriptors.InvalidConfiguration);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);

            // Compilation-end on purpose: the problem lives in configuration, not in any one file, and must be
            // reported once per compilation however many syntax trees share the same .editorconfig section.
            context.RegisterCompilationAction(static context => ReportProblems(context));
        }

        private static void ReportProblems(CompilationAnalysisContext context)
        {
            var provider = context.Options.AnalyzerConfigOptionsProvider;
            var distinctOptions = new HashSet<AnalyzerConfigOptions> { provider.GlobalOptions };
            foreach (var tree in context.Compilation.SyntaxTrees)
            {
                distinctOptions.Add(provider.GetOptions(tree));
            }

            var reported = new HashSet<(string Key, string Problem)>();
            foreach (var options in distinctOptions)
            {
                foreach (var key in options.Keys)
                {
                    if (!NhsOptionKeys.HasPrefix(key) || !options.TryGetValue(key, out var raw))
                    {
                        continue;
                    }

                    foreach (var problem in ProblemsOf(key, raw, context.Compilation))
                    {
                        if (reported.Add((key, problem)))
                        {
                            context.ReportDiagnostic(Diagnostic.Create(RuleDescriptors.InvalidConfiguration, Location.None, key, problem));
                        }
                    }
                }
            }
        }

        private static ImmutableArray<string> ProblemsOf(string key, string raw, Compilation compilation)
        {
            var definition = NhsOptionKeys.Find(key);
            if (definition is null)
            {
                return ImmutableArray.Create("it is not an NhsCodeAnalyzers option (check the spelling against rules/NHS0001.md)");
            }

            return OptionValueParser.Parse(definition, raw, name => !TypeLookup.FindAll(compilation, name).IsEmpty).Problems;
        }
    }
}
