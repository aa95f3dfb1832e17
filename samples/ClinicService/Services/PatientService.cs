using ClinicService.Data;
using ClinicService.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace ClinicService.Services;

/// <summary>Registers patients and books appointments.</summary>
public sealed class PatientService
{
    private readonly ClinicDbContext _db;
    private readonly ILogger<PatientService> _logger;

    public PatientService(ClinicDbContext db, ILogger<PatientService> logger)
    {
        _db = db;
        _logger = logger;
    }

    public async Task<Patient> RegisterAsync(string nhsNumber, string givenName, string familyName, DateOnly dateOfBirth, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(givenName))
        {
            throw new ArgumentException($"A given name is required for NHS number {nhsNumber}", nameof(givenName)); // Deliberate violation: NHS1002
        }

        var patient = new Patient { NhsNumber = nhsNumber, GivenName = givenName, FamilyName = familyName, DateOfBirth = dateOfBirth };
        _db.Patients.Add(patient);
        await _db.SaveChangesAsync(cancellationToken);
        // Compliant twin (NHS1002): the surrogate key identifies the row to support staff without identifying the person.
        _logger.LogInformation("Registered patient {PatientId}", patient.Id);
        _logger.LogDebug("Registered patient {PatientId} with NHS number {NhsNumber}", patient.Id, patient.NhsNumber); // Deliberate violation: NHS1002
        return patient;
    }

    /// <summary>Demo records the front desk may delete freely.</summary>
    public static bool IsDemoPatient(Patient patient)
        => patient.NhsNumber == "4190748331" // Deliberate violation: NHS1003 (a valid, real-looking NHS number)
           || patient.NhsNumber == "9990748330"; // Compliant twin (NHS1003): synthetic, from the never-issued 999 range

    public async Task<Appointment> BookAsync(int patientId, DateTimeOffset startsAt, string clinician, string reason, CancellationToken cancellationToken)
    {
        var appointment = new Appointment { PatientId = patientId, StartsAt = startsAt, Clinician = clinician, Reason = reason };
        _db.Appointments.Add(appointment);
        await _db.SaveChangesAsync(cancellationToken);
        _logger.LogInformation("Booked appointment {AppointmentId} for patient {PatientId}", appointment.Id, patientId);
        return appointment;
    }

    public async Task<PatientSummary?> SummariseAsync(int patientId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var patient = await _db.Patients.Include(p => p.Appointments).SingleOrDefaultAsync(p => p.Id == patientId, cancellationToken);
        return patient is null
            ? null
            : new PatientSummary(patient.Id, $"{patient.GivenName} {patient.FamilyName}", patient.Appointments.Count(a => a.StartsAt > now));
    }
}
