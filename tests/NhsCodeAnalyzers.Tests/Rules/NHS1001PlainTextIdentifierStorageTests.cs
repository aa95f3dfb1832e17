using System.Threading;
using System.Threading.Tasks;
using NhsCodeAnalyzers.Rules;
using NhsCodeAnalyzers.Tests.Verifiers;
using Verify = NhsCodeAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<NhsCodeAnalyzers.Rules.PlainTextIdentifierStorageAnalyzer>;

namespace NhsCodeAnalyzers.Tests.Rules
{
    /// <summary>NHS1001 — Patient identifier stored in plain text: persisted types only, unless protected.</summary>
    public sealed class NHS1001PlainTextIdentifierStorageTests
    {
        // ---- Flags: every way a type becomes stored ----------------------------------------------------------

        [Fact]
        public Task Flags_an_entity_exposed_as_a_DbSet() => Verify.VerifyAsync("""
            using Microsoft.EntityFrameworkCore;

            public class Patient
            {
                public int Id { get; set; }
                public string {|NHS1001:NhsNumber|} { get; set; } = "";
                public string? {|NHS1001:HospitalNumber|} { get; set; }
                public long? {|NHS1001:Mrn|} { get; set; }
                public char[] {|NHS1001:nhs_no|} = new char[10];
            }

            public class ClinicContext : DbContext
            {
                public DbSet<Patient> Patients => Set<Patient>();
            }
            """);

        [Fact]
        public Task Flags_an_entity_registered_in_OnModelCreating_in_another_file()
        {
            var test = new Verify.Test();
            test.TestState.Sources.Add(("/0/Referral.cs", """
                namespace Clinic.Model
                {
                    public class Referral
                    {
                        public int Id { get; set; }
                        public string {|NHS1001:PatientNhsNumber|} { get; set; } = "";
                    }
                }
                """));
            test.TestState.Sources.Add(("/0/ClinicContext.cs", """
                using Microsoft.EntityFrameworkCore;

                namespace Clinic.Data
                {
                    public class ClinicContext : DbContext
                    {
                        protected override void OnModelCreating(ModelBuilder modelBuilder)
                        {
                            modelBuilder.Entity<Clinic.Model.Referral>().HasKey(r => r.Id);
                        }
                    }
                }
                """));
            TestConfiguration.Apply(test.TestState, ReferenceSets.Net100WithPackages, editorConfig: null);
            return test.RunAsync(CancellationToken.None);
        }

        [Fact]
        public Task Flags_an_entity_configured_by_IEntityTypeConfiguration() => Verify.VerifyAsync("""
            using Microsoft.EntityFrameworkCore;
            using Microsoft.EntityFrameworkCore.Metadata.Builders;

            public class Admission
            {
                public int Id { get; set; }
                public string {|NHS1001:ChiNumber|} { get; set; } = "";
            }

            public sealed class AdmissionConfiguration : IEntityTypeConfiguration<Admission>
            {
                public void Configure(EntityTypeBuilder<Admission> builder) => builder.HasKey(a => a.Id);
            }
            """);

        [Fact]
        public Task Flags_data_annotation_and_document_mapped_types() => Verify.VerifyAsync("""
            using System.ComponentModel.DataAnnotations;
            using System.ComponentModel.DataAnnotations.Schema;
            using MongoDB.Bson.Serialization.Attributes;

            [Table("patients")]
            public class TablePatient { public string {|NHS1001:NhsNumber|} { get; set; } = ""; }

            public class KeyedPatient
            {
                [Key] public int Id { get; set; }
                public string {|NHS1001:HcNumber|} { get; set; } = "";
            }

            public class ColumnPatient
            {
                [Column("nino")] public string {|NHS1001:Nino|} { get; set; } = "";
            }

            public class PatientDocument
            {
                [BsonId] public string Id { get; set; } = "";
                [BsonElement("nhs")] public string {|NHS1001:NhsNumber|} { get; set; } = "";
            }
            """);

