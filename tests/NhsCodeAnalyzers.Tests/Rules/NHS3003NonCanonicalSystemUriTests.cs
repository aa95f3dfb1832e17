using System.Threading;
using System.Threading.Tasks;
using NhsCodeAnalyzers.Tests.Verifiers;
using Verify = NhsCodeAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<NhsCodeAnalyzers.Rules.NonCanonicalSystemUriAnalyzer>;

namespace NhsCodeAnalyzers.Tests.Rules
{
    /// <summary>NHS3003 — Non-canonical FHIR identifier or code system URI: what it flags and what it leaves alone.</summary>
    public sealed class NHS3003NonCanonicalSystemUriTests
    {
        // ---- Flags: an NHS number under another system -------------------------------------------------------

        [Fact]
        public Task Flags_an_NHS_number_under_a_local_system_in_a_constructor() => Verify.VerifyAsync("""
            using Hl7.Fhir.Model;

            class PatientRecord
            {
                public string NhsNumber { get; set; } = "";
            }

            class Exporter
            {
                Identifier Id(PatientRecord patient) => new Identifier({|NHS3003:"https://fhir.example-trust.nhs.uk/Id/nhs-number"|}, patient.NhsNumber);

                Identifier Named(string nhsNo) => new Identifier(value: nhsNo, system: {|NHS3003:"urn:nhs-number"|});

                Identifier Bare(PatientRecord patient) => new Identifier({|NHS3003:"nhs"|}, patient.NhsNumber);

                Identifier Assigned(PatientRecord patient) => new Identifier { Value = patient.NhsNumber, System = {|NHS3003:"NHS"|} };
            }
            """);

        [Fact]
        public Task Flags_an_NHS_number_under_another_canonical_system() => Verify.VerifyAsync("""
            using Hl7.Fhir.Model;

            class Exporter
            {
                Identifier Id(string nhsNumber) => new Identifier({|NHS3003:"https://fhir.nhs.uk/Id/ods-organization-code"|}, nhsNumber);
            }
            """);

        [Fact]
        public Task Flags_an_NHS_number_in_an_object_initializer_and_through_Patient_Identifier_Add() => Verify.VerifyAsync("""
            using Hl7.Fhir.Model;

            class PatientRecord
            {
                public string? NhsNumber { get; set; }
            }

            class Exporter
            {
                private const string LocalNhsNumberSystem = {|NHS3003:"https://fhir.example-trust.nhs.uk/Id/nhs-number"|};

                Patient Export(PatientRecord record)
                {
                    var patient = new Patient();
                    patient.Identifier.Add(new Identifier(LocalNhsNumberSystem, record.NhsNumber));
                    patient.Identifier.Add(new Identifier { System = {|NHS3003:"https://fhir.example-trust.nhs.uk/Id/nhs"|}, Value = record?.NhsNumber });
                    patient.Identifier.Add(new Identifier { Value = record!.NhsNumber!.ToString(), System = {|NHS3003:"https://fhir.example-trust.nhs.uk/nhs"|} });
                    return patient;
                }
            }
            """);

        [Fact]
        public Task Follows_a_system_constant_to_every_shape_that_pairs_it_with_an_NHS_number() => Verify.VerifyAsync("""
            using Hl7.Fhir.Model;

            class PatientRecord
            {
                public string? NhsNumber { get; set; }
            }

            static class Systems
            {
                public const string InInitializer = {|NHS3003:"https://fhir.example-trust.nhs.uk/Id/patient"|};
                public const string BesideLiteral = {|NHS3003:"https://fhir.example-trust.nhs.uk/Id/test-patient"|};
                public static readonly string ThroughCoalesce = {|NHS3003:"urn:trust:nhs"|};
            }

            class Exporter
            {
                Identifier[] Export(PatientRecord record, string? system) => new[]
                {
                    new Identifier { System = Systems.InInitializer, Value = record.NhsNumber },
                    new Identifier(Systems.BesideLiteral, "9434765919"),
                    new Identifier(system ?? (Systems.ThroughCoalesce), record.NhsNumber),
                };
            }
            """);

