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

        public static readonly DiagnosticDescriptor PlainTextIdentifierStorage = RuleDescriptorFactory.Create(
            RuleIds.PlainTextIdentifierStorage,
            title: "Patient identifier stored in plain text",
            messageFormat: "'{0}' is stored in plain text, so a copied database or backup exposes every patient it identifies; encrypt it at rest and say how with [EncryptedAtRest]",
            category: RuleCategories.DataProtection,
            defaultSeverity: DiagnosticSeverity.Warning,
            description: "A patient identifier in a persisted type (an EF Core entity, an Identity user, a mapped or document type) is stored as plain text. Anyone with a copy of the database, a backup or a replica can then link every record to a real person. Encrypt the column (a value converter, an encrypting type, Always Encrypted) and state the mechanism with [EncryptedAtRest].",
            principles: new[] { "9" },
            cwe: 312);

        public static readonly DiagnosticDescriptor IdentifierInLog = RuleDescriptorFactory.Create(
            RuleIds.IdentifierInLog,
            title: "Patient identifier written to a log, trace or exception message",
            messageFormat: "'{0}' is written to {1}; logs and traces are copied, kept and read far more widely than the care record, so leave the identifier out or pass it through a [Redactor] method",
            category: RuleCategories.DataProtection,
            defaultSeverity: DiagnosticSeverity.Warning,
            description: "Logs, traces and exception messages travel to log stores, monitoring services and support tickets that are not protected like the care record. A patient identifier written there identifies the patient to everyone who can read them. Log a surrogate key instead, or redact the identifier.",
            principles: new[] { "9" },
            cwe: 532);

        public static readonly DiagnosticDescriptor RealLookingNhsNumber = RuleDescriptorFactory.Create(
            RuleIds.RealLookingNhsNumber,
            title: "Real-looking NHS number in source",
            messageFormat: "'{0}' is a valid NHS number that could belong to a real patient; use a synthetic number from the never-issued 999 range",
            category: RuleCategories.DataProtection,
            defaultSeverity: DiagnosticSeverity.Warning,
            description: "A literal that passes the NHS number check could identify a real patient, and source code is shared, copied and published. Test and example data should use numbers from the ranges that are never issued to patients (beginning 9).",
            principles: new[] { "3" },
            cwe: 359);

        public static readonly DiagnosticDescriptor PatientNumberInNumericType = RuleDescriptorFactory.Create(
            RuleIds.PatientNumberInNumericType,
            title: "Patient number held in a numeric type",
            messageFormat: "'{0}' holds {1} in a numeric type, which drops leading zeros and changes the identifier; hold it as a string, as the national standards do",
            category: RuleCategories.DataProtection,
            defaultSeverity: DiagnosticSeverity.Warning,
            description: "NHS, CHI and H&C numbers are 10-character identifiers, not quantities. In a numeric type a CHI number starting with a zero loses it, and the value no longer matches the patient's record; the national standards (PDS FHIR) define the NHS number as a 10-digit string.",
            principles: new[] { "3", "5" });

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
            PlainTextIdentifierStorage,
            IdentifierInLog,
            RealLookingNhsNumber,
            PatientNumberInNumericType,
            ProprietarySerializer);
    }
}
