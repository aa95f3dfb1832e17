using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace NhsCodeAnalyzers.Descriptors
{
    /// <summary>
    /// Every rule's metadata, in one place. Titles say what is wrong; messages name the symbol and the fix;
    /// descriptions say why it matters for patients. Pages under <c>rules/</c> must agree (meta-tests check).
    /// </summary>
    internal static class RuleDescriptors
    {
        public static readonly DiagnosticDescriptor InvalidConfiguration = RuleDescriptorFactory.Create(
            RuleIds.InvalidConfiguration,
            title: "Invalid NhsCodeAnalyzers configuration",
            messageFormat: "'{0}' cannot be used: {1}; fix the value in .editorconfig or .globalconfig so the rules it tunes protect patient data as intended",
            category: RuleCategories.Configuration,
            defaultSeverity: DiagnosticSeverity.Warning,
            description: "An nhs_code_analyzers option that cannot be used would silently change what the rules check. The key is named so it can be corrected.",
            principles: new[] { "9" },
            compilationEnd: true);

        public static readonly DiagnosticDescriptor ProprietarySerializer = RuleDescriptorFactory.Create(
            RuleIds.ProprietarySerializer,
            title: "Serializer that is not an open standard",
            messageFormat: "'{0}' writes a proprietary, .NET-only format that other health systems cannot read and that can run code when it reads untrusted data; use System.Text.Json or another open format",
            category: RuleCategories.OpenStandards,
            defaultSeverity: DiagnosticSeverity.Warning,
            description: "Patient data saved with BinaryFormatter, SoapFormatter, NetDataContractSerializer, LosFormatter or ObjectStateFormatter cannot be exchanged with other care systems, and deserialising it is a known remote-code-execution risk. Use an open, documented format such as JSON (System.Text.Json) or FHIR.",
            principles: new[] { "5", "9" },
            cwe: 502);

        public static ImmutableArray<DiagnosticDescriptor> All { get; } = ImmutableArray.Create(
            InvalidConfiguration,
            ProprietarySerializer);
    }
}
