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

        public static readonly DiagnosticDescriptor UnkeyedIdentifierHash = RuleDescriptorFactory.Create(
            RuleIds.UnkeyedIdentifierHash,
            title: "Patient identifier pseudonymised with an unkeyed hash",
            messageFormat: "'{0}' hashes a patient identifier without a secret key; there are few enough NHS numbers to hash them all and reverse it, so use a keyed HMAC with a key from a secret store",
            category: RuleCategories.Security,
            defaultSeverity: DiagnosticSeverity.Warning,
            description: "A plain hash of an NHS number is not a pseudonym: the whole NHS number space can be hashed in minutes, so anyone with the hashes can recover the numbers and re-identify the patients. Pseudonymise with a keyed HMAC (HMACSHA256) whose key is kept apart from the data.",
            principles: new[] { "3", "9" },
            cwe: 759);

        public static readonly DiagnosticDescriptor WeakCryptography = RuleDescriptorFactory.Create(
            RuleIds.WeakCryptography,
            title: "Broken or weak cryptographic algorithm",
            messageFormat: "'{0}' is broken or weak and cannot be trusted to protect patient data; use {1}",
            category: RuleCategories.Security,
            defaultSeverity: DiagnosticSeverity.Warning,
            description: "MD5 and SHA-1 collisions are practical, DES and RC2 keys can be brute-forced, Triple DES is deprecated, and ECB mode reveals patterns in the data it encrypts. Patient data protected with them is not protected. Use SHA-256 or better, AES, and an authenticated or chained mode.",
            principles: new[] { "9" },
            cwe: 327);

        public static readonly DiagnosticDescriptor PlainHttpEndpoint = RuleDescriptorFactory.Create(
            RuleIds.PlainHttpEndpoint,
            title: "Patient data sent over plain HTTP",
            messageFormat: "'{0}' sends data unencrypted, so anyone on the network path can read or change the patient data it carries; use https://",
            category: RuleCategories.Security,
            defaultSeverity: DiagnosticSeverity.Warning,
            description: "Requests to an http:// endpoint travel in clear text: patient data in them can be read and altered by anyone between the client and the server. NHS services and APIs require TLS.",
            principles: new[] { "9" },
            cwe: 319);

        public static readonly DiagnosticDescriptor CertificateValidationDisabled = RuleDescriptorFactory.Create(
            RuleIds.CertificateValidationDisabled,
            title: "TLS certificate validation disabled",
            messageFormat: "'{0}' accepts every server certificate, so anyone on the network can impersonate the service and receive the patient data sent to it; remove it or validate the certificate",
            category: RuleCategories.Security,
            defaultSeverity: DiagnosticSeverity.Warning,
            description: "TLS protects patient data only when the client checks who it is talking to. A callback that accepts every certificate turns off that check: any machine on the path can present its own certificate and read or change the traffic.",
            principles: new[] { "9" },
            cwe: 295);

        public static readonly DiagnosticDescriptor SensitiveDataLogging = RuleDescriptorFactory.Create(
            RuleIds.SensitiveDataLogging,
            title: "EF Core sensitive-data logging left on",
            messageFormat: "'{0}' makes EF Core write parameter values, patient data included, into logs and exception messages; turn it on only in development",
            category: RuleCategories.Security,
            defaultSeverity: DiagnosticSeverity.Warning,
            description: "With sensitive-data logging enabled, EF Core includes the values of every query and update parameter in its log messages and exceptions, so NHS numbers, names and clinical values end up in log stores. Guard it with IsDevelopment() or a DEBUG build.",
            principles: new[] { "9" },
            cwe: 532);

        public static readonly DiagnosticDescriptor HardCodedKey = RuleDescriptorFactory.Create(
            RuleIds.HardCodedKey,
            title: "Hard-coded pseudonymisation key or salt",
            messageFormat: "'{0}' is a key or salt written in source, so everyone with a copy of the code can re-identify the patients it protects; load it from a secret store",
            category: RuleCategories.Security,
            defaultSeverity: DiagnosticSeverity.Warning,
            description: "A key in source is a key in every clone, fork, build log and backup of the repository. Whoever holds it can reverse the pseudonyms made with it. Load keys and salts from a secret store (Azure Key Vault, AWS Secrets Manager, configuration bound from one) and rotate any that were committed.",
            principles: new[] { "3", "9" },
            cwe: 321);

        public static readonly DiagnosticDescriptor ProprietarySerializer = RuleDescriptorFactory.Create(
            RuleIds.ProprietarySerializer,
            title: "Serializer that is not an open standard",
            messageFormat: "'{0}' writes a proprietary, .NET-only format that other health systems cannot read and that can run code when it reads untrusted data; use System.Text.Json or another open format",
            category: RuleCategories.OpenStandards,
            defaultSeverity: DiagnosticSeverity.Warning,
            description: "Patient data saved with BinaryFormatter, SoapFormatter, NetDataContractSerializer, LosFormatter or ObjectStateFormatter cannot be exchanged with other care systems, and deserialising it is a known remote-code-execution risk. Use an open, documented format such as JSON (System.Text.Json) or FHIR.",
            principles: new[] { "5", "9" },
            cwe: 502);

        public static readonly DiagnosticDescriptor RetiredCodeSystem = RuleDescriptorFactory.Create(
            RuleIds.RetiredCodeSystem,
            title: "Retired clinical code system",
            messageFormat: "'{0}' is the retired {1} code system; code with SNOMED CT (http://snomed.info/sct), translating existing codes through the NHS Read-to-SNOMED CT mapping tables",
            category: RuleCategories.OpenStandards,
            defaultSeverity: DiagnosticSeverity.Warning,
            description: "Read v2 and CTV3 were withdrawn in the NHS in favour of SNOMED CT (GP systems from April 2018, secondary care by 2020). Records coded with them cannot be read reliably by other care settings. Map the codes with the official tables rather than relabelling the system.",
            principles: new[] { "5" });

        public static readonly DiagnosticDescriptor NonCanonicalSystemUri = RuleDescriptorFactory.Create(
            RuleIds.NonCanonicalSystemUri,
            title: "Non-canonical FHIR identifier or code system URI",
            messageFormat: "'{0}' is not the canonical system URI '{1}'; FHIR matches systems character for character, so other NHS services will not recognise this identifier or code",
            category: RuleCategories.OpenStandards,
            defaultSeverity: DiagnosticSeverity.Warning,
            description: "FHIR compares identifier and code systems exactly. An NHS number under a near-miss system (wrong scheme, case, hyphen, trailing slash or www.) is not an NHS number to the Personal Demographics Service or any other system, so records fail to match and patients can be duplicated.",
            principles: new[] { "5" });

        public static readonly DiagnosticDescriptor MissingDataProvenance = RuleDescriptorFactory.Create(
            RuleIds.MissingDataProvenance,
            title: "Patient data type without data provenance",
            messageFormat: "'{0}' holds patient data but does not say where it comes from; add [DataProvenance] with its source, lawful basis and known limitations",
            category: RuleCategories.Transparency,
            defaultSeverity: DiagnosticSeverity.Warning,
            description: "Being transparent about data means saying where it came from, on what lawful basis it is used and what its limitations are, next to the code that holds it. Without that, reviewers cannot check that patient data is used in line with its purpose.",
            principles: new[] { "4", "6" });

        public static readonly DiagnosticDescriptor PlaceholderDeclaration = RuleDescriptorFactory.Create(
            RuleIds.PlaceholderDeclaration,
            title: "Placeholder in a transparency declaration",
            messageFormat: "{0} of [{1}] is {2}; write the real value so reviewers and patients can rely on the declaration",
            category: RuleCategories.Transparency,
            defaultSeverity: DiagnosticSeverity.Warning,
            description: "A provenance, algorithm or encryption declaration with an empty or placeholder value looks like a statement but says nothing. The rule keeps declarations added by code fixes honest until someone writes the real value.",
            principles: new[] { "4", "6", "7" });

        public static readonly DiagnosticDescriptor MissingAlgorithmCard = RuleDescriptorFactory.Create(
            RuleIds.MissingAlgorithmCard,
            title: "Model inference without an algorithm card",
            messageFormat: "'{0}' runs model inference but neither it, a base type nor the assembly says what the model is; add [AlgorithmCard] with its type, intended use, validation and limitations",
            category: RuleCategories.Transparency,
            defaultSeverity: DiagnosticSeverity.Warning,
            description: "Code that uses a model's output in care must say what the model is, what it is for, how it was validated and where it is known to fail, so clinicians and reviewers can judge how far to trust it (principle 7, and the DCB0129 clinical safety case).",
            principles: new[] { "7" });

        public static readonly DiagnosticDescriptor UnjustifiedSuppression = RuleDescriptorFactory.Create(
            RuleIds.UnjustifiedSuppression,
            title: "Suppression without justification",
            messageFormat: "The suppression of {0} does not say why; write the reason where the next reader sees it",
            category: RuleCategories.Transparency,
            defaultSeverity: DiagnosticSeverity.Warning,
            description: "Turning off a patient-data rule may be right, but being accountable means writing down why, where the next reader and an auditor will see it: a Justification on [SuppressMessage], or a comment on the #pragma line.",
            principles: new[] { "4" });

        public static ImmutableArray<DiagnosticDescriptor> All { get; } = ImmutableArray.Create(
            InvalidConfiguration,
            PlainTextIdentifierStorage,
            IdentifierInLog,
            RealLookingNhsNumber,
            PatientNumberInNumericType,
            UnkeyedIdentifierHash,
            WeakCryptography,
            PlainHttpEndpoint,
            CertificateValidationDisabled,
            SensitiveDataLogging,
            HardCodedKey,
            ProprietarySerializer,
            RetiredCodeSystem,
            NonCanonicalSystemUri,
            MissingDataProvenance,
            PlaceholderDeclaration,
            MissingAlgorithmCard,
            UnjustifiedSuppression);
    }
}
