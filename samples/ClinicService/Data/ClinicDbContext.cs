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

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Patient>().HasIndex(p => p.NhsNumber).IsUnique();
        modelBuilder.Entity<Patient>().HasMany(p => p.Appointments).WithOne().HasForeignKey(a => a.PatientId);
    }
}
