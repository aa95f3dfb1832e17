using Hl7.Fhir.Serialization;
using FhirPatient = Hl7.Fhir.Model.Patient;

namespace ClinicService.Export;

/// <summary>Exports patients as FHIR R4 resources for the shared care record.</summary>
public sealed class FhirPatientExporter
{
    private const string NhsNumberSystem = "https://fhir.nhs.uk/Id/nhs-number";
    private const string LegacyNhsNumberSystem = "http://fhir.nhs.uk/Id/nhs-number"; // Deliberate violation: NHS3003 (near miss: http scheme)

    public Hl7.Fhir.Model.Identifier LegacyNhsIdentifier(Domain.Patient patient)
        => new Hl7.Fhir.Model.Identifier(LegacyNhsNumberSystem, patient.NhsNumber);

    // Compliant twin (NHS3003): the canonical NHS number system, character for character.
    public Hl7.Fhir.Model.Identifier NhsIdentifier(Domain.Patient patient)
        => new Hl7.Fhir.Model.Identifier(NhsNumberSystem, patient.NhsNumber);

    public string ToFhirJson(Domain.Patient patient)
    {
        var resource = new FhirPatient
        {
            Id = patient.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            BirthDate = patient.DateOfBirth.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        };
        resource.Identifier.Add(new Hl7.Fhir.Model.Identifier(NhsNumberSystem, patient.NhsNumber));
        resource.Name.Add(new Hl7.Fhir.Model.HumanName { Family = patient.FamilyName, Given = new[] { patient.GivenName } });

        // Compliant (NHS3001): FHIR JSON is the open standard for exchanging care records.
        return new FhirJsonSerializer().SerializeToString(resource);
    }
}
