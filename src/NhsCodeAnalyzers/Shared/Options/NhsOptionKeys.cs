using System;
using System.Collections.Immutable;
using System.Linq;

namespace NhsCodeAnalyzers.Shared.Options
{
    /// <summary>
    /// Every option key the package understands, as the rule catalogue defines them. A key under the prefix
    /// that is not listed here is reported by NHS0001 (most often a typo that would otherwise do nothing).
    /// </summary>
    internal static class NhsOptionKeys
    {
        public const string Prefix = "nhs_code_analyzers.";

        public const string PatientIdentifierNames = Prefix + "patient_identifier_names";
        public const string ExcludedIdentifierNames = Prefix + "excluded_identifier_names";
        public const string EncryptedTypes = Prefix + "encrypted_types";
        public const string PersistedTypes = Prefix + "persisted_types";
        public const string LoggingTypes = Prefix + "logging_types";
        public const string RedactionMethods = Prefix + "redaction_methods";
        public const string SyntheticNhsNumberPrefixes = Prefix + "synthetic_nhs_number_prefixes";
        public const string Nation = Prefix + "nation";

        public static ImmutableArray<OptionDefinition> All { get; } = ImmutableArray.Create(
            new OptionDefinition(PatientIdentifierNames, OptionValueKind.NameList),
            new OptionDefinition(ExcludedIdentifierNames, OptionValueKind.NameList),
            new OptionDefinition(EncryptedTypes, OptionValueKind.TypeNameList),
            new OptionDefinition(PersistedTypes, OptionValueKind.TypeNameList),
            new OptionDefinition(LoggingTypes, OptionValueKind.TypeNameList),
            new OptionDefinition(RedactionMethods, OptionValueKind.MethodNameList),
            new OptionDefinition(SyntheticNhsNumberPrefixes, OptionValueKind.DigitPrefixList),
            new OptionDefinition(Nation, OptionValueKind.Choice, ImmutableArray.Create("england", "wales", "scotland", "northern_ireland")));

        public static OptionDefinition? Find(string key)
            => All.FirstOrDefault(definition => string.Equals(definition.Key, key, StringComparison.OrdinalIgnoreCase));

        public static bool HasPrefix(string key) => key.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase);
    }
}
