namespace ClinicService.Domain;

/// <summary>A patient registered with the clinic.</summary>
public class Patient
{
    public int Id { get; set; }

    public string NhsNumber { get; set; } = "";

    public string GivenName { get; set; } = "";

    public string FamilyName { get; set; } = "";

    public DateOnly DateOfBirth { get; set; }

    public List<Appointment> Appointments { get; set; } = new();
}