        [Fact]
        public Task Flags_an_Identity_user() => Verify.VerifyAsync("""
            using Microsoft.AspNetCore.Identity;

            public class ClinicianUser : IdentityUser
            {
                public string? {|NHS1001:NationalInsuranceNumber|} { get; set; }
            }
            """);

        [Fact]
        public Task Flags_a_Cosmos_DB_item_type_inferred_from_a_container_call() => Verify.VerifyAsync("""
            using System.Threading.Tasks;
            using Microsoft.Azure.Cosmos;

            public class PatientItem
            {
                public string id { get; set; } = "";
                public string {|NHS1001:NhsNumber|} { get; set; } = "";
            }

            public class PatientStore
            {
                public Task Save(Container container, PatientItem item) => container.UpsertItemAsync(item);
            }
            """);

        [Fact]
        public Task Flags_a_type_named_in_persisted_types() => Verify.VerifyAsync("""
            namespace Contoso.Storage
            {
                public class PatientRow
                {
                    public string {|NHS1001:NhsNumber|} { get; set; } = "";
                }
            }
            """, editorConfig: "nhs_code_analyzers.persisted_types = Contoso.Storage.PatientRow");

        [Fact]
        public Task Flags_a_record_positional_parameter_once() => Verify.VerifyAsync("""
            using Microsoft.EntityFrameworkCore;

            public record PatientRecord(int Id, string {|NHS1001:NhsNumber|});

            public class ClinicContext : DbContext
            {
                public DbSet<PatientRecord> Patients { get; set; } = null!;
            }
            """);

        [Fact]
        public Task Flags_an_inherited_member_once_at_its_declaration_and_a_generic_entity() => Verify.VerifyAsync("""
            using Microsoft.EntityFrameworkCore;

            public abstract class PersonBase
            {
                public string {|NHS1001:NhsNumber|} { get; set; } = "";
            }

            public class Inpatient : PersonBase { public int Ward { get; set; } }
            public class Outpatient : PersonBase { public int Clinic { get; set; } }

            public class Tagged<T>
            {
                public int Id { get; set; }
                public string {|NHS1001:MedicalRecordNumber|} { get; set; } = "";
                public T? Tag { get; set; }
            }

            public class ClinicContext : DbContext
            {
                public DbSet<Inpatient> Inpatients => Set<Inpatient>();
                public DbSet<Outpatient> Outpatients => Set<Outpatient>();
                public DbSet<Tagged<int>> Tagged => Set<Tagged<int>>();
            }
            """);

        [Fact]
        public Task Flags_a_partial_entity_once_and_a_member_marked_PatientIdentifier() => Verify.VerifyAsync("""
            using Microsoft.EntityFrameworkCore;
            using NhsCodeAnalyzers.Annotations;

            public partial class Patient { public int Id { get; set; } }
            public partial class Patient
            {
                public string {|NHS1001:NhsNumber|} { get; set; } = "";
                [PatientIdentifier] public string {|NHS1001:PasNumber|} { get; set; } = "";
            }

            public class ClinicContext : DbContext
            {
                public DbSet<Patient> Patients => Set<Patient>();
            }
            """);

        [Fact]
        public Task Flags_generated_entities() => Verify.VerifyAsync("""
            // <auto-generated>Scaffolded by dotnet ef dbcontext scaffold</auto-generated>
            using Microsoft.EntityFrameworkCore;

            public partial class GpRegistration
            {
                public int Id { get; set; }
                public string {|NHS1001:NhsNumber|} { get; set; } = null!;
            }

            public partial class ScaffoldedContext : DbContext
            {
                public virtual DbSet<GpRegistration> GpRegistrations { get; set; } = null!;
            }
            """);

        [Fact]
        public Task Reports_a_partial_property_once_on_its_defining_declaration() => Verify.VerifyAsync("""
            using System.ComponentModel.DataAnnotations;

            public partial class Patient
            {
                [Key] public int Id { get; set; }

                public partial string {|NHS1001:NhsNumber|} { get; set; }
            }

            public partial class Patient
            {
                private string _value = "";

                // Each declaration of a partial property is a symbol of its own: the implementation is not reported again.
                public partial string NhsNumber { get => _value; set => _value = value; }
            }
            """);

