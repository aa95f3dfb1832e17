using System.Collections.Immutable;
using System.Linq;
using NhsCodeAnalyzers.Shared;

namespace NhsCodeAnalyzers.Rules
{
    /// <summary>NHS3003: the canonical identifier and code-system URIs, and what counts as a near miss of one.</summary>
    internal static class CanonicalUris
    {
        public const string NhsNumber = "https://fhir.nhs.uk/Id/nhs-number";

        public static ImmutableArray<string> All { get; } = ImmutableArray.Create(
            NhsNumber,
            "http://snomed.info/sct",
            "https://dmd.nhs.uk",
            "http://hl7.org/fhir/sid/icd-10",
            "http://loinc.org",
            "http://unitsofmeasure.org",
            "https://fhir.nhs.uk/Id/ods-organization-code",
            "https://fhir.nhs.uk/Id/ods-site-code");

        private static readonly ImmutableArray<string> Normalised = All.Select(FhirSystems.Normalise).ToImmutableArray();

        /// <summary>
        /// The canonical URI <paramref name="text"/> nearly spells (the same after <see cref="FhirSystems.Normalise"/>:
        /// scheme, case, <c>www.</c>, trailing slash, hyphens), when it is not exactly that URI; otherwise null.
        /// </summary>
        public static string? NearMissOf(string text)
        {
            if (text.Length > 64 || text.IndexOf('.') < 0)
            {
                return null;
            }

            var normalised = FhirSystems.Normalise(text);
            for (var i = 0; i < All.Length; i++)
            {
                if (normalised == Normalised[i])
                {
                    return text == All[i] ? null : All[i];
                }
            }

            return null;
        }

        /// <summary>Text written like a system URI (<c>scheme://...</c> or <c>urn:...</c>): worth following from a field.</summary>
        public static bool LooksLikeSystem(string text)
            => text.IndexOf("://", System.StringComparison.Ordinal) > 0 || text.StartsWith("urn:", System.StringComparison.OrdinalIgnoreCase);
    }
}
