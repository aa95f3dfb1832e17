using System.Threading.Tasks;
using NhsCodeAnalyzers.Tests.Verifiers;
using VerifyFix = NhsCodeAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    NhsCodeAnalyzers.Rules.IdentifierInLogAnalyzer,
    NhsCodeAnalyzers.CodeFixes.Rules.IdentifierInLogCodeFix>;

namespace NhsCodeAnalyzers.Tests.Rules
{
    /// <summary>
    /// NHS1002's fix: remove the identifier from the message (template hole and argument together; interpolation),
    /// tidying one space or a pair of brackets. Each test also runs Fix All in document, project and solution scope.
    /// </summary>
    public sealed class NHS1002IdentifierInLogCodeFixTests
    {
        private const string Patient = NHS1002IdentifierInLogTests.Patient;

        [Fact]
        public Task Removes_the_template_hole_and_its_argument() => VerifyFix.VerifyFixAsync("""
            using Microsoft.Extensions.Logging;

            class PatientService(ILogger logger)
            {
                void Admit(Patient patient)
                {
                    logger.LogInformation("Patient {NhsNumber} admitted to {Ward}", {|NHS1002:patient.NhsNumber|}, "Ward 7");
                    logger.LogInformation("Admitted {Ward} patient {NhsNumber}", "Ward 7", {|NHS1002:patient.NhsNumber|});
                    logger.LogInformation("{NhsNumber} admitted", {|NHS1002:patient.NhsNumber|});
                    logger.LogInformation("Patient ({NhsNumber}) admitted", {|NHS1002:patient.NhsNumber|});
                    logger.LogInformation("Patient {NhsNumber}, ward {Ward}", {|NHS1002:patient.NhsNumber|}, "Ward 7");
                }
            }
            """ + Patient, """
            using Microsoft.Extensions.Logging;

            class PatientService(ILogger logger)
            {
                void Admit(Patient patient)
                {
                    logger.LogInformation("Patient admitted to {Ward}", "Ward 7");
                    logger.LogInformation("Admitted {Ward} patient", "Ward 7");
                    logger.LogInformation("admitted");
                    logger.LogInformation("Patient admitted");
                    logger.LogInformation("Patient, ward {Ward}", "Ward 7");
                }
            }
            """ + Patient);

