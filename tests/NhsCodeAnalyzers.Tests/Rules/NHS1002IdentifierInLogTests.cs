using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using NhsCodeAnalyzers.Descriptors;
using NhsCodeAnalyzers.Tests.Verifiers;
using Verify = NhsCodeAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<NhsCodeAnalyzers.Rules.IdentifierInLogAnalyzer>;

namespace NhsCodeAnalyzers.Tests.Rules
{
    /// <summary>
    /// NHS1002 — Patient identifier written to a log, trace or exception message: Microsoft.Extensions.Logging,
    /// the shapes an identifier travels in, whole objects, what is left alone and the options. Other sinks are in
    /// <see cref="NHS1002IdentifierInLogSinkTests"/>.
    /// </summary>
    public sealed class NHS1002IdentifierInLogTests
    {
        internal const string Patient = """

            public class Patient
            {
                public int PatientId { get; set; }
                public string NhsNumber { get; set; } = "";
                public string Name { get; set; } = "";
                public string HashedNhsNumber { get; set; } = "";
                public bool UseNhsNumber { get; set; }
            }
            """;

        // ---- Flags: Microsoft.Extensions.Logging -------------------------------------------------------------

        [Fact]
        public Task Flags_an_identifier_passed_to_every_Log_extension_method() => Verify.VerifyAsync("""
            using System;
            using Microsoft.Extensions.Logging;

            class PatientService(ILogger<PatientService> logger)
            {
                void Admit(Patient patient, string nhsNumber, Exception error)
                {
                    logger.LogTrace("Admitting {NhsNumber}", {|NHS1002:patient.NhsNumber|});
                    logger.LogDebug("Admitting {NhsNumber}", {|NHS1002:nhsNumber|});
                    logger.LogInformation("Admitting {Name} {NhsNumber}", patient.Name, {|NHS1002:patient.NhsNumber|});
                    logger.LogWarning(new EventId(7), "Admitting {NhsNumber}", {|NHS1002:nhsNumber|});
                    logger.LogError(error, "Could not admit {NhsNumber}", {|NHS1002:nhsNumber|});
                    logger.LogCritical(new EventId(8), error, "Could not admit {NhsNumber}", {|NHS1002:nhsNumber|});
                    logger.Log(LogLevel.Information, "Admitting {NhsNumber}", {|NHS1002:nhsNumber|});
                }
            }
            """ + Patient);

        [Fact]
        public Task Flags_the_message_with_its_arguments_naming_the_identifier_and_the_sink()
        {
            var source = """
                using Microsoft.Extensions.Logging;

                class PatientService(ILogger logger)
                {
                    void Admit(Patient patient)
                    {
                        logger.LogInformation("Admitting {NhsNumber}", {|#0:patient.NhsNumber|});
                        using var scope = logger.BeginScope("Patient {NhsNumber}", {|#1:patient?.NhsNumber|});
                    }
                }
                """ + Patient;
            return Verify.VerifyAsync(source, ReferenceSets.Net100WithPackages, null, OutputKind.DynamicallyLinkedLibrary,
                new DiagnosticResult(RuleDescriptors.IdentifierInLog).WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithArguments("patient.NhsNumber", "a log message"),
                new DiagnosticResult(RuleDescriptors.IdentifierInLog).WithLocation(1).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithArguments("patient?.NhsNumber", "a log scope"));
        }

