using System.Threading.Tasks;
using NhsCodeAnalyzers.Tests.Verifiers;
using VerifyFix = NhsCodeAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    NhsCodeAnalyzers.Rules.ProprietarySerializerAnalyzer,
    NhsCodeAnalyzers.CodeFixes.Rules.ProprietarySerializerCodeFix>;

namespace NhsCodeAnalyzers.Tests.Rules
{
    /// <summary>
    /// NHS3001's fix: rewrite to System.Text.Json, remove the formatter once unused, add the using directive.
    /// Each test also runs Fix All in document, project and solution scope (the testing library does that).
    /// </summary>
    public sealed class NHS3001ProprietarySerializerCodeFixTests
    {
        [Fact]
        public Task Rewrites_Serialize_removes_the_formatter_and_adds_the_using() => VerifyFix.VerifyFixAsync("""
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
            """, """
            using System.IO;
            using System.Runtime.Serialization.Formatters.Binary;
            using System.Text.Json;

            class PatientArchive
            {
                void Save(Stream stream, object patient)
                {
                    JsonSerializer.Serialize(stream, patient);
                }
            }
            """);

        [Fact]
        public Task Rewrites_a_cast_Deserialize_to_the_generic_form() => VerifyFix.VerifyFixAsync("""
            using System.IO;
            using System.Runtime.Serialization.Formatters.Binary;
            using System.Text.Json;

            public record Patient(string Name);

            class PatientArchive
            {
                Patient Load(Stream stream)
                {
                    BinaryFormatter formatter = {|NHS3001:new()|};
                    var patient = (Patient)({|NHS3001:formatter.Deserialize(stream)|});
                    return patient;
                }
            }
            """, """
            using System.IO;
            using System.Runtime.Serialization.Formatters.Binary;
            using System.Text.Json;

            public record Patient(string Name);

            class PatientArchive
            {
                Patient Load(Stream stream)
                {
                    var patient = JsonSerializer.Deserialize<Patient>(stream);
                    return patient;
                }
            }
            """);

        [Fact]
        public Task Rewrites_every_call_on_a_private_field_and_removes_the_field() => VerifyFix.VerifyFixAsync("""
            using System.IO;
            using System.Runtime.Serialization.Formatters.Binary;

            public class Referral { public string Reason { get; set; } = ""; }

            class ReferralStore
            {
                // Kept for the 2019 archive format.
                private readonly BinaryFormatter _formatter = {|NHS3001:new BinaryFormatter()|};

                public void Write(Stream stream, Referral referral) => {|NHS3001:_formatter.Serialize(stream, referral)|};

                public Referral Read(Stream stream) => (Referral){|NHS3001:this._formatter.Deserialize(stream)|};
            }
            """, """
            using System.IO;
            using System.Runtime.Serialization.Formatters.Binary;
            using System.Text.Json;

            public class Referral { public string Reason { get; set; } = ""; }

            class ReferralStore
            {
                // Kept for the 2019 archive format.

                public void Write(Stream stream, Referral referral) => JsonSerializer.Serialize(stream, referral);

                public Referral Read(Stream stream) => JsonSerializer.Deserialize<Referral>(stream);
            }
            """);

        [Fact]
        public Task Rewrites_an_inline_formatter_call_and_keeps_named_arguments_in_parameter_order() => VerifyFix.VerifyFixAsync("""
            using System.IO;
            using System.Runtime.Serialization.Formatters.Binary;

            class PatientArchive
            {
                void Save(Stream stream, object patient)
                {
                    // Archive before discharge.
                    {|NHS3001:{|NHS3001:new BinaryFormatter()|}.Serialize(graph: patient, serializationStream: stream)|}; // legacy
                }
            }
            """, """
            using System.IO;
            using System.Runtime.Serialization.Formatters.Binary;
            using System.Text.Json;

            class PatientArchive
            {
                void Save(Stream stream, object patient)
                {
                    // Archive before discharge.
                    JsonSerializer.Serialize(stream, patient); // legacy
                }
            }
            """);

