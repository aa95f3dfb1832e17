using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using NhsCodeAnalyzers.Descriptors;
using NhsCodeAnalyzers.Tests.Verifiers;
using Verify = NhsCodeAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<NhsCodeAnalyzers.Rules.IdentifierInLogAnalyzer>;

namespace NhsCodeAnalyzers.Tests.Rules
{
    /// <summary>NHS1002 on the sinks other than Microsoft.Extensions.Logging: Serilog, NLog, Console, Debug/Trace, Activity, exceptions.</summary>
    public sealed class NHS1002IdentifierInLogSinkTests
    {
        private const string Patient = NHS1002IdentifierInLogTests.Patient;

        private static DiagnosticResult Expected(int markup, string identifier, string sink)
            => new DiagnosticResult(RuleDescriptors.IdentifierInLog).WithLocation(markup).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithArguments(identifier, sink);

        // ---- Serilog -----------------------------------------------------------------------------------------

        [Fact]
        public Task Flags_Serilog_loggers_the_static_Log_and_log_context_properties() => Verify.VerifyAsync("""
            using Serilog;
            using Serilog.Context;

            class PatientService(ILogger log)
            {
                void Admit(Patient patient, string nhsNumber)
                {
                    log.Information("Admitting {NhsNumber}", {|NHS1002:patient.NhsNumber|});
                    log.Warning("Admitting {Name} {NhsNumber} {Ward} {Bed}", patient.Name, {|NHS1002:nhsNumber|}, "A", 4);
                    log.Error({|NHS1002:$"Admitting {nhsNumber}"|});
                    Log.Information("Admitting {NhsNumber}", {|NHS1002:nhsNumber|});
                    Log.Logger.Debug("Admitting {NhsNumber}", {|NHS1002:nhsNumber|});
                    var scoped = log.ForContext("NhsNumber", {|NHS1002:nhsNumber|});
                    using var property = LogContext.PushProperty("NhsNumber", {|NHS1002:nhsNumber|});
                    log.Information("Admitting {PatientId}", patient.PatientId);
                }
            }
            """ + Patient);

        [Fact]
        public Task Flags_objects_Serilog_destructures_and_records_it_stringifies() => Verify.VerifyAsync("""
            using Serilog;
            using Serilog.Context;

            public record PatientRecord(string NhsNumber);

            class PatientService(ILogger log)
            {
                void Admit(Patient patient, PatientRecord record)
                {
                    log.Information("Admitting {@Patient}", {|NHS1002:patient|});
                    log.Information("Admitting {$Patient}", {|NHS1002:record|});
                    log.Information("Admitting {Patient}", {|NHS1002:record|});
                    var scoped = log.ForContext("Patient", {|NHS1002:patient|}, destructureObjects: true);
                    using var property = LogContext.PushProperty("Patient", {|NHS1002:patient|}, true);
                    log.Information("Admitting {$Patient}", patient);
                    log.Information("Admitting {Patient}", patient);
                    var plain = log.ForContext("Patient", patient);
                }
            }
            """ + Patient);

        [Fact]
        public Task Names_the_Serilog_sinks_in_the_message()
        {
            var source = """
                using Serilog;

                class PatientService(ILogger log)
                {
                    void Admit(Patient patient)
                    {
                        log.Information("Admitting {@Patient}", {|#0:patient|});
                        var scoped = log.ForContext("NhsNumber", {|#1:patient.NhsNumber|});
                    }
                }
                """ + Patient;
            return Verify.VerifyAsync(source, ReferenceSets.Net100WithPackages, null, OutputKind.DynamicallyLinkedLibrary,
                Expected(0, "patient.NhsNumber", "a log message"),
                Expected(1, "patient.NhsNumber", "a log property"));
        }

        // ---- NLog --------------------------------------------------------------------------------------------