        [Fact]
        public Task Flags_an_identifier_in_an_interpolation_concatenation_Format_or_ToString() => Verify.VerifyAsync("""
            using Microsoft.Extensions.Logging;

            class PatientService(ILogger logger)
            {
                void Admit(Patient patient, string? nhsNumber, bool known)
                {
                    logger.LogInformation({|NHS1002:$"Admitting {patient.NhsNumber}"|});
                    logger.LogInformation({|NHS1002:"Admitting " + nhsNumber|});
                    logger.LogInformation({|NHS1002:string.Format("Admitting {0}", nhsNumber)|});
                    logger.LogInformation({|NHS1002:string.Concat("Admitting ", patient.NhsNumber.Trim())|});
                    logger.LogInformation("Admitting {Patient}", {|NHS1002:nhsNumber?.ToUpperInvariant()|});
                    logger.LogInformation("Admitting {Patient}", {|NHS1002:known ? nhsNumber : "unknown"|});
                    logger.LogInformation("Admitting {Patient}", {|NHS1002:nhsNumber ?? patient.Name|});
                    logger.LogInformation("Admitting {Patient}", {|NHS1002:patient.NhsNumber.ToString()|});
                    logger.LogInformation({|NHS1002:$"Admitting {patient.Name} ({(known ? patient.NhsNumber : "?")})"|});
                }
            }
            """ + Patient);

        [Fact]
        public Task Flags_each_offending_argument_once_however_many_identifiers_it_holds() => Verify.VerifyAsync("""
            using Microsoft.Extensions.Logging;

            class PatientService(ILogger logger)
            {
                void Merge(Patient kept, Patient duplicate)
                {
                    logger.LogInformation({|NHS1002:$"Merged {duplicate.NhsNumber} into {kept.NhsNumber}"|});
                    logger.LogInformation("Merged {Duplicate} into {Kept}", {|NHS1002:duplicate.NhsNumber|}, {|NHS1002:kept.NhsNumber|});
                }
            }
            """ + Patient);

        [Fact]
        public Task Flags_scopes_with_a_template_a_dictionary_a_pair_or_an_anonymous_object() => Verify.VerifyAsync("""
            using System.Collections.Generic;
            using Microsoft.Extensions.Logging;

            class PatientService(ILogger logger)
            {
                void Admit(Patient patient)
                {
                    using var a = logger.BeginScope("Patient {NhsNumber}", {|NHS1002:patient.NhsNumber|});
                    using var b = logger.BeginScope({|NHS1002:new Dictionary<string, object> { ["NhsNumber"] = patient.NhsNumber }|});
                    using var c = logger.BeginScope({|NHS1002:new Dictionary<string, object> { { "Nhs", patient.NhsNumber } }|});
                    using var d = logger.BeginScope({|NHS1002:new KeyValuePair<string, object>("Nhs", patient.NhsNumber)|});
                    using var e = logger.BeginScope({|NHS1002:new { Number = patient.NhsNumber }|});
                    using var f = logger.BeginScope({|NHS1002:new[] { new KeyValuePair<string, object>("Nhs", patient.NhsNumber) }|});
                    using var g = logger.BeginScope(new Dictionary<string, object> { ["PatientId"] = patient.PatientId });
                }
            }
            """ + Patient);

        [Fact]
        public Task Flags_the_state_passed_to_ILogger_Log_directly() => Verify.VerifyAsync("""
            using Microsoft.Extensions.Logging;

            class PatientService(ILogger logger)
            {
                void Admit(string nhsNumber)
                    => logger.Log(LogLevel.Information, new EventId(1), {|NHS1002:nhsNumber|}, null, (state, error) => state);
            }
            """);

        [Fact]
        public Task Flags_a_LoggerMessage_Define_delegate_and_a_DefineScope_delegate_called_with_an_identifier() => Verify.VerifyAsync("""
            using System;
            using Microsoft.Extensions.Logging;

            static class Log
            {
                private static readonly Action<ILogger, string, Exception?> Admitted =
                    LoggerMessage.Define<string>(LogLevel.Information, new EventId(1), "Admitted {NhsNumber}");

                private static readonly Func<ILogger, string, IDisposable?> PatientScope =
                    LoggerMessage.DefineScope<string>("Patient {NhsNumber}");

                public static void Admit(ILogger logger, Patient patient)
                {
                    Admitted(logger, {|NHS1002:patient.NhsNumber|}, null);
                    Admitted.Invoke(logger, {|NHS1002:patient.NhsNumber|}, null);
                    using var scope = PatientScope(logger, {|NHS1002:patient.NhsNumber|});
                    Admitted(logger, patient.Name, null);
                }
            }
            """ + Patient);

