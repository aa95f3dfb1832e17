using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using NhsCodeAnalyzers.Tests.Verifiers;
using VerifyFix = NhsCodeAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    NhsCodeAnalyzers.Rules.PlainHttpEndpointAnalyzer,
    NhsCodeAnalyzers.CodeFixes.Rules.PlainHttpEndpointCodeFix>;

namespace NhsCodeAnalyzers.Tests.Rules
{
    /// <summary>
    /// NHS2003's fix: http:// becomes https:// in the literal, written as it was. Each test also runs Fix All in
    /// document, project and solution scope (the testing library does that).
    /// </summary>
    public sealed class NHS2003PlainHttpEndpointCodeFixTests
    {
        [Fact]
        public Task Changes_the_scheme_and_keeps_the_rest_of_the_url() => VerifyFix.VerifyFixAsync("""
            using System.Net.Http;

            class PdsClient
            {
                object Call(HttpClient client) => client.GetAsync({|NHS2003:"http://pds.example.nhs.uk/Patient?identifier=http://x|1"|}); // PDS read
            }
            """, """
            using System.Net.Http;

            class PdsClient
            {
                object Call(HttpClient client) => client.GetAsync("https://pds.example.nhs.uk/Patient?identifier=http://x|1"); // PDS read
            }
            """);

        [Fact]
        public Task Keeps_verbatim_raw_and_upper_case_forms() => VerifyFix.VerifyFixAsync(""""
            using System;
            using System.Net.Http;

            class Clients
            {
                void Configure(HttpClient a, HttpClient b, HttpClient c, HttpClient d)
                {
                    a.BaseAddress = new Uri({|NHS2003:@"http://pds.example.nhs.uk/"|});
                    b.BaseAddress = new Uri({|NHS2003:"""http://ers.example.nhs.uk/"""|});
                    c.BaseAddress = new Uri({|NHS2003:"""
                        http://mesh.example.nhs.uk/
                        """|});
                    d.BaseAddress = new Uri({|NHS2003:"HTTP://AUDIT.EXAMPLE.NHS.UK/"|});
                }
            }
            """", """"
            using System;
            using System.Net.Http;

            class Clients
            {
                void Configure(HttpClient a, HttpClient b, HttpClient c, HttpClient d)
                {
                    a.BaseAddress = new Uri(@"https://pds.example.nhs.uk/");
                    b.BaseAddress = new Uri("""https://ers.example.nhs.uk/""");
                    c.BaseAddress = new Uri("""
                        https://mesh.example.nhs.uk/
                        """);
                    d.BaseAddress = new Uri("HTTPS://AUDIT.EXAMPLE.NHS.UK/");
                }
            }
            """");

        [Fact]
        public Task Changes_the_first_text_of_an_interpolated_string() => VerifyFix.VerifyFixAsync(""""
            using System.Net.Http;

            class PdsClient
            {
                object Read(HttpClient client, string host, string id) => client.GetAsync($"{|NHS2003:http://|}{host}/Patient/{id}");

                object ReadVerbatim(HttpClient client, string id) => client.GetAsync($@"{|NHS2003:http://pds.example.nhs.uk/Patient/|}{id}");

                object ReadRaw(HttpClient client, string id) => client.GetAsync($"""{|NHS2003:http://pds.example.nhs.uk/Patient/|}{id}""");
            }
            """", """"
            using System.Net.Http;

            class PdsClient
            {
                object Read(HttpClient client, string host, string id) => client.GetAsync($"https://{host}/Patient/{id}");

                object ReadVerbatim(HttpClient client, string id) => client.GetAsync($@"https://pds.example.nhs.uk/Patient/{id}");

                object ReadRaw(HttpClient client, string id) => client.GetAsync($"""https://pds.example.nhs.uk/Patient/{id}""");
            }
            """");

        [Fact]
        public Task Edits_the_constant_that_flows_into_the_endpoint() => VerifyFix.VerifyFixAsync("""
            using System.Net.Http;
            using System.Threading.Tasks;

            class PdsClient
            {
                // The national service.
                private const string Pds = {|NHS2003:"http://pds.example.nhs.uk/"|};

                async Task Call(HttpClient client)
                {
                    await client.GetAsync(Pds + "Patient/1");
                    await client.DeleteAsync(Pds + "Patient/2");
                }
            }
            """, """
            using System.Net.Http;
            using System.Threading.Tasks;

            class PdsClient
            {
                // The national service.
                private const string Pds = "https://pds.example.nhs.uk/";

                async Task Call(HttpClient client)
                {
                    await client.GetAsync(Pds + "Patient/1");
                    await client.DeleteAsync(Pds + "Patient/2");
                }
            }
            """);

        [Fact]
        public async Task Fix_All_changes_every_literal_in_every_document()
        {
            var test = new VerifyFix.Test();
            test.TestState.Sources.Add(("/0/Endpoints.cs", """
                public static class Endpoints
                {
                    public const string Pds = {|NHS2003:"http://pds.example.nhs.uk/"|};
                    public const string Ers = {|NHS2003:"http://ers.example.nhs.uk/"|};
                }
                """));
            test.TestState.Sources.Add(("/0/Clients.cs", """
                using System;
                using System.Net.Http;

