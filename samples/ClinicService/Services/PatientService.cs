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
        var patient = new Patient { NhsNumber = nhsNumber, GivenName = givenName, FamilyName = familyName, DateOfBirth = dateOfBirth };
        _db.Patients.Add(patient);
        await _db.SaveChangesAsync(cancellationToken);
        _logger.LogInformation("Registered patient {PatientId}", patient.Id);
        return patient;
    }

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