        [Fact]
        public Task Flags_a_LoggerMessage_method_called_with_an_identifier_unless_the_parameter_is_classified() => Verify.VerifyAsync("""
            using Microsoft.Extensions.Compliance.Classification;
            using Microsoft.Extensions.Logging;

            public sealed class PrivateDataAttribute : DataClassificationAttribute
            {
                public PrivateDataAttribute() : base(new DataClassification("Clinic", "Private")) { }
            }

            static partial class Log
            {
                [LoggerMessage(Level = LogLevel.Information, Message = "Admitted {NhsNumber}")]
                public static partial void Admitted(ILogger logger, string nhsNumber);

                [LoggerMessage(Level = LogLevel.Information, Message = "Admitted {NhsNumber}")]
                public static partial void AdmittedRedacted(ILogger logger, [PrivateData] string nhsNumber);

                [LoggerMessage(Level = LogLevel.Information, Message = "Admitted {NhsNumber}")]
                public static partial void AdmittedUnclassified(ILogger logger, [NoDataClassification] string nhsNumber);

                // The logging source generator writes these; the tests compile without it.
                public static partial void Admitted(ILogger logger, string nhsNumber) { }
                public static partial void AdmittedRedacted(ILogger logger, string nhsNumber) { }
                public static partial void AdmittedUnclassified(ILogger logger, string nhsNumber) { }
            }

            class PatientService(ILogger logger)
            {
                void Admit(Patient patient)
                {
                    Log.Admitted(logger, {|NHS1002:patient.NhsNumber|});
                    Log.AdmittedRedacted(logger, patient.NhsNumber);
                    Log.AdmittedUnclassified(logger, {|NHS1002:patient.NhsNumber|});
                    Log.Admitted(logger, patient.Name);
                }
            }
            """ + Patient);

        [Fact]
        public Task Flags_an_identifier_marked_with_the_PatientIdentifier_attribute_whatever_its_name() => Verify.VerifyAsync("""
            using Microsoft.Extensions.Logging;
            using NhsCodeAnalyzers.Annotations;

            public class Referral
            {
                [PatientIdentifier]
                public string PasRef { get; set; } = "";
            }

            class ReferralService(ILogger logger)
            {
                void Accept(Referral referral) => logger.LogInformation("Accepted {Ref}", {|NHS1002:referral.PasRef|});
            }
            """);

        [Fact]
        public Task Flags_every_built_in_identifier_name() => Verify.VerifyAsync("""
            using Microsoft.Extensions.Logging;

            class Registration(ILogger logger)
            {
                void Register(string chiNumber, string hcNumber, string mrn, string hospitalNumber, string nino, string nhs_no, string[] nhsNumbers)
                {
                    logger.LogInformation("{A}", {|NHS1002:chiNumber|});
                    logger.LogInformation("{A}", {|NHS1002:hcNumber|});
                    logger.LogInformation("{A}", {|NHS1002:mrn|});
                    logger.LogInformation("{A}", {|NHS1002:hospitalNumber|});
                    logger.LogInformation("{A}", {|NHS1002:nino|});
                    logger.LogInformation("{A}", {|NHS1002:nhs_no|});
                    logger.LogInformation("{A}", {|NHS1002:string.Join(", ", nhsNumbers)|});
                }
            }
            """);

        // ---- Flags: whole objects ----------------------------------------------------------------------------

