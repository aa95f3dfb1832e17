namespace ClinicService.Domain;

/// <summary>What the front desk sees: no identifiers, just enough to greet and book.</summary>
public sealed record PatientSummary(int PatientId, string DisplayName, int UpcomingAppointments);
