namespace ClinicService.Domain;

/// <summary>A booked appointment with a clinician.</summary>
public class Appointment
{
    public int Id { get; set; }

    public int PatientId { get; set; }

    public DateTimeOffset StartsAt { get; set; }

    public string Clinician { get; set; } = "";

    public string Reason { get; set; } = "";
}