        [Fact]
        public Task Keeps_a_formatter_that_is_still_used_for_something_the_fix_cannot_rewrite() => VerifyFix.VerifyFixAsync("""
            using System.IO;
            using System.Runtime.Serialization.Formatters.Binary;

            class PatientArchive
            {
                object Roundtrip(Stream stream, string patient)
                {
                    var formatter = {|NHS3001:new BinaryFormatter()|};
                    {|NHS3001:formatter.Serialize(stream, patient)|};
                    return {|NHS3001:formatter.Deserialize(stream)|};
                }
            }
            """, """
            using System.IO;
            using System.Runtime.Serialization.Formatters.Binary;
            using System.Text.Json;

            class PatientArchive
            {
                object Roundtrip(Stream stream, string patient)
                {
                    var formatter = {|NHS3001:new BinaryFormatter()|};
                    JsonSerializer.Serialize(stream, patient);
                    return {|NHS3001:formatter.Deserialize(stream)|};
                }
            }
            """);

        [Fact]
        public Task Uses_the_existing_alias_free_using_and_works_in_file_scoped_namespaces() => VerifyFix.VerifyFixAsync("""
            namespace Clinic.Storage;

            using System.IO;
            using System.Runtime.Serialization.Formatters.Binary;
            using System.Text.Json;

            internal sealed class Cache
            {
                public void Put(Stream stream, int[] results) => {|NHS3001:{|NHS3001:new BinaryFormatter()|}.Serialize(stream, results)|};
            }
            """, """
            namespace Clinic.Storage;

            using System.IO;
            using System.Runtime.Serialization.Formatters.Binary;
            using System.Text.Json;

            internal sealed class Cache
            {
                public void Put(Stream stream, int[] results) => JsonSerializer.Serialize(stream, results);
            }
            """);

        [Fact]
        public async Task Fix_All_rewrites_every_document_of_the_project()
        {
            var test = new VerifyFix.Test();
            test.TestState.Sources.Add(("/0/Archive.cs", """
                using System.IO;
                using System.Runtime.Serialization.Formatters.Binary;

                class Archive
                {
                    void Save(Stream stream, object record) => {|NHS3001:{|NHS3001:new BinaryFormatter()|}.Serialize(stream, record)|};
                }
                """));
            test.TestState.Sources.Add(("/0/Cache.cs", """
                using System.IO;
                using System.Runtime.Serialization.Formatters.Binary;

                class Cache
                {
                    private static readonly BinaryFormatter Formatter = {|NHS3001:new BinaryFormatter()|};

                    string[] Load(Stream stream) => (string[]){|NHS3001:Formatter.Deserialize(stream)|};
                }
                """));
            test.FixedState.Sources.Add(("/0/Archive.cs", """
                using System.IO;
                using System.Runtime.Serialization.Formatters.Binary;
                using System.Text.Json;

                class Archive
                {
                    void Save(Stream stream, object record) => JsonSerializer.Serialize(stream, record);
                }
                """));
            test.FixedState.Sources.Add(("/0/Cache.cs", """
                using System.IO;
                using System.Runtime.Serialization.Formatters.Binary;
                using System.Text.Json;

                class Cache
                {
                    string[] Load(Stream stream) => JsonSerializer.Deserialize<string[]>(stream);
                }
                """));
            TestConfiguration.Apply(test.TestState, ReferenceSets.Net100WithPackages, editorConfig: null);
            test.FixedState.MarkupHandling = Microsoft.CodeAnalysis.Testing.MarkupMode.Allow;
            await test.RunAsync(System.Threading.CancellationToken.None);
        }

        [Fact]
        public Task Offers_no_fix_where_System_Text_Json_is_not_referenced() => VerifyFix.VerifyNoFixAsync("""
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
            """, ReferenceSets.NetStandard20);

        [Fact]
        public Task Offers_no_fix_for_an_uncast_Deserialize_or_a_formatter_configured_at_creation() => VerifyFix.VerifyNoFixAsync("""
            using System.IO;
            using System.Runtime.Serialization.Formatters;
            using System.Runtime.Serialization.Formatters.Binary;

            class PatientArchive
            {
                object Load(Stream stream)
                {
                    var formatter = {|NHS3001:new BinaryFormatter { AssemblyFormat = FormatterAssemblyStyle.Simple }|};
                    return {|NHS3001:formatter.Deserialize(stream)|};
                }
            }
            """, ReferenceSets.Net100WithPackages);
    }
}
