using System.Collections.Immutable;
using NhsCodeAnalyzers.Shared.Identifiers;

namespace NhsCodeAnalyzers.Tests.Shared
{
    /// <summary>The recogniser's name table, both ways: names that hold identifiers and names that only mention them.</summary>
    public sealed class IdentifierNameClassifierTests
    {
        [Theory]
        [InlineData("NhsNumber", nameof(IdentifierKind.NhsNumber))]
        [InlineData("NHSNumber", nameof(IdentifierKind.NhsNumber))]
        [InlineData("nhsNumber", nameof(IdentifierKind.NhsNumber))]
        [InlineData("nhs_no", nameof(IdentifierKind.NhsNumber))]
        [InlineData("NhsNo", nameof(IdentifierKind.NhsNumber))]
        [InlineData("nhsNum", nameof(IdentifierKind.NhsNumber))]
        [InlineData("NHS_NUMBER", nameof(IdentifierKind.NhsNumber))]
        [InlineData("nhs-number", nameof(IdentifierKind.NhsNumber))]
        [InlineData("nhsnumber", nameof(IdentifierKind.NhsNumber))]
        [InlineData("NHSNUMBER", nameof(IdentifierKind.NhsNumber))]
        [InlineData("patientNhsNumber", nameof(IdentifierKind.NhsNumber))]
        [InlineData("_nhsNumber", nameof(IdentifierKind.NhsNumber))]
        [InlineData("PatientNhsNo", nameof(IdentifierKind.NhsNumber))]
        [InlineData("NhsNumbers", nameof(IdentifierKind.NhsNumber))]
        [InlineData("nhsNumberValue", nameof(IdentifierKind.NhsNumber))]
        [InlineData("NhsNumber2", nameof(IdentifierKind.NhsNumber))]
        [InlineData("ChiNumber", nameof(IdentifierKind.ChiNumber))]
        [InlineData("CHI_NO", nameof(IdentifierKind.ChiNumber))]
        [InlineData("patientChiNumber", nameof(IdentifierKind.ChiNumber))]
        [InlineData("HcNumber", nameof(IdentifierKind.HealthAndCareNumber))]
        [InlineData("HCNumber", nameof(IdentifierKind.HealthAndCareNumber))]
        [InlineData("HAndCNumber", nameof(IdentifierKind.HealthAndCareNumber))]
        [InlineData("h_and_c_number", nameof(IdentifierKind.HealthAndCareNumber))]
        [InlineData("HealthAndCareNumber", nameof(IdentifierKind.HealthAndCareNumber))]
        [InlineData("Mrn", nameof(IdentifierKind.MedicalRecordNumber))]
        [InlineData("MRN", nameof(IdentifierKind.MedicalRecordNumber))]
        [InlineData("patientMrn", nameof(IdentifierKind.MedicalRecordNumber))]
        [InlineData("MedicalRecordNumber", nameof(IdentifierKind.MedicalRecordNumber))]
        [InlineData("medical_record_no", nameof(IdentifierKind.MedicalRecordNumber))]
        [InlineData("HospitalNumber", nameof(IdentifierKind.HospitalNumber))]
        [InlineData("hospital_no", nameof(IdentifierKind.HospitalNumber))]
        [InlineData("LocalHospitalNumber", nameof(IdentifierKind.HospitalNumber))]
        [InlineData("NationalInsuranceNumber", nameof(IdentifierKind.NationalInsuranceNumber))]
        [InlineData("Nino", nameof(IdentifierKind.NationalInsuranceNumber))]
        [InlineData("NINO", nameof(IdentifierKind.NationalInsuranceNumber))]
        [InlineData("NiNumber", nameof(IdentifierKind.NationalInsuranceNumber))]
        [InlineData("employeeNino", nameof(IdentifierKind.NationalInsuranceNumber))]
        public void Recognises_identifier_names(string name, string expected)
            => Assert.Equal(expected, IdentifierNameClassifier.Default.Classify(name).ToString());