                class Clients
                {
                    HttpClient Pds() => new HttpClient { BaseAddress = new Uri(Endpoints.Pds) };
                    HttpClient Ers() => new HttpClient { BaseAddress = new Uri(Endpoints.Ers) };
                    HttpClient Mesh() => new HttpClient { BaseAddress = new Uri({|NHS2003:"http://mesh.example.nhs.uk/"|}) };
                    object Audit(HttpClient client, string id) => client.PostAsync({|NHS2003:"http://audit.example.nhs.uk/"|} + id, null);
                }
                """));
            test.FixedState.Sources.Add(("/0/Endpoints.cs", """
                public static class Endpoints
                {
                    public const string Pds = "https://pds.example.nhs.uk/";
                    public const string Ers = "https://ers.example.nhs.uk/";
                }
                """));
            test.FixedState.Sources.Add(("/0/Clients.cs", """
                using System;
                using System.Net.Http;

                class Clients
                {
                    HttpClient Pds() => new HttpClient { BaseAddress = new Uri(Endpoints.Pds) };
                    HttpClient Ers() => new HttpClient { BaseAddress = new Uri(Endpoints.Ers) };
                    HttpClient Mesh() => new HttpClient { BaseAddress = new Uri("https://mesh.example.nhs.uk/") };
                    object Audit(HttpClient client, string id) => client.PostAsync("https://audit.example.nhs.uk/" + id, null);
                }
                """));
            TestConfiguration.Apply(test.TestState, ReferenceSets.Net100WithPackages, editorConfig: null);
            await test.RunAsync(CancellationToken.None);
        }

        [Fact]
        public Task Offers_no_fix_for_a_scheme_written_with_escape_sequences() => VerifyFix.VerifyNoFixAsync("""
            using System.Net.Http;

            class PdsClient
            {
                object Call(HttpClient client) => client.GetAsync({|NHS2003:"\u0068ttp://pds.example.nhs.uk/?next=http://x"|});
            }
            """, ReferenceSets.Net100WithPackages);

        [Fact]
        public async Task Edits_a_constant_in_another_file_that_reaches_the_endpoint_through_other_constants()
        {
            var test = new VerifyFix.Test();
            test.TestState.Sources.Add(("/0/Hosts.cs", """
                public static class Hosts
                {
                    public const string Pds = {|NHS2003:"http://pds.example.nhs.uk"|};
                }
                """));
            test.TestState.Sources.Add(("/0/Endpoints.cs", """
                public static class Endpoints
                {
                    public const string Pds = Hosts.Pds + "/fhir/";
                }
                """));
            test.TestState.Sources.Add(("/0/Client.cs", """
                using System.Net.Http;

                class Client
                {
                    object Call(HttpClient client, string id) => client.GetAsync($"{Endpoints.Pds}Patient/{id}");
                }
                """));
            test.FixedState.Sources.Add(("/0/Hosts.cs", """
                public static class Hosts
                {
                    public const string Pds = "https://pds.example.nhs.uk";
                }
                """));
            test.FixedState.Sources.Add(("/0/Endpoints.cs", test.TestState.Sources[1].content));
            test.FixedState.Sources.Add(("/0/Client.cs", test.TestState.Sources[2].content));
            TestConfiguration.Apply(test.TestState, ReferenceSets.Net100WithPackages, editorConfig: null);
            await test.RunAsync(CancellationToken.None);
        }

        [Fact]
        public async Task Reports_a_constant_of_a_referenced_assembly_where_it_is_used_and_offers_no_fix()
        {
            var test = new VerifyFix.Test();
            test.TestState.AdditionalReferences.Add(CompiledLibrary("""
                public static class Hosts
                {
                    public const string Pds = "http://pds.example.nhs.uk/";
                }
                """));
            test.TestState.Sources.Add(("/0/Client.cs", """
                using System.Net.Http;

                class Client
                {
                    object Call(HttpClient client) => client.GetAsync({|NHS2003:Hosts.Pds|});
                }
                """));
            TestConfiguration.Apply(test.TestState, ReferenceSets.Net100WithPackages, editorConfig: null);
            test.FixedState.InheritanceMode = StateInheritanceMode.AutoInheritAll;
            test.FixedState.MarkupHandling = MarkupMode.Allow;
            test.FixedState.Sources.Add(("/0/Client.cs", test.TestState.Sources[0].content));
            await test.RunAsync(CancellationToken.None);
        }

        /// <summary>A referenced assembly built from <paramref name="source"/>: its constants are metadata, with no literal to edit.</summary>
        private static Microsoft.CodeAnalysis.MetadataReference CompiledLibrary(string source)
        {
            var compilation = Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create(
                "Shared",
                new[] { Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(source) },
                ReferenceSets.Net100,
                new Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions(Microsoft.CodeAnalysis.OutputKind.DynamicallyLinkedLibrary));
            using var image = new System.IO.MemoryStream();
            Assert.True(compilation.Emit(image).Success);
            return Microsoft.CodeAnalysis.MetadataReference.CreateFromImage(image.ToArray());
        }
    }
}