        [Fact]
        public Task Flags_a_record_whose_generated_ToString_prints_an_identifier() => Verify.VerifyAsync("""
            using System;
            using Microsoft.Extensions.Logging;

            public record PatientRecord(string NhsNumber, string Name);
            public record struct PatientValue(string NhsNumber);
            public record Person { public string MedicalRecordNumber { get; init; } = ""; }
            public record Inpatient(string Ward) : Person;

            class PatientService(ILogger logger)
            {
                PatientRecord Find(int id) => new("9990000018", "A");

                void Admit(PatientRecord patient, PatientValue value, Inpatient inpatient)
                {
                    logger.LogInformation("Admitting {Patient}", {|#0:patient|});
                    logger.LogInformation({|NHS1002:$"Admitting {value}"|});
                    logger.LogInformation({|NHS1002:"Admitting " + inpatient|});
                    logger.LogInformation("Admitting {Patient}", {|NHS1002:Find(1)|});
                    logger.LogInformation("Admitting {Patient}", {|NHS1002:patient.ToString()|});
                    Console.WriteLine({|NHS1002:patient|});
                }
            }
            """, ReferenceSets.Net100WithPackages, null, OutputKind.DynamicallyLinkedLibrary,
            new DiagnosticResult(RuleDescriptors.IdentifierInLog).WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithArguments("patient.NhsNumber", "a log message"));

        [Fact]
        public Task Flags_a_derived_record_that_adds_an_identifier_below_a_base_that_prints_its_own_members() => Verify.VerifyAsync("""
            using System.Text;
            using Microsoft.Extensions.Logging;

            public record Person(string Name) { protected virtual bool PrintMembers(StringBuilder builder) { builder.Append(Name); return true; } }
            public record Inpatient(string Name, string HospitalNumber) : Person(Name);
            public record Outpatient(string Name, string Clinic) : Person(Name);

            class PatientService(ILogger logger)
            {
                void Admit(Inpatient inpatient, Outpatient outpatient, Person person)
                {
                    logger.LogInformation("Admitting {Patient}", {|NHS1002:inpatient|});
                    logger.LogInformation("Admitting {Patient}", outpatient);
                    logger.LogInformation("Admitting {Patient}", person);
                }
            }
            """);

        [Fact]
        public Task Flags_an_anonymous_object_that_carries_an_identifier() => Verify.VerifyAsync("""
            using Microsoft.Extensions.Logging;

            class PatientService(ILogger logger)
            {
                void Admit(Patient patient)
                {
                    var summary = new { patient.NhsNumber, patient.Name };
                    logger.LogInformation("Admitting {Patient}", {|NHS1002:summary|});
                    logger.LogInformation("Admitting {Patient}", {|NHS1002:new { Id = patient.NhsNumber }|});
                    logger.LogInformation("Admitting {Patient}", {|NHS1002:(patient.Name, patient.NhsNumber)|});
                }
            }
            """ + Patient);

        [Fact]
        public Task Flags_an_object_with_an_identifier_property_passed_to_a_destructuring_hole() => Verify.VerifyAsync("""
            using System.Collections.Generic;
            using Microsoft.Extensions.Logging;

            public class Visit { public Patient Patient { get; set; } = new(); public string Ward { get; set; } = ""; }
            public class Inpatient : Patient { }

            class PatientService(ILogger logger)
            {
                void Admit(Patient patient, Inpatient inpatient, List<Patient> patients, Visit visit)
                {
                    logger.LogInformation("Admitting {@Patient}", {|NHS1002:patient|});
                    logger.LogInformation("Admitting {@Patient}", {|NHS1002:inpatient|});
                    logger.LogInformation("Admitting {Ward} {@Patients}", visit.Ward, {|NHS1002:patients|});
                    logger.LogInformation("Admitting {Patient}", patient);
                    logger.LogInformation("Admitting {@Visit}", visit);
                }
            }
            """ + Patient);

        [Fact]
        public Task Finds_the_identifier_in_a_concatenation_of_twenty_thousand_terms_without_overflowing_the_stack() => Verify.VerifyAsync($$"""
            class Audit
            {
                // A generated message: a + b + c + ... nests one level per term, and was walked by recursion.
                void Write(string nhsNumber, string other) => System.Console.WriteLine({|NHS1002:"Patient " + nhsNumber + {{string.Join(" + ", System.Linq.Enumerable.Repeat("other", 20_000))}}|});
            }
            """);