        // ---- Leaves alone --------------------------------------------------------------------------------------

        [Fact]
        public Task Leaves_DTOs_view_models_and_FHIR_resources_alone() => Verify.VerifyAsync("""
            public class PatientDto { public string NhsNumber { get; set; } = ""; }
            public record PatientViewModel(string NhsNumber, string Name);
            public class Exporter
            {
                public Hl7.Fhir.Model.Patient Export(PatientDto dto) => new() { Id = dto.NhsNumber };
            }
            """);

        [Fact]
        public Task Leaves_members_marked_EncryptedAtRest_or_ProtectedPersonalData_alone() => Verify.VerifyAsync("""
            using Microsoft.AspNetCore.Identity;
            using Microsoft.EntityFrameworkCore;
            using NhsCodeAnalyzers.Annotations;

            public record Patient(int Id, [EncryptedAtRest("Always Encrypted, deterministic, CEK_Patient")] string NhsNumber)
            {
                [EncryptedAtRest("Always Encrypted, randomised, CEK_Patient")] public string? ChiNumber { get; init; }
            }

            public class ClinicianUser : IdentityUser
            {
                [ProtectedPersonalData] public string? NhsNumber { get; set; }
            }

            public class ClinicContext : DbContext
            {
                public DbSet<Patient> Patients => Set<Patient>();
            }
            """);

        [Fact]
        public Task Leaves_properties_converted_by_the_EF_model_alone_in_every_configuration_style() => Verify.VerifyAsync("""
            using Microsoft.EntityFrameworkCore;
            using Microsoft.EntityFrameworkCore.Metadata.Builders;
            using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

            public class Patient { public int Id { get; set; } public string NhsNumber { get; set; } = ""; public string Mrn { get; set; } = ""; }
            public class Referral { public int Id { get; set; } public string NhsNumber { get; set; } = ""; }
            public class Admission { public int Id { get; set; } public string ChiNumber { get; set; } = ""; }

            public static class Crypto
            {
                public static readonly ValueConverter<string, string> Encrypting = new(v => v, v => v);
            }

            public class ClinicContext : DbContext
            {
                public DbSet<Patient> Patients => Set<Patient>();
                public DbSet<Admission> Admissions => Set<Admission>();

                protected override void OnModelCreating(ModelBuilder modelBuilder)
                {
                    modelBuilder.Entity<Patient>().Property(p => p.NhsNumber).IsRequired().HasConversion(Crypto.Encrypting);
                    modelBuilder.Entity<Patient>(b => b.Property("Mrn").HasConversion(Crypto.Encrypting));
                    modelBuilder.Entity<Referral>(b =>
                    {
                        b.Property(nameof(Referral.NhsNumber)).HasConversion(Crypto.Encrypting);
                    });
                }
            }

            public sealed class AdmissionConfiguration : IEntityTypeConfiguration<Admission>
            {
                public void Configure(EntityTypeBuilder<Admission> builder)
                    => builder.Property(a => a.ChiNumber).HasConversion(Crypto.Encrypting);
            }
            """);

        [Fact]
        public Task Leaves_dedicated_and_encrypting_types_alone() => Verify.VerifyAsync("""
            using Microsoft.EntityFrameworkCore;
            using NhsCodeAnalyzers.Annotations;

            public readonly record struct NhsNumberValue(string Digits);

            [EncryptedAtRest("AES-256-GCM with keys in Azure Key Vault 'kv-clinic'")]
            public sealed class SealedText { public string Cipher { get; set; } = ""; }

            public sealed class EncryptedString { public string Cipher { get; set; } = ""; }

            public class Patient
            {
                public int Id { get; set; }
                public NhsNumberValue NhsNumber { get; set; }
                public SealedText? ChiNumber { get; set; }
                public EncryptedString? HospitalNumber { get; set; }
            }

            public class ClinicContext : DbContext
            {
                public DbSet<Patient> Patients => Set<Patient>();
            }
            """, editorConfig: "nhs_code_analyzers.encrypted_types = EncryptedString");

