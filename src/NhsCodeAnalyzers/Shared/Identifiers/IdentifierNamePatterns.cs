using System;
using System.Collections.Immutable;
using System.Linq;

namespace NhsCodeAnalyzers.Shared.Identifiers
{
    /// <summary>
    /// The built-in identifier names, as word sequences matched anywhere in a name (<c>patientNhsNumber</c>),
    /// and the words that say a name is about something else (<c>NhsNumberLength</c>) or already protected
    /// (<c>HashedNhsNumber</c>). This list is documented on every rule page that uses it.
    /// </summary>
    internal static class IdentifierNamePatterns
    {
        public static ImmutableArray<(IdentifierKind Kind, ImmutableArray<string> Words)> BuiltIn { get; } = Build(
            (IdentifierKind.NhsNumber, "nhs number|nhs no|nhs num|nhs nbr|nhsnumber|nhsno|nhsnum"),
            (IdentifierKind.ChiNumber, "chi number|chi no|chi num|chinumber|community health index number"),
            (IdentifierKind.HealthAndCareNumber, "hc number|hc no|hcn|h and c number|h and c no|health and care number|hcnumber"),
            (IdentifierKind.MedicalRecordNumber, "mrn|medical record number|medical record no|medical record num"),
            (IdentifierKind.HospitalNumber, "hospital number|hospital no|hospital num|hosp no|hosp num|hospitalnumber"),
            (IdentifierKind.NationalInsuranceNumber, "national insurance number|national insurance no|nino|ni number|ni no"));

        /// <summary>Words before or after the identifier words that mean the value is already protected.</summary>
        public static ImmutableHashSet<string> ProtectedWords { get; } = ImmutableHashSet.Create(
            StringComparer.Ordinal,
            "pseudo", "pseudonym", "pseudonymised", "pseudonymized", "hashed", "hash", "masked", "mask", "redacted",
            "token", "tokenised", "tokenized", "encrypted", "obfuscated");

        /// <summary>Words after the identifier words that mean the name is about the identifier, not one.</summary>
        public static ImmutableHashSet<string> DerivedWords { get; } = ImmutableHashSet.Create(
            StringComparer.Ordinal,
            "length", "len", "count", "format", "formats", "pattern", "regex", "validator", "validation", "valid",
            "system", "uri", "url", "type", "kind", "label", "column", "field", "name", "prefix", "digit", "digits",
            "check", "attribute", "index", "position", "max", "min", "size", "width", "required", "error", "errors",
            "message", "provided", "present", "missing", "enabled", "verified");

        /// <summary>Words before the identifier words that make the name a question or an action about it.</summary>
        public static ImmutableHashSet<string> LeadingQuestionWords { get; } = ImmutableHashSet.Create(
            StringComparer.Ordinal, "is", "has", "use", "validate", "should", "can", "show", "include", "require", "requires");

        /// <summary>Lower-case fragments one of which every built-in name contains: the cheap first test.</summary>
        public static ImmutableArray<string> TriggerFragments { get; } = ImmutableArray.Create(
            "nhs", "chi", "hc", "and", "mrn", "record", "hosp", "insurance", "nino", "ni", "health");

        /// <summary>Splits "a b|c d" into word sequences.</summary>
        public static ImmutableArray<string> Words(string phrase) => phrase.Split(' ').ToImmutableArray();

        private static ImmutableArray<(IdentifierKind, ImmutableArray<string>)> Build(params (IdentifierKind Kind, string Phrases)[] groups)
            => groups.SelectMany(g => g.Phrases.Split('|').Select(p => (g.Kind, Words(p)))).ToImmutableArray();
    }
}
