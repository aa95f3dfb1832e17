using System.Threading.Tasks;
using NhsCodeAnalyzers.Tests.Verifiers;
using Verify = NhsCodeAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<NhsCodeAnalyzers.Rules.RetiredCodeSystemAnalyzer>;

namespace NhsCodeAnalyzers.Tests.Rules
{
    /// <summary>NHS3002 — Retired clinical code system: what it flags and what it leaves alone.</summary>
    public sealed class NHS3002RetiredCodeSystemTests
    {
        // ---- Flags -------------------------------------------------------------------------------------------

        [Fact]
        public Task Flags_Read_v2_and_CTV3_in_Coding_CodeableConcept_and_Identifier_constructors() => Verify.VerifyAsync("""
            using Hl7.Fhir.Model;

            class LegacyCoding
            {
                Coding Asthma() => new Coding({|NHS3002:"http://read.info/readv2"|}, "H33..");

                Coding Diabetes() => new Coding({|NHS3002:"http://read.info/ctv3"|}, "C10..", "Diabetes mellitus");

                CodeableConcept Condition() => new CodeableConcept({|NHS3002:"http://read.info/readv2"|}, "H33..");

                Identifier Legacy(string code) => new Identifier({|NHS3002:"http://read.info/ctv3"|}, code);
            }
            """);

        [Fact]
        public Task Flags_a_named_system_argument_written_out_of_order() => Verify.VerifyAsync("""
            using Hl7.Fhir.Model;

            class LegacyCoding
            {
                Coding Asthma() => new Coding(code: "H33..", system: {|NHS3002:"http://read.info/readv2"|});
            }
            """);

        [Fact]
        public Task Flags_object_initializers_and_System_assignments() => Verify.VerifyAsync("""
            using Hl7.Fhir.Model;

            class LegacyCoding
            {
                Coding Initialized() => new Coding { System = {|NHS3002:"http://read.info/readv2"|}, Code = "H33.." };

                Identifier Id() => new Identifier { System = {|NHS3002:"http://read.info/ctv3"|}, Value = "X1" };

                void Assigned(Coding coding, Identifier identifier)
                {
                    coding.System = {|NHS3002:"http://read.info/ctv3"|};
                    identifier.System = {|NHS3002:"http://read.info/readv2"|};
                }
            }
            """);

        [Fact]
        public Task Flags_a_constant_at_its_own_literal_wherever_it_is_used() => Verify.VerifyAsync("""
            using Hl7.Fhir.Model;

            static class CodeSystems
            {
                public const string ReadV2 = {|NHS3002:"http://read.info/readv2"|};
                public static readonly string Ctv3 = {|NHS3002:"http://read.info/ctv3"|};
                private const string Alias = ReadV2;
            }

            class LegacyCoding
            {
                Coding Asthma() => new Coding(CodeSystems.ReadV2, "H33..");

                Coding Diabetes() => new Coding { System = CodeSystems.Ctv3, Code = "C10.." };
            }
            """);

        [Fact]
        public Task Flags_a_private_constant_used_in_its_own_type() => Verify.VerifyAsync("""
            using Hl7.Fhir.Model;

            class LegacyCoding
            {
                private const string Read = {|NHS3002:"http://read.info/readv2"|};

                Coding Asthma() => new Coding(Read, "H33..");
            }
            """);

        [Fact]
        public Task Flags_literals_through_locals_conditionals_and_coalescing() => Verify.VerifyAsync("""
            using Hl7.Fhir.Model;

            class LegacyCoding
            {
                Coding Local(string code)
                {
                    const string system = {|NHS3002:"http://read.info/readv2"|};
                    var other = {|NHS3002:"http://read.info/ctv3"|};
                    return code.Length > 5 ? new Coding(other, code) : new Coding(system, code);
                }

                Coding Conditional(bool ctv3, string code)
                    => new Coding(ctv3 ? {|NHS3002:"http://read.info/ctv3"|} : {|NHS3002:"http://read.info/readv2"|}, code);

                Coding Coalesce(string? system, string code) => new Coding(system ?? {|NHS3002:"http://read.info/readv2"|}, code);
            }
            """);

        [Fact]
        public Task Flags_near_spellings_of_the_retired_uris() => Verify.VerifyAsync("""
            using Hl7.Fhir.Model;

            class LegacyCoding
            {
                Coding[] All(string code) => new[]
                {
                    new Coding({|NHS3002:"https://read.info/readv2"|}, code),
                    new Coding({|NHS3002:"http://read.info/readv2/"|}, code),
                    new Coding({|NHS3002:"HTTP://READ.INFO/CTV3"|}, code),
                    new Coding({|NHS3002:"http://www.read.info/read-v2"|}, code),
                    new Coding({|NHS3002:@"http://read.info/ctv3"|}, code),
                };
            }
            """);

        [Fact]
        public Task Flags_codings_built_into_a_resource_in_top_level_statements() => Verify.VerifyProgramAsync("""
            using Hl7.Fhir.Model;

            var condition = new Condition
            {
                Code = new CodeableConcept { Coding = { new Coding({|NHS3002:"http://read.info/readv2"|}, "H33..") } },
            };
            condition.Code.Coding.Add(new Coding { System = {|NHS3002:"http://read.info/ctv3"|}, Code = "H33.." });
            System.Console.WriteLine(condition.Code.Coding.Count);
            """);

        [Theory]
        [InlineData("england")]
        [InlineData("wales")]
        [InlineData("northern_ireland")]
        public Task Flags_in_the_nations_that_moved_to_SNOMED_CT(string nation) => Verify.VerifyAsync("""
            using Hl7.Fhir.Model;

            class LegacyCoding
            {
                Coding Asthma() => new Coding({|NHS3002:"http://read.info/readv2"|}, "H33..");
            }
            """, editorConfig: $"nhs_code_analyzers.nation = {nation}");