        [Fact]
        public Task Leaves_surrogate_keys_derived_values_protected_names_constants_and_statics_alone() => Verify.VerifyAsync("""
            using Microsoft.EntityFrameworkCore;

            public class Patient
            {
                public const int NhsNumberLength = 10;
                public const string NhsNumberSystem = "https://fhir.nhs.uk/Id/nhs-number";
                public static string DefaultNhsNumber = "";
                public int PatientId { get; set; }
                public int Id { get; set; }
                public string HashedNhsNumber { get; set; } = "";
                public string NhsNumberToken { get; set; } = "";
                public bool UseHashedNhsNumber { get; set; }
                public bool NhsNumber { get; set; }
                public string NhsNumberFormat { get; set; } = "";
            }

            public class ClinicContext : DbContext
            {
                public DbSet<Patient> Patients => Set<Patient>();
            }
            """);

        [Fact]
        public Task Leaves_interface_and_abstract_members_to_their_implementation() => Verify.VerifyAsync("""
            using Microsoft.EntityFrameworkCore;

            public interface IHasNhsNumber { string NhsNumber { get; } }

            public abstract class PersonBase { public abstract string ChiNumber { get; set; } }

            public class Patient : PersonBase, IHasNhsNumber
            {
                public int Id { get; set; }
                public string {|NHS1001:NhsNumber|} { get; set; } = "";
                public override string {|NHS1001:ChiNumber|} { get; set; } = "";
            }

            public class ClinicContext : DbContext
            {
                public DbSet<Patient> Patients => Set<Patient>();
            }
            """);

        [Fact]
        public Task Leaves_names_excluded_by_configuration_alone() => Verify.VerifyAsync("""
            using Microsoft.EntityFrameworkCore;

            public class Patient
            {
                public int Id { get; set; }
                public string NhsNumber { get; set; } = "";
            }

            public class ClinicContext : DbContext
            {
                public DbSet<Patient> Patients => Set<Patient>();
            }
            """, editorConfig: "nhs_code_analyzers.excluded_identifier_names = NhsNumber");

        [Fact]
        public Task Leaves_a_teams_own_look_alike_DbContext_and_DbSet_alone() => Verify.VerifyAsync("""
            namespace Contoso.Fake
            {
                public class DbContext { }
                public class DbSet<T> { }
                public class Patient { public string NhsNumber { get; set; } = ""; }
                public class Context : DbContext { public DbSet<Patient>? Patients { get; set; } }
            }
            """);

        [Fact]
        public Task Stays_silent_without_EF_Core_references() => Verify.VerifyAsync("""
            public class Patient { public string NhsNumber { get; set; } = ""; }
            public class Store { public void Save(Patient patient) { } }
            """, ReferenceSets.Net100);

        [Fact]
        public Task Honours_severity_none_from_editorconfig() => Verify.VerifyAsync("""
            using Microsoft.EntityFrameworkCore;

            public class Patient { public int Id { get; set; } public string NhsNumber { get; set; } = ""; }
            public class ClinicContext : DbContext { public DbSet<Patient> Patients => Set<Patient>(); }
            """, editorConfig: "dotnet_diagnostic.NHS1001.severity = none");

        [Fact]
        public Task Recognises_configured_identifier_names() => Verify.VerifyAsync("""
            using Microsoft.EntityFrameworkCore;

            public class Patient { public int Id { get; set; } public string {|NHS1001:PasNumber|} { get; set; } = ""; }
            public class ClinicContext : DbContext { public DbSet<Patient> Patients => Set<Patient>(); }
            """, editorConfig: "nhs_code_analyzers.patient_identifier_names = PasNumber");
    }
}