        // ---- Leaves alone ------------------------------------------------------------------------------------

        [Fact]
        public Task Leaves_derived_values_nameof_constants_and_surrogate_keys_alone() => Verify.VerifyAsync("""
            using Microsoft.Extensions.Logging;

            class PatientService(ILogger logger)
            {
                const string NhsNumberLabel = "NHS number";

                void Admit(Patient patient, string nhsNumber)
                {
                    logger.LogInformation("Length {Length}", nhsNumber.Length);
                    logger.LogInformation("Missing {Field}", nameof(patient.NhsNumber));
                    logger.LogInformation($"Missing {nameof(nhsNumber)} ({NhsNumberLabel})");
                    logger.LogInformation("Admitting {PatientId}", patient.PatientId);
                    logger.LogInformation("Admitting {Hash}", patient.HashedNhsNumber);
                    logger.LogInformation("Flag {Flag}", patient.UseNhsNumber);
                    logger.LogInformation("Ends {Last}", nhsNumber.Substring(6));
                    logger.LogInformation("Hash {Hash}", nhsNumber.GetHashCode());
                    logger.LogInformation("Valid {Valid}", nhsNumber != null && nhsNumber.Length == 10);
                }
            }
            """ + Patient);

        [Fact]
        public Task Leaves_a_value_looked_up_with_an_identifier_alone() => Verify.VerifyAsync("""
            using Microsoft.Extensions.Logging;

            class PatientService(ILogger logger)
            {
                string WardOf(string nhsNumber) => "Ward 7";
                Patient Find(string nhsNumber) => new();

                void Admit(string nhsNumber)
                {
                    logger.LogInformation("Admitted to {Ward}", WardOf(nhsNumber));
                    logger.LogInformation("Admitted {Name}", Find(nhsNumber).Name);
                    logger.LogInformation("Admitted {Patient}", Find(nhsNumber).PatientId);
                    logger.LogInformation($"Admitted {Find(nhsNumber).Name}");
                }
            }
            """ + Patient);

        [Fact]
        public Task Leaves_a_value_passed_through_a_redactor_alone() => Verify.VerifyAsync("""
            using Microsoft.Extensions.Logging;

            namespace Contoso.Privacy
            {
                [System.AttributeUsage(System.AttributeTargets.Method)]
                public sealed class RedactorAttribute : System.Attribute { }

                public static class Redaction
                {
                    [Redactor]
                    public static string Partial(this string value) => "******" + value.Substring(6);

                    [NhsCodeAnalyzers.Annotations.Redactor]
                    public static string Stars(this string value) => new string('*', value.Length);

                    public static string Normalised(this string value) => value.Replace(" ", "");

                    public static string Masked(this string value) => "******";
                }

                class PatientService(ILogger logger)
                {
                    void Admit(Patient patient)
                    {
                        logger.LogInformation("Admitting {NhsNumber}", patient.NhsNumber.Partial());
                        logger.LogInformation($"Admitting {patient.NhsNumber.Stars()}");
                        logger.LogInformation("Admitting {NhsNumber}", Redaction.Masked(patient.NhsNumber));
                        logger.LogInformation("Admitting {NhsNumber}", patient.NhsNumber.Masked());
                        logger.LogInformation("Admitting {NhsNumber}", {|NHS1002:patient.NhsNumber.Normalised()|});
                        logger.LogInformation("Admitting {NhsNumber}", {|NHS1002:patient.NhsNumber.Hashed()|});
                        logger.LogInformation("Admitting {NhsNumber}", {|NHS1002:patient.NhsNumber.Token()|});
                    }
                }

                // An unkeyed hash is reversible (NHS2001) and "token" says nothing about protection: not redactors.
                public static class NotRedaction
                {
                    public static string Hashed(this string value) => System.Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(value)));

                    public static string Token(this string value) => value;
                }
            }
            """ + Patient);

