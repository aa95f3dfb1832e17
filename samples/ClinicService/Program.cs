using ClinicService.Caching;
using ClinicService.Data;
using ClinicService.Export;
using ClinicService.Services;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

// A tiny end-to-end run: an in-memory SQLite clinic, one synthetic patient (999 range: never issued).
using var connection = new SqliteConnection("Data Source=:memory:");
connection.Open();
using var db = new ClinicDbContext(new DbContextOptionsBuilder<ClinicDbContext>().UseSqlite(connection).Options);
db.Database.EnsureCreated();

using var loggerFactory = LoggerFactory.Create(builder => builder.AddSimpleConsole());
var service = new PatientService(db, loggerFactory.CreateLogger<PatientService>());
var patient = await service.RegisterAsync("9990000018", "Alex", "Example", new DateOnly(1980, 2, 29), CancellationToken.None);
await service.BookAsync(patient.Id, DateTimeOffset.UtcNow.AddDays(3), "Dr Rivera", "Annual review", CancellationToken.None);

var summary = await service.SummariseAsync(patient.Id, DateTimeOffset.UtcNow, CancellationToken.None);
var cache = new PatientSummaryCache(Path.Combine(Path.GetTempPath(), "clinic-service-sample"));
if (summary is not null)
{
    cache.Save(summary);
    Console.WriteLine($"Cached summary for patient {summary.PatientId}: {summary.UpcomingAppointments} upcoming appointment(s).");
}

Console.WriteLine(new FhirPatientExporter().ToFhirJson(patient));

// A random pseudonymisation key per run here; in production it comes from Key Vault.
var pseudonymiser = new ResearchPseudonymiser(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
Console.WriteLine($"Research pseudonym: {pseudonymiser.Pseudonym(patient)}");