        [Fact]
        public Task Keeps_escaped_braces_verbatim_text_and_format_specifiers() => VerifyFix.VerifyFixAsync("""""
            using Microsoft.Extensions.Logging;

            class PatientService(ILogger logger)
            {
                void Admit(Patient patient)
                {
                    logger.LogInformation("{{Admission}} \"{NhsNumber,12:D}\" to {Ward}", {|NHS1002:patient.NhsNumber|}, "Ward 7");
                    logger.LogInformation(@"Admitted ""{NhsNumber}"" {Ward}", {|NHS1002:patient.NhsNumber|}, "Ward 7");
                }
            }
            """"" + Patient, """""
            using Microsoft.Extensions.Logging;

            class PatientService(ILogger logger)
            {
                void Admit(Patient patient)
                {
                    logger.LogInformation("{{Admission}} \"\" to {Ward}", "Ward 7");
                    logger.LogInformation(@"Admitted """" {Ward}", "Ward 7");
                }
            }
            """"" + Patient);

        [Fact]
        public Task Removes_several_holes_of_one_call_together() => VerifyFix.VerifyFixAsync("""
            using Microsoft.Extensions.Logging;

            class PatientService(ILogger logger)
            {
                void Merge(Patient kept, Patient duplicate)
                {
                    logger.LogInformation(
                        "Merged {Duplicate} into {Kept} by {User}",
                        {|NHS1002:duplicate.NhsNumber|},
                        {|NHS1002:kept.NhsNumber|},
                        "admin");
                }
            }
            """ + Patient, """
            using Microsoft.Extensions.Logging;

            class PatientService(ILogger logger)
            {
                void Merge(Patient kept, Patient duplicate)
                {
                    logger.LogInformation(
                        "Merged into by {User}",
                        "admin");
                }
            }
            """ + Patient);

        [Fact]
        public Task Removes_a_destructured_object_or_a_record_from_Serilog_and_NLog_templates() => VerifyFix.VerifyFixAsync("""
            using NLog;

            public record PatientRecord(string NhsNumber);

            class PatientService(Serilog.ILogger log, Logger nlog)
            {
                void Admit(Patient patient, PatientRecord record)
                {
                    log.Information("Admitting {@Patient} to {Ward}", {|NHS1002:patient|}, "Ward 7");
                    Serilog.Log.Warning("Admitting {Patient}", {|NHS1002:record|});
                    nlog.Info("Admitting {NhsNumber} now", {|NHS1002:patient.NhsNumber|});
                }
            }
            """ + Patient, """
            using NLog;

            public record PatientRecord(string NhsNumber);

            class PatientService(Serilog.ILogger log, Logger nlog)
            {
                void Admit(Patient patient, PatientRecord record)
                {
                    log.Information("Admitting to {Ward}", "Ward 7");
                    Serilog.Log.Warning("Admitting");
                    nlog.Info("Admitting now");
                }
            }
            """ + Patient);

        [Fact]
        public Task Removes_the_interpolation_from_an_interpolated_message() => VerifyFix.VerifyFixAsync(""""
            using System;
            using System.Diagnostics;
            using Microsoft.Extensions.Logging;

            class PatientService(ILogger logger)
            {
                void Admit(Patient patient, string ward)
                {
                    logger.LogInformation({|NHS1002:$"Patient {patient.NhsNumber} admitted to {ward}"|});
                    logger.LogInformation({|NHS1002:$"Admitted to {ward}: {patient.NhsNumber} ({patient.Name}) [{patient.NhsNumber.Trim()}]"|});
                    Debug.Assert(ward.Length > 0, {|NHS1002:$"No ward for {patient.NhsNumber}"|});
                    throw new InvalidOperationException({|NHS1002:$"""Patient {patient.NhsNumber} not found"""|});
                }
            }
            """" + Patient, """"
            using System;
            using System.Diagnostics;
            using Microsoft.Extensions.Logging;

            class PatientService(ILogger logger)
            {
                void Admit(Patient patient, string ward)
                {
                    logger.LogInformation($"Patient admitted to {ward}");
                    logger.LogInformation($"Admitted to {ward}: ({patient.Name})");
                    Debug.Assert(ward.Length > 0, $"No ward for");
                    throw new InvalidOperationException($"""Patient not found""");
                }
            }
            """" + Patient);

        [Fact]
        public Task Fixes_every_diagnostic_in_a_document_at_once() => VerifyFix.VerifyFixAsync("""
            using Microsoft.Extensions.Logging;

            class PatientService(ILogger logger)
            {
                void Admit(Patient patient)
                {
                    logger.LogInformation("Admitting {NhsNumber}", {|NHS1002:patient.NhsNumber|});
                    logger.LogWarning({|NHS1002:$"Admitting {patient.NhsNumber} again"|});
                    logger.LogError("Failed {NhsNumber} {Name}", {|NHS1002:patient.NhsNumber|}, patient.Name);
                }

                void Discharge(Patient patient) => logger.LogInformation("Discharging {NhsNumber}", {|NHS1002:patient.NhsNumber|});
            }
            """ + Patient, """
            using Microsoft.Extensions.Logging;

            class PatientService(ILogger logger)
            {
                void Admit(Patient patient)
                {
                    logger.LogInformation("Admitting");
                    logger.LogWarning($"Admitting again");
                    logger.LogError("Failed {Name}", patient.Name);
                }

                void Discharge(Patient patient) => logger.LogInformation("Discharging");
            }
            """ + Patient);

        [Fact]
        public Task Offers_no_fix_where_no_readable_message_would_remain() => VerifyFix.VerifyFixAsync("""
            using System;
            using Microsoft.Extensions.Logging;

            class PatientService(ILogger logger)
            {
                private static readonly Action<ILogger, string, Exception?> Admitted =
                    LoggerMessage.Define<string>(LogLevel.Information, new EventId(1), "Admitted {NhsNumber}");

                void Admit(Patient patient, string nhsNumber)
                {
                    Console.WriteLine({|NHS1002:nhsNumber|});
                    Console.WriteLine({|NHS1002:$"{nhsNumber}"|});
                    Console.WriteLine({|NHS1002:"NHS number " + nhsNumber|});
                    Console.WriteLine("NHS number {0}", {|NHS1002:nhsNumber|});
                    Admitted(logger, {|NHS1002:patient.NhsNumber|}, null);
                    logger.LogInformation("Admitting {NhsNumber}", new object[] { {|NHS1002:nhsNumber|} });
                    logger.LogInformation("Admitting {NhsNumber} {Name}", args: new object[] { {|NHS1002:nhsNumber|}, patient.Name });
                    logger.LogInformation("Admitting " + "{NhsNumber}", {|NHS1002:nhsNumber|});
                    logger.LogInformation("Admitting {NhsNumber} {Name}", {|NHS1002:nhsNumber|});
                    Serilog.Log.Information<string>("Admitting {NhsNumber}", {|NHS1002:nhsNumber|});
                    logger.LogInformation("{NhsNumber}", {|NHS1002:nhsNumber|});
                    throw new Exception({|NHS1002:nhsNumber|});
                }
            }
            """ + Patient, """
            using System;
            using Microsoft.Extensions.Logging;

            class PatientService(ILogger logger)
            {
                private static readonly Action<ILogger, string, Exception?> Admitted =
                    LoggerMessage.Define<string>(LogLevel.Information, new EventId(1), "Admitted {NhsNumber}");

                void Admit(Patient patient, string nhsNumber)
                {
                    Console.WriteLine({|NHS1002:nhsNumber|});
                    Console.WriteLine({|NHS1002:$"{nhsNumber}"|});
                    Console.WriteLine({|NHS1002:"NHS number " + nhsNumber|});
                    Console.WriteLine("NHS number {0}", {|NHS1002:nhsNumber|});
                    Admitted(logger, {|NHS1002:patient.NhsNumber|}, null);
                    logger.LogInformation("Admitting {NhsNumber}", new object[] { {|NHS1002:nhsNumber|} });
                    logger.LogInformation("Admitting {NhsNumber} {Name}", args: new object[] { {|NHS1002:nhsNumber|}, patient.Name });
                    logger.LogInformation("Admitting " + "{NhsNumber}", {|NHS1002:nhsNumber|});
                    logger.LogInformation("Admitting {NhsNumber} {Name}", {|NHS1002:nhsNumber|});
                    Serilog.Log.Information<string>("Admitting {NhsNumber}", {|NHS1002:nhsNumber|});
                    logger.LogInformation("{NhsNumber}", {|NHS1002:nhsNumber|});
                    throw new Exception({|NHS1002:nhsNumber|});
                }
            }
            """ + Patient);
    }
}
