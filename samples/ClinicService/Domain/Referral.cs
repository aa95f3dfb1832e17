namespace ClinicService.Domain;

/// <summary>A referral received from a GP practice through the e-Referral Service.</summary>
public class Referral
{
    public int Id { get; set; }

    public string ReferringPracticeOdsCode { get; set; } = "";

    public string PatientNhsNumber { get; set; } = ""; // Deliberate violation: NHS1001 (plain text; Patient.NhsNumber is the encrypted twin)

    public DateTimeOffset ReceivedAt { get; set; }
}
