using ClinicService.Domain;
using Microsoft.EntityFrameworkCore;

namespace ClinicService.Data;

public sealed class ClinicDbContext : DbContext
{
    public ClinicDbContext(DbContextOptions<ClinicDbContext> options)
        : base(options)
    {
    }

    public DbSet<Patient> Patients => Set<Patient>();

    public DbSet<Appointment> Appointments => Set<Appointment>();

    public DbSet<Referral> Referrals => Set<Referral>();

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        optionsBuilder.EnableSensitiveDataLogging(); // Deliberate violation: NHS2005 (parameter values, patient data included, reach the logs)
        ShowParameterValuesInDebugBuilds(optionsBuilder);
    }

    /// <summary>Compliant twin (NHS2005): the compiler removes this call from release builds.</summary>
    [System.Diagnostics.Conditional("DEBUG")]
    private static void ShowParameterValuesInDebugBuilds(DbContextOptionsBuilder optionsBuilder) => optionsBuilder.EnableSensitiveDataLogging();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // Compliant (NHS1001): the NHS number is encrypted before it reaches the database.
        modelBuilder.Entity<Patient>().Property(p => p.NhsNumber).HasConversion(ColumnEncryption.Converter);
        modelBuilder.Entity<Patient>().HasMany(p => p.Appointments).WithOne().HasForeignKey(a => a.PatientId);
    }
}
