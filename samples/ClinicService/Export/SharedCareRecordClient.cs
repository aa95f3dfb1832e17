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

    private const string ReadV2 = "http://read.info/readv2"; // Deliberate violation: NHS3002 (Read v2 is retired; map codes to SNOMED CT with NHS TRUD's tables)

    public Coding LegacyDiagnosis() => new Coding(ReadV2, "C10..");

    // Compliant twin (NHS3002), and NHS2003: a code-system URI names SNOMED CT; nothing is sent to it.
    public Coding Diagnosis() => new Coding("http://snomed.info/sct", "73211009");

    // Compliant (NHS3002): recognising a legacy coding in order to translate it.
    public bool IsLegacy(Coding coding) => coding.System == ReadV2;
}