        [Fact]
        public Task Finds_a_constant_written_with_a_Unicode_escape_or_beside_longer_names_that_contain_it() => Verify.VerifyAsync("""
            using Hl7.Fhir.Model;

            class PatientRecord
            {
                public string? NhsNumber { get; set; }
                public string? SysNote { get; set; }
            }

            class Exporter
            {
                private const string Sys = {|NHS3003:"https://fhir.example-trust.nhs.uk/Id/escaped"|};
                private const string Other = {|NHS3003:"https://fhir.example-trust.nhs.uk/Id/other"|};

                Identifier Escaped(PatientRecord record) => new Identifier(S\u0079s, record.NhsNumber);

                Identifier Plain(PatientRecord record) => new Identifier(OtherSys(record.SysNote) ?? Other, record.NhsNumber);

                static string? OtherSys(string? note) => note;
            }
            """);

        [Fact]
        public Task Leaves_a_system_constant_used_beside_other_values_or_assigned_on_its_own() => Verify.VerifyAsync("""
            using Hl7.Fhir.Model;

            class PatientRecord
            {
                public string? NhsNumber { get; set; }
                public string? PracticeOdsCode { get; set; }
            }

            class Exporter
            {
                private const string Ods = "https://fhir.example-trust.nhs.uk/Id/practice";
                private const string Local = "https://fhir.example-trust.nhs.uk/Id/local";

                Identifier Practice(PatientRecord record) => new Identifier(Ods, record.PracticeOdsCode);

                Coding Code(string code) => new Coding(Local, code);

                Identifier Separately(PatientRecord record)
                {
                    var identifier = new Identifier();
                    identifier.System = Local;
                    identifier.Value = record.NhsNumber;
                    return identifier;
                }
            }
            """);

        [Fact]
        public Task Flags_a_valid_NHS_number_literal_and_an_attributed_NHS_number() => Verify.VerifyAsync("""
            using Hl7.Fhir.Model;
            using NhsCodeAnalyzers.Annotations;

            class PatientRecord
            {
                [PatientIdentifier]
                public string NhsNo { get; set; } = "";
            }

            class Exporter
            {
                Identifier Test() => new Identifier({|NHS3003:"urn:oid:2.16.840.1.113883.2.1.4.1"|}, "943 476 5919");

                Identifier Attributed(PatientRecord record) => new Identifier({|NHS3003:"https://fhir.example-trust.nhs.uk/Id/patient"|}, record.NhsNo);
            }
            """);

        // ---- Flags: near misses of the canonical URIs --------------------------------------------------------

        [Fact]
        public Task Flags_near_misses_of_every_canonical_uri() => Verify.VerifyAsync("""
            using Hl7.Fhir.Model;

            class Coder
            {
                object[] All(string code) => new object[]
                {
                    new Identifier({|NHS3003:"http://fhir.nhs.uk/Id/nhs-number"|}, code),
                    new Identifier({|NHS3003:"https://fhir.nhs.uk/Id/nhsnumber"|}, code),
                    new Identifier({|NHS3003:"https://FHIR.NHS.UK/Id/NHS-Number"|}, code),
                    new Coding({|NHS3003:"https://snomed.info/sct"|}, code),
                    new Coding({|NHS3003:"http://snomed.info/sct/"|}, code),
                    new Coding({|NHS3003:"https://www.dmd.nhs.uk"|}, code),
                    new Coding({|NHS3003:"http://hl7.org/fhir/sid/icd10"|}, code),
                    new Coding({|NHS3003:"http://www.loinc.org"|}, code),
                    new Coding({|NHS3003:"http://units-of-measure.org"|}, code),
                    new Identifier({|NHS3003:"https://fhir.nhs.uk/Id/ods-organization-code/"|}, code),
                    new Identifier({|NHS3003:"http://fhir.nhs.uk/Id/ods-site-code"|}, code),
                };
            }
            """);

