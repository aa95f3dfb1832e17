using System.Threading.Tasks;
using NhsCodeAnalyzers.Rules;
using NhsCodeAnalyzers.Tests.Verifiers;
using Verify = NhsCodeAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<NhsCodeAnalyzers.Rules.ProprietarySerializerAnalyzer>;

namespace NhsCodeAnalyzers.Tests.Rules
{
    /// <summary>NHS3001 — Serializer that is not an open standard: what it flags and what it leaves alone.</summary>
    public sealed class NHS3001ProprietarySerializerTests
    {
        // ---- Flags -------------------------------------------------------------------------------------------

        [Fact]
        public Task Flags_creating_a_BinaryFormatter_and_calling_it_even_though_the_type_is_obsolete() => Verify.VerifyAsync("""
            using System.IO;
            using System.Runtime.Serialization.Formatters.Binary;

            class PatientArchive
            {
                void Save(Stream stream, object patient)
                {
                    var formatter = {|NHS3001:new BinaryFormatter()|};
                    {|NHS3001:formatter.Serialize(stream, patient)|};
                }
            }
            """);

        [Fact]
        public Task Flags_a_target_typed_creation() => Verify.VerifyAsync("""
            using System.Runtime.Serialization.Formatters.Binary;

            class PatientArchive
            {
                private readonly BinaryFormatter _formatter = {|NHS3001:new()|};
            }
            """);

        [Fact]
        public Task Flags_a_call_on_a_formatter_returned_by_a_method_and_one_created_inline() => Verify.VerifyAsync("""
            using System.IO;
            using System.Runtime.Serialization.Formatters.Binary;

            class PatientArchive
            {
                BinaryFormatter Create() => {|NHS3001:new BinaryFormatter()|};

                object Load(Stream stream) => {|NHS3001:Create().Deserialize(stream)|};

                void Save(Stream stream, object patient) => {|NHS3001:{|NHS3001:new BinaryFormatter()|}.Serialize(stream, patient)|};
            }
            """);

        [Fact]
        public Task Flags_formatters_in_top_level_statements_and_lambdas() => Verify.VerifyProgramAsync("""
            using System;
            using System.IO;
            using System.Runtime.Serialization.Formatters.Binary;

            var stream = new MemoryStream();
            var formatter = {|NHS3001:new BinaryFormatter()|};
            Func<object> read = () => {|NHS3001:formatter.Deserialize(stream)|};
            """);

        [Fact]
        public Task Flags_every_proprietary_formatter_on_dotnet_framework() => Verify.VerifyAsync("""
            using System.IO;
            using System.Runtime.Serialization;
            using System.Runtime.Serialization.Formatters.Binary;
            using System.Runtime.Serialization.Formatters.Soap;
            using System.Web.UI;

            class LegacyExport
            {
                void Export(Stream stream, object record)
                {
                    {|NHS3001:{|NHS3001:new BinaryFormatter()|}.Serialize(stream, record)|};
                    {|NHS3001:{|NHS3001:new SoapFormatter()|}.Serialize(stream, record)|};
                    {|NHS3001:{|NHS3001:new NetDataContractSerializer()|}.Serialize(stream, record)|};
                    {|NHS3001:{|NHS3001:new LosFormatter()|}.Serialize(stream, record)|};
                    {|NHS3001:{|NHS3001:new ObjectStateFormatter()|}.Serialize(stream, record)|};
                }
            }
            """, ReferenceSets.Net472);

        [Fact]
        public Task Flags_a_formatter_on_netstandard() => Verify.VerifyAsync("""
            using System.Runtime.Serialization.Formatters.Binary;

            class PatientArchive
            {
                object Formatter() => {|NHS3001:new BinaryFormatter()|};
            }
            """, ReferenceSets.NetStandard20);

        // ---- Leaves alone ------------------------------------------------------------------------------------

        [Fact]
        public Task Leaves_open_standard_serializers_alone() => Verify.VerifyAsync("""
            using System.IO;
            using System.Runtime.Serialization;
            using System.Runtime.Serialization.Json;
            using System.Text.Json;
            using System.Xml.Serialization;

            public class Patient { public string Name { get; set; } = ""; }

            class PatientExport
            {
                void Export(Stream stream, Patient patient)
                {
                    JsonSerializer.Serialize(stream, patient);
                    new XmlSerializer(typeof(Patient)).Serialize(stream, patient);
                    new DataContractSerializer(typeof(Patient)).WriteObject(stream, patient);
                    new DataContractJsonSerializer(typeof(Patient)).WriteObject(stream, patient);
                }
            }
            """);

        [Fact]
        public Task Leaves_the_FHIR_serializers_alone() => Verify.VerifyAsync("""
            using Hl7.Fhir.Model;
            using Hl7.Fhir.Serialization;

            class FhirExport
            {
                string Export(Patient patient) => new FhirJsonSerializer().SerializeToString(patient);

                string ExportXml(Patient patient) => new FhirXmlSerializer().SerializeToString(patient);
            }
            """);

        [Fact]
        public Task Leaves_a_formatter_type_that_only_appears_in_declarations_alone() => Verify.VerifyAsync("""
            using System;
            using System.Runtime.Serialization.Formatters.Binary;

            class Migration
            {
                private BinaryFormatter? _legacy;
                void Accept(BinaryFormatter formatter) { }
                Type Kind => typeof(BinaryFormatter);
                string Name => nameof(BinaryFormatter);
                bool IsLegacy(object value) => value is BinaryFormatter;
            }
            """);

        [Fact]
        public Task Leaves_a_teams_own_type_with_the_same_simple_name_alone() => Verify.VerifyAsync("""
            using System.IO;

            namespace Contoso.Formatting
            {
                public sealed class BinaryFormatter
                {
                    public void Serialize(Stream stream, object graph) { }
                }

                class Writer
                {
                    void Write(Stream stream) => new BinaryFormatter().Serialize(stream, 42);
                }
            }
            """);

        [Fact]
        public Task Leaves_calls_through_the_IFormatter_interface_to_the_creation_site() => Verify.VerifyAsync("""
            using System.IO;
            using System.Runtime.Serialization;

            class Writer
            {
                void Write(IFormatter formatter, Stream stream, object graph) => formatter.Serialize(stream, graph);
            }
            """);

        [Fact]
        public Task Leaves_mentions_in_strings_and_comments_alone() => Verify.VerifyAsync("""
            class Notes
            {
                // We replaced new BinaryFormatter() with System.Text.Json in 2024.
                const string History = "new BinaryFormatter().Serialize(stream, patient)";
            }
            """);

        [Fact]
        public Task Leaves_generated_code_alone() => Verify.VerifyAsync("""
            // <auto-generated/>
            using System.Runtime.Serialization.Formatters.Binary;

            class GeneratedArchive
            {
                object Formatter() => new BinaryFormatter();
            }
            """);

        [Fact]
        public Task Honours_severity_none_from_editorconfig() => Verify.VerifyAsync("""
            using System.Runtime.Serialization.Formatters.Binary;

            class PatientArchive
            {
                object Formatter() => new BinaryFormatter();
            }
            """, editorConfig: "dotnet_diagnostic.NHS3001.severity = none");
    }
}
