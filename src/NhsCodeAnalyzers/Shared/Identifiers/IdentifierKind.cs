namespace NhsCodeAnalyzers.Shared.Identifiers
{
    /// <summary>What sort of patient identifier a symbol holds.</summary>
    internal enum IdentifierKind
    {
        /// <summary>Not a patient identifier.</summary>
        None,

        /// <summary>NHS number (England, Wales, Isle of Man).</summary>
        NhsNumber,

        /// <summary>Community Health Index number (Scotland).</summary>
        ChiNumber,

        /// <summary>Health and Care number (Northern Ireland).</summary>
        HealthAndCareNumber,

        /// <summary>Medical record number (MRN).</summary>
        MedicalRecordNumber,

        /// <summary>A hospital's local patient number.</summary>
        HospitalNumber,

        /// <summary>National Insurance number (NINO).</summary>
        NationalInsuranceNumber,

        /// <summary>A name the team configured in <c>nhs_code_analyzers.patient_identifier_names</c>.</summary>
        Configured,

        /// <summary>Marked <c>[PatientIdentifier]</c>.</summary>
        Attributed,
    }

    internal static class IdentifierKindExtensions
    {
        public static bool IsIdentifier(this IdentifierKind kind) => kind != IdentifierKind.None;

        /// <summary>The national patient numbers (NHS, CHI, H&amp;C): ten-character strings in the national standards.</summary>
        public static bool IsNationalPatientNumber(this IdentifierKind kind)
            => kind is IdentifierKind.NhsNumber or IdentifierKind.ChiNumber or IdentifierKind.HealthAndCareNumber;
    }
}