        [Theory]
        [InlineData("PatientId")]
        [InlineData("Id")]
        [InlineData("PatientKey")]
        [InlineData("Name")]
        [InlineData("NhsNumberLength")]
        [InlineData("NhsNumberValidator")]
        [InlineData("IsValidNhsNumber")]
        [InlineData("NhsNumberSystem")]
        [InlineData("NhsNumberFormat")]
        [InlineData("NhsNumberPattern")]
        [InlineData("NhsNumberRegex")]
        [InlineData("PseudoNhsNumber")]
        [InlineData("HashedNhsNumber")]
        [InlineData("NhsNumberHash")]
        [InlineData("MaskedNhsNumber")]
        [InlineData("RedactedNhsNumber")]
        [InlineData("NhsNumberToken")]
        [InlineData("EncryptedNhsNumber")]
        [InlineData("UseHashedNhsNumber")]
        [InlineData("HasNhsNumber")]
        [InlineData("NhsNumberColumnName")]
        [InlineData("NhsNumberCheckDigit")]
        [InlineData("MrnFormat")]
        [InlineData("Nhs")]
        [InlineData("NhsTrust")]
        [InlineData("NhsNotes")]
        [InlineData("Chino")]
        [InlineData("Chip")]
        [InlineData("Machine")]
        [InlineData("Uninitialised")]
        [InlineData("UniNumber")]
        [InlineData("Handler")]
        [InlineData("HospitalName")]
        [InlineData("Record")]
        [InlineData("Number")]
        [InlineData("PhoneNumber")]
        [InlineData("OrderNumber")]
        [InlineData("NationalInsuranceRate")]
        [InlineData("")]
        [InlineData("_")]
        public void Leaves_names_that_only_mention_the_words_alone(string name)
            => Assert.Equal(IdentifierKind.None, IdentifierNameClassifier.Default.Classify(name));

        [Theory]
        [InlineData("PasNumber", nameof(IdentifierKind.Configured))]
        [InlineData("pas_number", nameof(IdentifierKind.Configured))]
        [InlineData("ReferringPasNumber", nameof(IdentifierKind.Configured))]
        [InlineData("PracticePatientRef", nameof(IdentifierKind.Configured))]
        [InlineData("PatientId", nameof(IdentifierKind.Configured))]
        [InlineData("MrnFormat", nameof(IdentifierKind.None))]
        [InlineData("mrn_format", nameof(IdentifierKind.None))]
        [InlineData("Mrn", nameof(IdentifierKind.MedicalRecordNumber))]
        public void Honours_configured_extra_and_excluded_names(string name, string expected)
        {
            var classifier = new IdentifierNameClassifier(
                ImmutableArray.Create("PasNumber", "PracticePatientRef", "PatientId"),
                ImmutableArray.Create("MrnFormat"));
            Assert.Equal(expected, classifier.Classify(name).ToString());
        }

        [Theory]
        [InlineData("Status", false)]
        [InlineData("CreatedAt", false)]
        [InlineData("Total", false)]
        [InlineData("NhsNumber", true)]
        [InlineData("patientMrn", true)]
        [InlineData("Handler", false)]
        [InlineData("Initial", false)]
        [InlineData("Command", false)]
        [InlineData("UnitPrice", false)]
        [InlineData("Archive", false)]
        [InlineData("HAndCNumber", true)]
        [InlineData("NINumber", true)]
        [InlineData("patient_nhs_no", true)]
        [InlineData("MYNHSNUMBER", false)] // one word, "mynhsnumber": no pattern matches it either
        [InlineData("MedicalRecordNo", true)]
        public void The_cheap_test_rejects_names_where_no_word_begins_with_a_trigger_fragment(string name, bool mayBe)
            => Assert.Equal(mayBe, IdentifierNameClassifier.Default.MayBeIdentifier(name));

        [Theory]
        [InlineData("NHSNumber", "nhs|number")]
        [InlineData("HAndCNumber", "h|and|c|number")]
        [InlineData("nhs_no", "nhs|no")]
        [InlineData("nhs-number", "nhs|number")]
        [InlineData("NhsNumber2Old", "nhs|number|2|old")]
        [InlineData("XMLHttpRequest", "xml|http|request")]
        public void Splits_names_into_words(string name, string words)
            => Assert.Equal(words, string.Join("|", IdentifierWords.Split(name)));
    }
}