        [Fact]
        public Task Survives_types_that_enumerate_themselves_in_a_destructuring_hole() => Verify.VerifyAsync("""
            using System.Collections.Generic;

            public class Node : List<Node> { public string Label { get; set; } = ""; }
            public class Ring : IEnumerable<Ring>
            {
                public IEnumerator<Ring> GetEnumerator() { yield return this; }
                System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
            }

            class Audit
            {
                void Write(Node node, Ring ring, Newtonsoft.Json.Linq.JToken token)
                {
                    Serilog.Log.Information("Tree {@Node} {@Ring} {@Body}", node, ring, token);
                }
            }
            """);

        [Fact]
        public Task Leaves_methods_listed_in_redaction_methods_alone() => Verify.VerifyAsync("""
            using Microsoft.Extensions.Logging;

            namespace Contoso.Privacy
            {
                public readonly struct NhsNumber
                {
                    private readonly string _value;
                    public NhsNumber(string value) => _value = value;
                    public string Display() => _value;
                    public string Summary() => _value.Substring(6);
                    public override string ToString() => _value;
                }

                public static class Format
                {
                    public static string Short(this string value) => value;
                }

                public class Patient { public NhsNumber NhsNumber { get; set; } public string MedicalRecordNumber { get; set; } = ""; }

                class PatientService(ILogger logger)
                {
                    void Admit(Patient patient)
                    {
                        logger.LogInformation("Admitting {NhsNumber}", patient.NhsNumber.Display());
                        logger.LogInformation("Admitting {NhsNumber}", patient.MedicalRecordNumber.Short());
                        logger.LogInformation("Admitting {NhsNumber}", {|NHS1002:patient.NhsNumber.Summary()|});
                        logger.LogInformation("Admitting {NhsNumber}", {|NHS1002:patient.NhsNumber|});
                    }
                }
            }
            """, editorConfig: "nhs_code_analyzers.redaction_methods = Contoso.Privacy.NhsNumber.Display, Short");

        [Fact]
        public Task Leaves_records_that_write_their_own_ToString_or_PrintMembers_alone() => Verify.VerifyAsync("""
            using System.Text;
            using Microsoft.Extensions.Logging;

            public record Quiet(string NhsNumber) { public override string ToString() => "Quiet"; }
            public record Careful(string NhsNumber) { protected virtual bool PrintMembers(StringBuilder builder) => false; }
            public record Sealed(string NhsNumber) { public sealed override string ToString() => "Sealed"; }
            public record Derived(string Ward) : Sealed("9990000018");
            public record NoIdentifier(int PatientId, string Ward);
            public record Private { private string NhsNumber { get; init; } = ""; }

            class PatientService(ILogger logger)
            {
                void Admit(Quiet quiet, Careful careful, Derived derived, NoIdentifier other, Private hidden)
                {
                    logger.LogInformation("{A} {B} {C} {D} {E}", quiet, careful, derived, other, hidden);
                    logger.LogInformation($"{quiet} {careful} {derived} {other} {hidden}");
                }
            }
            """);

        [Fact]
        public Task Leaves_a_users_own_logger_type_with_the_same_names_alone() => Verify.VerifyAsync("""
            namespace Contoso.Logging
            {
                public interface ILogger { void LogInformation(string message, params object[] args); }
                public static class Console { public static void WriteLine(string value) { } }

                class PatientService(ILogger logger)
                {
                    void Admit(string nhsNumber)
                    {
                        logger.LogInformation("Admitting {NhsNumber}", nhsNumber);
                        Console.WriteLine(nhsNumber);
                    }
                }
            }
            """);

        [Fact]
        public Task Leaves_an_identifier_used_where_nothing_is_written_alone() => Verify.VerifyAsync("""
            using System.Collections.Generic;
            using Microsoft.Extensions.Logging;

            class PatientService(ILogger logger, Dictionary<string, Patient> byNumber)
            {
                void Admit(string nhsNumber)
                {
                    var found = byNumber.TryGetValue(nhsNumber, out var patient);
                    var enabled = logger.IsEnabled(LogLevel.Debug);
                    logger.LogInformation("Found {Found}", found);
                }
            }
            """ + Patient);

