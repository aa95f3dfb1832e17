using Hl7.Fhir.Model;
using Hl7.Fhir.Rest;

namespace ClinicService.Export;

/// <summary>Sends exported patients to the shared care record's FHIR server.</summary>
public sealed class SharedCareRecordClient
{
    private const string LegacyServer = "http://fhir.shared-care.example.nhs.uk/R4"; // Deliberate violation: NHS2003 (records would cross the network in clear text)
    private const string Server = "https://fhir.shared-care.example.nhs.uk/R4";

    public FhirClient CreateLegacy() => new FhirClient(LegacyServer);

    // Compliant twin (NHS2003): TLS to the same server.
    public FhirClient Create() => new FhirClient(Server);

    // Compliant (NHS2003): a code-system URI names SNOMED CT; nothing is sent to it.
    public Coding Diagnosis() => new Coding("http://snomed.info/sct", "73211009");
}
