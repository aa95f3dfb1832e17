using NhsCodeAnalyzers.Annotations;

namespace ClinicService.Domain;

/// <summary>A referral received from a GP practice through the e-Referral Service.</summary>
[DataProvenance(
    Source = "NHS e-Referral Service worklist, as sent by the referring GP practice",
    LawfulBasis = "UK GDPR Article 6(1)(e) public task; Article 9(2)(h) health or social care",
    Limitations = "TODO")] // Deliberate violation: NHS4002 (a placeholder, not the data's limits)
public class Referral
{
    public int Id { get; set; }

    public string ReferringPracticeOdsCode { get; set; } = "";

    public string PatientNhsNumber { get; set; } = ""; // Deliberate violation: NHS1001 (plain text; Patient.NhsNumber is the encrypted twin)

    public DateTimeOffset ReceivedAt { get; set; }
}