        [Fact]
        public Task Flags_NLog_loggers_and_scope_properties() => Verify.VerifyAsync("""
            using NLog;

            class PatientService
            {
                private static readonly Logger Logger = LogManager.GetCurrentClassLogger();

                void Admit(Patient patient, string nhsNumber, ILogger contract)
                {
                    Logger.Info("Admitting {NhsNumber}", {|NHS1002:nhsNumber|});
                    Logger.Warn("Admitting {Name} {NhsNumber}", patient.Name, {|NHS1002:patient.NhsNumber|});
                    Logger.Debug({|NHS1002:$"Admitting {nhsNumber}"|});
                    Logger.Info("Admitting {@Patient}", {|NHS1002:patient|});
                    contract.Error("Admitting {NhsNumber}", {|NHS1002:nhsNumber|});
                    using var scope = ScopeContext.PushProperty("NhsNumber", {|NHS1002:nhsNumber|});
                    var tagged = Logger.WithProperty("NhsNumber", {|NHS1002:nhsNumber|});
                    Logger.Info("Admitting {Patient}", patient);
                    Logger.Info("Admitting {PatientId}", patient.PatientId);
                }
            }
            """ + Patient);

        // ---- Console -----------------------------------------------------------------------------------------

        [Fact]
        public Task Flags_the_console_and_its_writers() => Verify.VerifyAsync("""
            using System;
            using System.IO;
            using System.Threading.Tasks;

            class PatientService
            {
                async Task Admit(Patient patient, string nhsNumber, TextWriter file)
                {
                    Console.WriteLine({|NHS1002:nhsNumber|});
                    Console.Write("Admitting {0}", {|NHS1002:patient.NhsNumber|});
                    Console.WriteLine({|NHS1002:"Admitting " + nhsNumber|});
                    Console.Out.WriteLine({|NHS1002:nhsNumber|});
                    await Console.Error.WriteLineAsync({|NHS1002:$"Admitting {nhsNumber}"|});
                    Console.WriteLine(nhsNumber.Length);
                    file.WriteLine(nhsNumber);
                }
            }
            """ + Patient);

        // ---- Debug and Trace ---------------------------------------------------------------------------------

        [Fact]
        public Task Flags_Debug_Trace_and_TraceSource_messages() => Verify.VerifyAsync("""
            using System.Diagnostics;

            class PatientService
            {
                private static readonly TraceSource Source = new("Clinic");

                void Admit(Patient patient, string nhsNumber, bool verbose)
                {
                    Debug.WriteLine({|NHS1002:nhsNumber|});
                    Debug.Print("Admitting {0}", {|NHS1002:nhsNumber|});
                    Debug.Assert(nhsNumber.Length == 10, {|NHS1002:$"Bad number {nhsNumber}"|});
                    Debug.Fail({|NHS1002:"Bad number " + patient.NhsNumber|});
                    Debug.WriteLineIf(verbose, {|NHS1002:$"Admitting {nhsNumber}"|});
                    Trace.TraceInformation("Admitting {0}", {|NHS1002:nhsNumber|});
                    Trace.WriteLine({|NHS1002:patient.NhsNumber|}, "Admissions");
                    Source.TraceEvent(TraceEventType.Information, 1, "Admitting {0}", {|NHS1002:nhsNumber|});
                    Debug.Assert(nhsNumber != null);
                    Debug.Assert(patient.NhsNumber.Length == 10, "NHS number must have 10 digits");
                }
            }
            """ + Patient);

        // ---- Activity ----------------------------------------------------------------------------------------

        [Fact]
        public Task Flags_Activity_tags_baggage_and_status() => Verify.VerifyAsync("""
            using System.Diagnostics;

            class PatientService
            {
                void Admit(Activity activity, Patient patient)
                {
                    activity.SetTag("patient.nhs_number", {|NHS1002:patient.NhsNumber|});
                    activity.AddTag("patient.nhs_number", {|NHS1002:patient.NhsNumber|});
                    activity.SetBaggage("nhs", {|NHS1002:patient.NhsNumber|});
                    activity.AddBaggage("nhs", {|NHS1002:patient.NhsNumber|});
                    activity.SetStatus(ActivityStatusCode.Error, {|NHS1002:$"Patient {patient.NhsNumber} not found"|});
                    Activity.Current?.SetTag("nhs", {|NHS1002:patient.NhsNumber|});
                    activity.AddEvent(new ActivityEvent("admitted", tags: {|NHS1002:new ActivityTagsCollection { { "nhs", patient.NhsNumber } }|}));
                    activity.AddEvent(new ActivityEvent("admitted", tags: new ActivityTagsCollection { { "patient.id", patient.PatientId } }));
                    activity.SetTag("patient.id", patient.PatientId);
                    activity.SetTag("nhs_number.present", patient.NhsNumber.Length > 0);
                }
            }
            """ + Patient);