        [Fact]
        public Task Flags_near_misses_in_initializers_assignments_and_CodeableConcept() => Verify.VerifyAsync("""
            using Hl7.Fhir.Model;

            class Coder
            {
                Coding Initialized() => new Coding { System = {|NHS3003:"https://snomed.info/sct"|}, Code = "195967001" };

                CodeableConcept Concept() => new CodeableConcept({|NHS3003:"http://LOINC.org"|}, "4548-4");

                void Assigned(Coding coding, Identifier identifier)
                {
                    coding.System = {|NHS3003:"http://snomed.info/sct/"|};
                    identifier.System = {|NHS3003:"https://fhir.nhs.uk/Id/ods-organization-code/"|};
                }
            }
            """);

        [Fact]
        public Task Flags_a_constant_at_its_own_literal_and_a_local_at_its_declaration() => Verify.VerifyAsync("""
            using Hl7.Fhir.Model;

            public static class Systems
            {
                public const string Snomed = {|NHS3003:"https://snomed.info/sct"|};
                public static readonly string Loinc = {|NHS3003:"http://loinc.org/"|};
            }

            class Coder
            {
                Coding Snomed(string code) => new Coding(Systems.Snomed, code);

                Coding Loinc(string code) => new Coding { System = Systems.Loinc, Code = code };

                Coding Local(string code, bool lab)
                {
                    var system = {|NHS3003:"https://snomed.info/sct/"|};
                    return new Coding(lab ? Systems.Loinc : system, code);
                }
            }
            """);

        [Fact]
        public async Task Flags_a_constant_declared_in_another_file_at_its_own_literal()
        {
            var test = new CSharpAnalyzerVerifier<NhsCodeAnalyzers.Rules.NonCanonicalSystemUriAnalyzer>.Test();
            test.TestState.Sources.Add(("Systems.cs", """
                public static class Systems
                {
                    public const string NhsNumber = {|NHS3003:"http://fhir.nhs.uk/Id/nhs-number"|};
                    public const string Unused = "http://snomed.info/sct/";
                }
                """));
            test.TestState.Sources.Add(("Exporter.cs", """
                using Hl7.Fhir.Model;

                class Exporter
                {
                    Identifier Id(string nhsNumber) => new Identifier(Systems.NhsNumber, nhsNumber);
                }
                """));
            TestConfiguration.Apply(test.TestState, ReferenceSets.Net100WithPackages, editorConfig: null);
            await test.RunAsync(CancellationToken.None);
        }

        [Fact]
        public Task Flags_in_top_level_statements() => Verify.VerifyProgramAsync("""
            using Hl7.Fhir.Model;

            var nhsNumber = args[0];
            var patient = new Patient();
            patient.Identifier.Add(new Identifier({|NHS3003:"http://fhir.nhs.uk/Id/nhs-number"|}, nhsNumber));
            patient.Identifier.Add(new Identifier({|NHS3003:"https://fhir.example-trust.nhs.uk/Id/local"|}, nhsNumber));
            System.Console.WriteLine(patient.Identifier.Count);
            """);

        // ---- Leaves alone ------------------------------------------------------------------------------------

        [Fact]
        public Task Ignores_the_exact_canonical_uris() => Verify.VerifyAsync("""
            using Hl7.Fhir.Model;

            class Coder
            {
                const string NhsNumberSystem = "https://fhir.nhs.uk/Id/nhs-number";

                object[] All(string code, string nhsNumber) => new object[]
                {
                    new Identifier(NhsNumberSystem, nhsNumber),
                    new Identifier { System = "https://fhir.nhs.uk/Id/nhs-number", Value = "943 476 5919" },
                    new Coding("http://snomed.info/sct", code),
                    new Coding("https://dmd.nhs.uk", code),
                    new Coding("http://hl7.org/fhir/sid/icd-10", code),
                    new Coding("http://loinc.org", code),
                    new Coding("http://unitsofmeasure.org", code),
                    new Identifier("https://fhir.nhs.uk/Id/ods-organization-code", code),
                    new Identifier("https://fhir.nhs.uk/Id/ods-site-code", code),
                };
            }
            """);