        [Fact]
        public Task Leaves_generated_code_alone() => Verify.VerifyAsync("""
            // <auto-generated/>
            using Microsoft.Extensions.Logging;

            class GeneratedLog
            {
                void Admitted(ILogger logger, string nhsNumber) => logger.LogInformation("Admitted {NhsNumber}", nhsNumber);
            }
            """);

        // ---- Options -----------------------------------------------------------------------------------------

        [Fact]
        public Task Flags_every_method_of_a_type_named_in_logging_types() => Verify.VerifyAsync("""
            namespace Contoso.Logging
            {
                public interface ILoggingBroker { void LogInformation(string message); }

                public class LoggingBroker : ILoggingBroker
                {
                    public void LogInformation(string message) { }
                    public void Audit(string action, object subject) { }
                }

                public class ClinicLoggingBroker : LoggingBroker { }

                class PatientService(LoggingBroker broker, ILoggingBroker contract, ClinicLoggingBroker clinic)
                {
                    void Admit(string nhsNumber)
                    {
                        broker.LogInformation({|NHS1002:$"Admitting {nhsNumber}"|});
                        broker.Audit("admit", {|NHS1002:nhsNumber|});
                        contract.LogInformation({|NHS1002:nhsNumber|});
                        clinic.Audit("admit", {|NHS1002:nhsNumber|});
                        broker.Audit("admit", nhsNumber.Length);
                    }
                }
            }
            """, editorConfig: "nhs_code_analyzers.logging_types = Contoso.Logging.LoggingBroker, Contoso.Logging.ILoggingBroker");

        [Fact]
        public Task Leaves_a_logging_wrapper_alone_until_it_is_named_in_logging_types() => Verify.VerifyAsync("""
            namespace Contoso.Logging
            {
                public class LoggingBroker { public void LogInformation(string message) { } }

                class PatientService(LoggingBroker broker)
                {
                    void Admit(string nhsNumber) => broker.LogInformation(nhsNumber);
                }
            }
            """);

        [Fact]
        public Task Honours_configured_and_excluded_identifier_names() => Verify.VerifyAsync("""
            using Microsoft.Extensions.Logging;

            class PatientService(ILogger logger)
            {
                void Admit(string pasNumber, string mrnFormat, string nhsNumber)
                {
                    logger.LogInformation("{Pas}", {|NHS1002:pasNumber|});
                    logger.LogInformation("{Format}", mrnFormat);
                    logger.LogInformation("{Nhs}", {|NHS1002:nhsNumber|});
                }
            }
            """, editorConfig: "nhs_code_analyzers.patient_identifier_names = PasNumber\nnhs_code_analyzers.excluded_identifier_names = MrnFormat");

        [Fact]
        public Task Honours_severity_none_from_editorconfig() => Verify.VerifyAsync("""
            using Microsoft.Extensions.Logging;

            class PatientService(ILogger logger)
            {
                void Admit(string nhsNumber) => logger.LogInformation("Admitting {NhsNumber}", nhsNumber);
            }
            """, editorConfig: "dotnet_diagnostic.NHS1002.severity = none");

        [Fact]
        public Task Flags_in_top_level_statements_and_lambdas() => Verify.VerifyProgramAsync("""
            using System;
            using Microsoft.Extensions.Logging;
            using Microsoft.Extensions.Logging.Abstractions;

            ILogger logger = NullLogger.Instance;
            var nhsNumber = Console.ReadLine();
            Action admit = () => logger.LogInformation("Admitting {NhsNumber}", {|NHS1002:nhsNumber|});
            logger.LogInformation({|NHS1002:$"Admitting {nhsNumber}"|});
            """);
    }
}