        [Fact]
        public Task Names_each_sink_in_the_message()
        {
            var source = """
                using System;
                using System.Diagnostics;

                class PatientService
                {
                    void Admit(Activity activity, Patient patient, string nhsNumber)
                    {
                        Console.WriteLine({|#0:nhsNumber|});
                        Debug.WriteLine({|#1:nhsNumber|});
                        activity.SetTag("patient.nhs_number", {|#2:patient.NhsNumber|});
                        activity.SetBaggage("nhs", {|#3:patient.NhsNumber|});
                        activity.SetStatus(ActivityStatusCode.Error, {|#4:$"Patient {patient.NhsNumber} not found"|});
                        throw new ArgumentException({|#5:$"Invalid NHS number {nhsNumber}"|}, nameof(nhsNumber));
                    }
                }
                """ + Patient;
            return Verify.VerifyAsync(source, ReferenceSets.Net100WithPackages, null, OutputKind.DynamicallyLinkedLibrary,
                Expected(0, "nhsNumber", "the console"),
                Expected(1, "nhsNumber", "a trace"),
                Expected(2, "patient.NhsNumber", "an Activity tag"),
                Expected(3, "patient.NhsNumber", "Activity baggage"),
                Expected(4, "patient.NhsNumber", "an Activity status"),
                Expected(5, "nhsNumber", "an exception message"));
        }

        // ---- Exceptions --------------------------------------------------------------------------------------

        [Fact]
        public Task Flags_the_message_of_an_exception() => Verify.VerifyAsync("""
            using System;
            using System.Collections.Generic;

            public class PatientNotFoundException : Exception
            {
                public PatientNotFoundException(string nhsNumber) : base({|NHS1002:$"No patient with NHS number {nhsNumber}"|}) { }
                public PatientNotFoundException(string message, Exception inner) : base(message, inner) { }
            }

            class PatientService
            {
                void Admit(Patient patient, string nhsNumber)
                {
                    if (nhsNumber.Length != 10) throw new ArgumentException({|NHS1002:$"Invalid NHS number {nhsNumber}"|}, nameof(nhsNumber));
                    if (patient.Name.Length == 0) throw new InvalidOperationException({|NHS1002:"No name for " + patient.NhsNumber|});
                    if (patient.PatientId < 0) throw new ArgumentOutOfRangeException(nameof(patient), {|NHS1002:patient.NhsNumber|}, "Bad patient");
                    if (patient.PatientId == 0) throw new KeyNotFoundException({|NHS1002:nhsNumber|});
                    if (patient.PatientId == 1) throw new PatientNotFoundException(message: {|NHS1002:nhsNumber|}, inner: new Exception());
                    Exception error = new({|NHS1002:string.Format("Patient {0}", nhsNumber)|});
                }
            }
            """ + Patient);

        [Fact]
        public Task Leaves_exception_arguments_that_are_not_the_message_alone() => Verify.VerifyAsync("""
            using System;

            public class PatientNotFoundException : Exception
            {
                public PatientNotFoundException(string nhsNumber) : base("No patient with that NHS number") { NhsNumber = nhsNumber; }
                public string NhsNumber { get; }
            }

            public class Notification
            {
                public Notification(string message) { }
            }

            class PatientService
            {
                void Admit(Patient patient, string nhsNumber)
                {
                    if (nhsNumber.Length != 10) throw new ArgumentException("Invalid NHS number", nameof(nhsNumber));
                    if (patient.PatientId == 0) throw new ArgumentNullException(nameof(patient.NhsNumber));
                    if (patient.PatientId == 1) throw new PatientNotFoundException(nhsNumber);
                    if (patient.PatientId == 2) throw new InvalidOperationException($"Patient {patient.PatientId} has {nhsNumber.Length} digits");
                    var note = new Notification(nhsNumber);
                }
            }
            """ + Patient);
    }
}
