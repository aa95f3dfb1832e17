using NhsCodeAnalyzers.Annotations;

namespace ClinicService.Domain;

/// <summary>A patient registered with the clinic.</summary>
[DataProvenance(
    Source = "Registrations entered at the clinic front desk and verified against PDS",
    LawfulBasis = "UK GDPR Article 6(1)(e) public task; Article 9(2)(h) health or social care",
    Limitations = "Names and addresses are as given at registration; PDS is checked at registration only")]
public class Patient // Compliant twin (NHS4001, NHS4002): provenance declared with real values
{
    public int Id { get; set; }

    public string NhsNumber { get; set; } = "";

    public string GivenName { get; set; } = "";

    public string FamilyName { get; set; } = "";

    public DateOnly DateOfBirth { get; set; }

    public List<Appointment> Appointments { get; set; } = new();
}
