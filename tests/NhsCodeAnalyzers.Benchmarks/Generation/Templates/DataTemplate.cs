namespace NhsCodeAnalyzers.Benchmarks.Generation.Templates;

/// <summary>The module's DbContext, entity configurations and column encryption.</summary>
internal static class DataTemplate
{
    public static void Write(ModuleContext module, SourceWriter w, ViolationPlanner planner)
    {
        var root = module.Entity(0);
        w.Append($$"""
            using System;
            using System.Linq;
            using System.Security.Cryptography;
            using Microsoft.EntityFrameworkCore;
            using Microsoft.EntityFrameworkCore.Metadata.Builders;
            using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
            using {{module.Namespace}}.Domain;

            namespace {{module.Namespace}}.Data;

            public sealed class {{module.DbContextName}} : DbContext
            {
                public {{module.DbContextName}}(DbContextOptions<{{module.DbContextName}}> options)
                    : base(options)
                {
                }

            """);

        foreach (var entity in module.EntityNames)
        {
            w.Append($"    public DbSet<{entity}> {entity}s => Set<{entity}>();\n");
        }

        w.Append("""

                protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
                {
            """);
        if (planner.Plant("NHS2005"))
        {
            w.Append("        optionsBuilder.EnableSensitiveDataLogging();");
        }

        w.Append("""
                    ShowParameterValuesInDebugBuilds(optionsBuilder);
                    optionsBuilder.EnableDetailedErrors();
                }

                [System.Diagnostics.Conditional("DEBUG")]
                private static void ShowParameterValuesInDebugBuilds(DbContextOptionsBuilder optionsBuilder)
                    => optionsBuilder.EnableSensitiveDataLogging();

                protected override void OnModelCreating(ModelBuilder modelBuilder)
                {
                    modelBuilder.HasDefaultSchema("clinical");
            """);
        foreach (var entity in module.EntityNames)
        {
            w.Append($"        modelBuilder.ApplyConfiguration(new {entity}Configuration());\n");
        }

        w.Append($$"""
                }

                public IQueryable<{{root}}> OpenRecords(DateTimeOffset now)
                    => {{root}}s.Where(r => r.ClosedAt == null || r.ClosedAt > now).OrderBy(r => r.CreatedAt);
            }

            public sealed class {{root}}Configuration : IEntityTypeConfiguration<{{root}}>
            {
                public void Configure(EntityTypeBuilder<{{root}}> builder)
                {
                    builder.ToTable("{{root}}");
                    builder.HasKey(r => r.Id);
                    builder.Property(r => r.NhsNumber).HasConversion({{module.Topic}}ColumnEncryption.Converter).HasMaxLength(200);
                    builder.Property(r => r.GivenName).IsRequired();
                    builder.Property(r => r.FamilyName).IsRequired();
                    builder.Property(r => r.PracticeOdsCode).HasMaxLength(8);
                    builder.HasIndex(r => r.PracticeOdsCode);
                    builder.HasMany(r => r.Episodes).WithOne().HasForeignKey(e => e.{{root}}Id);
                    builder.HasMany(r => r.Notes).WithOne().HasForeignKey(n => n.{{root}}Id);
                    builder.Ignore(r => r.IsActive);
                }
            }
            """);

        for (var role = 1; role < 6; role++)
        {
            var entity = module.Entity(role);
            w.Append($$"""

                public sealed class {{entity}}Configuration : IEntityTypeConfiguration<{{entity}}>
                {
                    public void Configure(EntityTypeBuilder<{{entity}}> builder)
                    {
                        builder.ToTable("{{entity}}");
                        builder.HasKey(e => e.Id);
                        builder.Property(e => e.Summary).HasMaxLength(200).IsRequired();
                        builder.Property(e => e.Detail).HasMaxLength(2000);
                        builder.Property(e => e.SnomedCode).HasMaxLength(18);
                        builder.Property(e => e.Priority).HasConversion<string>().HasMaxLength(20);
                        builder.Property(e => e.Measurement{{role}}).HasPrecision(12, 4);
                        builder.HasIndex(e => new { e.{{root}}Id, e.Sequence }).IsUnique();
                        builder.HasIndex(e => e.DueBy);
                    }
                }
                """);
        }

        w.Append($$"""

            /// <summary>Encrypts identifier columns with AES-GCM before EF Core writes them.</summary>
            public static class {{module.Topic}}ColumnEncryption
            {
                private const int NonceSize = 12;
                private const int TagSize = 16;

                private static readonly byte[] Key = LoadKey();

                public static readonly ValueConverter<string, string> Converter = new(plain => Encrypt(plain), stored => Decrypt(stored));

                private static string Encrypt(string plain)
                {
                    var nonce = RandomNumberGenerator.GetBytes(NonceSize);
                    var plainBytes = System.Text.Encoding.UTF8.GetBytes(plain);
                    var cipher = new byte[plainBytes.Length];
                    var tag = new byte[TagSize];
                    using var aes = new AesGcm(Key, TagSize);
                    aes.Encrypt(nonce, plainBytes, cipher, tag);
                    return Convert.ToBase64String([.. nonce, .. tag, .. cipher]);
                }

                private static string Decrypt(string stored)
                {
                    var bytes = Convert.FromBase64String(stored);
                    var plain = new byte[bytes.Length - NonceSize - TagSize];
                    using var aes = new AesGcm(Key, TagSize);
                    aes.Decrypt(bytes.AsSpan(0, NonceSize), bytes.AsSpan(NonceSize + TagSize), bytes.AsSpan(NonceSize, TagSize), plain);
                    return System.Text.Encoding.UTF8.GetString(plain);
                }

                private static byte[] LoadKey()
                    => Environment.GetEnvironmentVariable("{{module.Topic.ToUpperInvariant()}}_COLUMN_KEY") is { Length: > 0 } configured
                        ? Convert.FromBase64String(configured)
                        : RandomNumberGenerator.GetBytes(32);
            }
            """);
    }
}