        [Fact]
        public Task Ignores_local_systems_that_do_not_carry_an_NHS_number() => Verify.VerifyAsync("""
            using Hl7.Fhir.Model;

            class PatientRecord
            {
                public string HospitalNumber { get; set; } = "";
                public string Mrn { get; set; } = "";
                public string ChiNumber { get; set; } = "";
                public string PseudoNhsNumber { get; set; } = "";
                public string PatientId { get; set; } = "";
            }

            class Exporter
            {
                const string Local = "https://fhir.example-trust.nhs.uk/Id/local";

                object[] Ids(PatientRecord record) => new object[]
                {
                    new Identifier("https://fhir.example-trust.nhs.uk/Id/hospital-number", record.HospitalNumber),
                    new Identifier(Local, record.Mrn),
                    new Identifier("https://fhir.nhs.uk/Id/chi-number", record.ChiNumber),
                    new Identifier(Local, record.PseudoNhsNumber),
                    new Identifier(Local, record.PatientId),
                    new Identifier(Local, "1234567890"),
                    new Coding("https://fhir.example-trust.nhs.uk/CodeSystem/clinic-type", "ORTHO"),
                };
            }
            """);

        [Fact]
        public Task Ignores_near_misses_that_are_compared_logged_or_mapped() => Verify.VerifyAsync("""
            using System;
            using System.Collections.Generic;
            using Hl7.Fhir.Model;

            class Importer
            {
                const string OldNhsNumberSystem = "http://fhir.nhs.uk/Id/nhs-number";

                static readonly Dictionary<string, string> Fixes = new() { ["https://snomed.info/sct"] = "http://snomed.info/sct" };

                bool IsOld(Identifier identifier) => identifier.System == OldNhsNumberSystem || identifier.System == "https://fhir.nhs.uk/Id/nhsnumber";

                string Name(Coding coding) => coding.System switch
                {
                    "https://snomed.info/sct" => "SNOMED CT (wrong scheme)",
                    _ => "other",
                };

                void Log(Identifier identifier) => Console.WriteLine("Rejected http://fhir.nhs.uk/Id/nhs-number for " + identifier.Value);
            }
            """);

        [Fact]
        public Task Ignores_a_local_replaced_before_use_and_a_system_from_a_parameter() => Verify.VerifyAsync("""
            using Hl7.Fhir.Model;

            class Exporter
            {
                Identifier Id(string nhsNumber, bool canonical, string system)
                {
                    var chosen = "http://fhir.nhs.uk/Id/nhs-number";
                    if (canonical)
                    {
                        chosen = "https://fhir.nhs.uk/Id/nhs-number";
                    }

                    var first = new Identifier(system, nhsNumber);
                    return new Identifier(chosen, first.Value);
                }
            }
            """);

        [Fact]
        public Task Ignores_a_teams_own_Identifier_type() => Verify.VerifyAsync("""
            namespace Contoso.Records
            {
                class Identifier
                {
                    public Identifier(string system, string value) { System = system; Value = value; }

                    public string System { get; set; }

                    public string Value { get; set; }
                }

                class Exporter
                {
                    Identifier Id(string nhsNumber) => new Identifier("http://fhir.nhs.uk/Id/nhs-number", nhsNumber);

                    Identifier Local(string nhsNumber) => new Identifier("x", "y") { System = "https://snomed.info/sct", Value = nhsNumber };
                }
            }
            """);

        [Fact]
        public Task Registers_nothing_without_the_FHIR_SDK() => Verify.VerifyAsync("""
            class Exporter
            {
                string System { get; set; } = "http://fhir.nhs.uk/Id/nhs-number";
            }
            """, ReferenceSets.Net100);

        [Fact]
        public Task Honours_severity_none_from_editorconfig() => Verify.VerifyAsync("""
            using Hl7.Fhir.Model;

            class Coder
            {
                Coding Snomed(string code) => new Coding("https://snomed.info/sct", code);
            }
            """, editorConfig: "dotnet_diagnostic.NHS3003.severity = none");
    }
}