        // ---- Leaves alone ------------------------------------------------------------------------------------

        [Fact]
        public Task Ignores_Scotland_which_still_codes_with_Read() => Verify.VerifyAsync("""
            using Hl7.Fhir.Model;

            class LegacyCoding
            {
                const string Ctv3 = "http://read.info/ctv3";

                Coding Asthma() => new Coding("http://read.info/readv2", "H33..");

                Coding Diabetes() => new Coding { System = Ctv3, Code = "C10.." };
            }
            """, editorConfig: "nhs_code_analyzers.nation = scotland");

        [Fact]
        public Task Ignores_comparisons_and_case_labels_that_read_the_legacy_system() => Verify.VerifyAsync("""
            using Hl7.Fhir.Model;

            class Translator
            {
                public const string ReadV2 = "http://read.info/readv2";

                bool IsRead(Coding coding) => coding.System == ReadV2 || coding.System == "http://read.info/ctv3";

                bool IsReadToo(Coding coding) => string.Equals(coding.System, "http://read.info/readv2", System.StringComparison.OrdinalIgnoreCase);

                string Describe(Coding coding) => coding.System switch
                {
                    "http://read.info/readv2" => "Read v2",
                    "http://read.info/ctv3" => "CTV3",
                    _ => "other",
                };

                string Describe(Identifier identifier)
                {
                    switch (identifier.System)
                    {
                        case "http://read.info/ctv3":
                            return "CTV3";
                        default:
                            return "other";
                    }
                }
            }
            """);

        [Fact]
        public Task Ignores_ConceptMap_style_mapping_code_that_translates_legacy_codes() => Verify.VerifyAsync("""
            using System.Collections.Generic;
            using Hl7.Fhir.Model;

            class ReadToSnomed
            {
                private const string ReadV2 = "http://read.info/readv2";

                private static readonly Dictionary<string, string> ReadToSnomedCodes = new()
                {
                    ["H33.."] = "195967001",
                };

                private static readonly Dictionary<string, string> SystemNames = new()
                {
                    ["http://read.info/ctv3"] = "CTV3",
                };

                ConceptMap Map() => new ConceptMap
                {
                    Group =
                    {
                        new ConceptMap.GroupComponent { Source = ReadV2, Target = "http://snomed.info/sct" },
                        new ConceptMap.GroupComponent { Source = "http://read.info/ctv3", Target = "http://snomed.info/sct" },
                    },
                };

                Coding Translate(Coding legacy)
                    => legacy.System == ReadV2 && ReadToSnomedCodes.TryGetValue(legacy.Code, out var snomed)
                        ? new Coding("http://snomed.info/sct", snomed)
                        : legacy;
            }
            """);

        [Fact]
        public Task Ignores_the_uri_in_log_and_exception_messages() => Verify.VerifyAsync("""
            using System;
            using Hl7.Fhir.Model;

            class Importer
            {
                const string ReadV2 = "http://read.info/readv2";

                void Reject(Coding coding)
                {
                    Console.WriteLine("Codes under http://read.info/readv2 must be mapped first");
                    var message = "Unsupported system " + ReadV2;
                    throw new InvalidOperationException(message + coding.Code);
                }
            }
            """);

        [Fact]
        public Task Ignores_a_local_that_is_replaced_before_use_and_a_concatenated_uri() => Verify.VerifyAsync("""
            using Hl7.Fhir.Model;

            class Importer
            {
                Coding Build(string code, bool snomed)
                {
                    var system = "http://read.info/readv2";
                    if (snomed)
                    {
                        system = "http://snomed.info/sct";
                    }

                    var built = new Coding(system, code);
                    return new Coding("http://read.info/" + "readv2", built.Code);
                }
            }
            """);

        [Fact]
        public Task Ignores_SNOMED_CT_and_other_current_systems() => Verify.VerifyAsync("""
            using Hl7.Fhir.Model;

            class Coder
            {
                Coding Asthma() => new Coding("http://snomed.info/sct", "195967001");

                Coding Lab() => new Coding { System = "http://loinc.org", Code = "4548-4" };

                Coding Local() => new Coding("https://fhir.example-trust.nhs.uk/CodeSystem/readiness", "R1");
            }
            """);

        [Fact]
        public Task Ignores_a_teams_own_Coding_type() => Verify.VerifyAsync("""
            namespace Contoso.Terminology
            {
                class Coding
                {
                    public Coding(string system, string code) { System = system; Code = code; }

                    public string System { get; set; }

                    public string Code { get; set; }
                }

                class Legacy
                {
                    Coding Asthma() => new Coding("http://read.info/readv2", "H33..");

                    Coding Other() => new Coding("x", "y") { System = "http://read.info/ctv3" };
                }
            }
            """);

        [Fact]
        public Task Registers_nothing_without_the_FHIR_SDK() => Verify.VerifyAsync("""
            class Legacy
            {
                const string ReadV2 = "http://read.info/readv2";

                string System { get; set; } = ReadV2;
            }
            """, ReferenceSets.Net100);

        [Fact]
        public Task Honours_severity_none_from_editorconfig() => Verify.VerifyAsync("""
            using Hl7.Fhir.Model;

            class LegacyCoding
            {
                Coding Asthma() => new Coding("http://read.info/readv2", "H33..");
            }
            """, editorConfig: "dotnet_diagnostic.NHS3002.severity = none");
    }
}
