using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using NhsCodeAnalyzers.Descriptors;
using NhsCodeAnalyzers.Shared;
using NhsCodeAnalyzers.Shared.Identifiers;
using NhsCodeAnalyzers.Shared.Persistence;

namespace NhsCodeAnalyzers.Rules
{
    /// <summary>
    /// NHS1001: a patient-identifier field or property of a stored type, held as a plain value and not
    /// protected. Reported by a symbol action, so it appears live in the entity's own file; what makes a type
    /// stored is gathered once per compilation from declarations (see <see cref="PersistenceModel"/>).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class PlainTextIdentifierStorageAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(RuleDescriptors.PlainTextIdentifierStorage);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            // Generated entities (scaffolded models, source generators) store patient data just the same.
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
            context.RegisterCompilationStartAction(static context =>
            {
                var identifiers = new PatientIdentifiers(context.Options.AnalyzerConfigOptionsProvider);
                var stored = new StoredTypes(context.Compilation, PersistenceTypes.Resolve(context.Compilation), context.CancellationToken);
                context.RegisterSymbolAction(context => Analyze(context, identifiers, stored), SymbolKind.Property, SymbolKind.Field);
            });
        }

        private static void Analyze(SymbolAnalysisContext context, PatientIdentifiers identifiers, StoredTypes stored)
        {
            var member = context.Symbol;
            var location = member.Locations.FirstOrDefault();
            if (location is null || !location.IsInSource || !identifiers.MayBeIdentifier(member) || PartialMembers.IsPartialImplementation(member))
            {
                return;
            }

            if (!IsStorableMember(member, out var type) || !PlainValues.IsPlainValue(type) || !identifiers.IsIdentifier(member))
            {
                return;
            }

            var options = context.Options.AnalyzerConfigOptionsProvider.GetOptions(location.SourceTree!);
            if (!stored.IsStored(member.ContainingType, options) || IsProtected(member, stored))
            {
                return;
            }

            context.ReportDiagnostic(Diagnostic.Create(RuleDescriptors.PlainTextIdentifierStorage, location, $"{member.ContainingType.Name}.{member.Name}"));
        }

        /// <summary>Instance data members that hold a value: not const, static, abstract, interface, or a re-declared override.</summary>
        private static bool IsStorableMember(ISymbol member, out ITypeSymbol type)
        {
            type = null!;
            if (member.IsStatic || member.IsAbstract || member.IsImplicitlyDeclared || member.ContainingType.TypeKind == TypeKind.Interface)
            {
                return false;
            }

            switch (member)
            {
                case IFieldSymbol { IsConst: false } field:
                    type = field.Type;
                    return true;
                case IPropertySymbol { IsIndexer: false } property when property.OverriddenProperty is null or { IsAbstract: true }:
                    type = property.Type;
                    return true;
                default:
                    return false;
            }
        }

        private static bool IsProtected(ISymbol member, StoredTypes stored)
        {
            if (AnnotationNames.HasAttribute(member, AnnotationNames.EncryptedAtRest) || AnnotationNames.HasAttribute(member, AnnotationNames.ProtectedPersonalData))
            {
                return true;
            }

            if (member is IPropertySymbol property && PatientIdentifiers.RecordParameterOf(property) is { } parameter &&
                (AnnotationNames.HasAttribute(parameter, AnnotationNames.EncryptedAtRest) || AnnotationNames.HasAttribute(parameter, AnnotationNames.ProtectedPersonalData)))
            {
                return true;
            }

            // An encrypting type (listed in encrypted_types, or carrying [EncryptedAtRest]) is never a plain value,
            // so IsPlainValue has already let such members through.
            return stored.Model.IsConverted(member.ContainingType, member.Name);
        }
    }
}
