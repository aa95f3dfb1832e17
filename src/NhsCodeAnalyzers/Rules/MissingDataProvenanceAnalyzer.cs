using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using NhsCodeAnalyzers.Descriptors;
using NhsCodeAnalyzers.Rules.Transparency;
using NhsCodeAnalyzers.Shared.Identifiers;

namespace NhsCodeAnalyzers.Rules
{
    /// <summary>
    /// NHS4001: a class, struct or record that declares a patient identifier (an instance field or property,
    /// including a record's positional property), or an ML.NET input type (an instance member with
    /// <c>[LoadColumn]</c> or <c>[ColumnName]</c>), without <c>[DataProvenance]</c> on itself or a base type.
    /// Reported once per type, on the name in its first declaration (file path, then position).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class MissingDataProvenanceAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(RuleDescriptors.MissingDataProvenance);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            // Generated code is analysed: scaffolded entities and generated messages hold patient data just the
            // same, and [DataProvenance] on the team's own part of a partial type covers the generated part.
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
            context.RegisterCompilationStartAction(static context =>
            {
                var identifiers = new PatientIdentifiers(context.Options.AnalyzerConfigOptionsProvider);
                var columns = MlNetColumns.Resolve(context.Compilation);
                context.RegisterSymbolAction(context => AnalyzeType(context, identifiers, columns), SymbolKind.NamedType);
            });
        }

        private static void AnalyzeType(SymbolAnalysisContext context, PatientIdentifiers identifiers, MlNetColumns columns)
        {
            var type = (INamedTypeSymbol)context.Symbol;
            if (type.TypeKind is not (TypeKind.Class or TypeKind.Struct) || type.IsStatic || type.IsImplicitlyDeclared || type.IsAnonymousType)
            {
                return;
            }

            if (!HoldsPatientData(type, identifiers, columns) || TransparencyAttributes.HasDataProvenance(type))
            {
                return;
            }

            var location = FirstDeclaration(type);
            if (location is not null)
            {
                context.ReportDiagnostic(Diagnostic.Create(RuleDescriptors.MissingDataProvenance, location, type.Name));
            }
        }

        /// <summary>True when the type itself declares an instance identifier member or an ML.NET input column (inherited members do not count).</summary>
        private static bool HoldsPatientData(INamedTypeSymbol type, PatientIdentifiers identifiers, MlNetColumns columns)
        {
            foreach (var member in type.GetMembers())
            {
                if (member.IsStatic || member.IsImplicitlyDeclared || member is not (IFieldSymbol or IPropertySymbol { IsIndexer: false }))
                {
                    continue;
                }

                if (identifiers.MayBeIdentifier(member) && identifiers.IsIdentifier(member))
                {
                    return true;
                }

                if (columns.IsInputColumn(member))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The name of the first declaration in source order, so a partial type is reported once and always at the same place.</summary>
        private static Location? FirstDeclaration(INamedTypeSymbol type)
            => type.Locations
                .Where(static l => l.IsInSource && l.SourceTree is not null)
                .OrderBy(static l => l.SourceTree!.FilePath, StringComparer.Ordinal)
                .ThenBy(static l => l.SourceSpan.Start)
                .FirstOrDefault();
    }
}
