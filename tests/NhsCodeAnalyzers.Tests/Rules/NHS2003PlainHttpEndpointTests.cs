using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using NhsCodeAnalyzers.Descriptors;
using NhsCodeAnalyzers.Tests.Verifiers;
using Verify = NhsCodeAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<NhsCodeAnalyzers.Rules.PlainHttpEndpointAnalyzer>;

namespace NhsCodeAnalyzers.Tests.Rules
{
    /// <summary>NHS2003 — Patient data sent over plain HTTP: what it flags and what it leaves alone.</summary>
    public sealed class NHS2003PlainHttpEndpointTests
    {
        // ---- Flags -------------------------------------------------------------------------------------------

        [Fact]
        public Task Flags_the_request_uri_of_every_HttpClient_request_method() => Verify.VerifyAsync("""
            using System;
            using System.Net.Http;
            using System.Threading.Tasks;

            class PdsClient
            {
                async Task Call(HttpClient client, HttpContent content)
                {
                    await client.GetAsync({|NHS2003:"http://pds.example.nhs.uk/Patient/1"|});
                    await client.GetStringAsync({|NHS2003:"http://pds.example.nhs.uk/Patient/2"|});
                    await client.GetStreamAsync({|NHS2003:"http://pds.example.nhs.uk/Patient/3"|});
                    await client.GetByteArrayAsync({|NHS2003:"http://pds.example.nhs.uk/Patient/4"|});
                    await client.PostAsync({|NHS2003:"http://pds.example.nhs.uk/Patient"|}, content);
                    await client.PutAsync({|NHS2003:"http://pds.example.nhs.uk/Patient/5"|}, content);
                    await client.PatchAsync({|NHS2003:"http://pds.example.nhs.uk/Patient/6"|}, content);
                    await client.DeleteAsync({|NHS2003:"http://pds.example.nhs.uk/Patient/7"|});
                    await client.GetAsync(new Uri({|NHS2003:"http://pds.example.nhs.uk/Patient/8"|}));
                    await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, {|NHS2003:"http://pds.example.nhs.uk/Patient/9"|}));
                }
            }
            """);

        [Fact]
        public Task Flags_the_json_extension_methods() => Verify.VerifyAsync("""
            using System.Net.Http;
            using System.Net.Http.Json;
            using System.Threading.Tasks;

            public record Referral(string Reason);

            class ReferralClient
            {
                async Task Call(HttpClient client, Referral referral)
                {
                    await client.GetFromJsonAsync<Referral>({|NHS2003:"http://ers.example.nhs.uk/referrals/1"|});
                    await client.PostAsJsonAsync({|NHS2003:"http://ers.example.nhs.uk/referrals"|}, referral);
                    await client.PutAsJsonAsync({|NHS2003:"http://ers.example.nhs.uk/referrals/2"|}, referral);
                    await HttpClientJsonExtensions.PatchAsJsonAsync(client, {|NHS2003:"http://ers.example.nhs.uk/referrals/3"|}, referral);
                }
            }
            """);

        [Fact]
        public Task Flags_BaseAddress_RequestUri_and_object_initializers() => Verify.VerifyAsync("""
            using System;
            using System.Net.Http;

            class Clients
            {
                HttpClient Create()
                {
                    var client = new HttpClient();
                    client.BaseAddress = new Uri({|NHS2003:"http://gp-connect.example.nhs.uk/"|});
                    var request = new HttpRequestMessage { RequestUri = new Uri({|NHS2003:"http://gp-connect.example.nhs.uk/slots"|}) };
                    return new HttpClient { BaseAddress = new Uri({|NHS2003:"http://pds.example.nhs.uk/"|}, UriKind.Absolute) };
                }
            }
            """);

        [Fact]
        public Task Flags_WebRequest_and_WebClient() => Verify.VerifyAsync("""
            #pragma warning disable SYSLIB0014
            using System;
            using System.Net;

            class LegacyClient
            {
                void Call()
                {
                    WebRequest.Create({|NHS2003:"http://pas.example.nhs.uk/admit"|});
                    WebRequest.CreateHttp(new Uri({|NHS2003:"http://pas.example.nhs.uk/discharge"|}));
                    HttpWebRequest.Create({|NHS2003:"http://pas.example.nhs.uk/transfer"|});
                    var web = new WebClient { BaseAddress = {|NHS2003:"http://pas.example.nhs.uk/"|} };
                    web.DownloadString({|NHS2003:"http://pas.example.nhs.uk/wards"|});
                    web.UploadString(new Uri({|NHS2003:"http://pas.example.nhs.uk/notes"|}), "note");
                }
            }
            """);

        [Fact]
        public Task Flags_the_base_url_of_a_FHIR_client() => Verify.VerifyAsync("""
            using System;
            using Hl7.Fhir.Rest;

            class FhirExport
            {
                FhirClient Create() => new FhirClient({|NHS2003:"http://fhir.example.nhs.uk/R4"|});

                FhirClient CreateWithUri() => new(new Uri({|NHS2003:"http://fhir.example.nhs.uk/R4"|}), new FhirClientSettings());

                FhirClient CreateNamed() => new FhirClient(settings: null, endpoint: {|NHS2003:"http://fhir.example.nhs.uk/STU3"|});
            }
            """);

        [Fact]
        public Task Flags_configuration_properties_named_like_an_address() => Verify.VerifyAsync("""
            using System;

            public class PdsOptions
            {
                public string ApiBaseUrl { get; set; } = {|NHS2003:"http://pds.example.nhs.uk/"|};
                public Uri? PdsEndpoint { get; set; }
                public string? TokenUri { get; set; }
                public string? AuditBaseAddress { get; set; }
                public string? callbackurl { get; set; }
            }

            class Setup
            {
                PdsOptions Configure(PdsOptions options)
                {
                    options.PdsEndpoint = new Uri({|NHS2003:"http://pds.example.nhs.uk/fhir"|});
                    options.TokenUri ??= {|NHS2003:"http://auth.example.nhs.uk/token"|};
                    options.callbackurl = {|NHS2003:"http://clinic.example.nhs.uk/done"|};
                    return new PdsOptions { AuditBaseAddress = {|NHS2003:"HTTP://audit.example.nhs.uk"|} };
                }
            }
            """);

        [Fact]
        public Task Flags_named_arguments_named_like_an_address() => Verify.VerifyAsync("""
            using System;

            public record ServiceSettings(string Name, string BaseUrl, Uri? Endpoint = null);

            class Setup
            {
                ServiceSettings Pds() => new ServiceSettings("pds", BaseUrl: {|NHS2003:"http://pds.example.nhs.uk/"|});

                ServiceSettings Ers() => new("ers", "https://ers.example.nhs.uk/", Endpoint: new Uri({|NHS2003:"http://ers.example.nhs.uk/"|}));

                void Connect(string name, string serviceUrl) { }

                void Run() => Connect("mesh", serviceUrl: {|NHS2003:"http://mesh.example.nhs.uk"|});
            }
            """);

        [Fact]
        public Task Flags_a_constant_at_its_own_literal_once_however_many_endpoints_use_it() => Verify.VerifyAsync("""
            using System.Net.Http;
            using System.Threading.Tasks;

            static class Endpoints
            {
                public const string Pds = {|NHS2003:"http://pds.example.nhs.uk/"|};
                public const string PdsPatients = Pds + "Patient";
            }

            class PdsClient
            {
                private const string Spine = {|NHS2003:"http://spine.example.nhs.uk/"|};

                async Task Call(HttpClient client)
                {
                    const string audit = {|NHS2003:"http://audit.example.nhs.uk/events"|};
                    await client.GetAsync(Endpoints.Pds);
                    await client.GetAsync(Endpoints.PdsPatients + "/1");
                    await client.DeleteAsync(Endpoints.PdsPatients);
                    await client.GetStringAsync(Spine + "summary");
                    await client.PostAsync(audit, null);
                }
            }
            """);

        [Fact]
        public async Task Flags_a_constant_declared_in_another_file_at_its_literal()
        {
            var test = new Verify.Test();
            test.TestState.Sources.Add(("/0/Endpoints.cs", """
                namespace Clinic;

                public static class Endpoints
                {
                    public const string Host = {|NHS2003:"http://pds.example.nhs.uk"|};
                    public const string Pds = Host + "/fhir/";
                    public const string Unused = "http://unused.example.nhs.uk/";
                    public static readonly System.Uri Audit = new System.Uri({|NHS2003:"http://audit.example.nhs.uk"|});
                }
                """));
            test.TestState.Sources.Add(("/0/PdsClient.cs", """
                using System.Net.Http;
                using System.Threading.Tasks;

                namespace Clinic;

                class PdsClient
                {
                    Task<string> Read(HttpClient client) => client.GetStringAsync(Endpoints.Pds + "Patient/1");

                    void Configure(HttpClient client) => client.BaseAddress = Endpoints.Audit;
                }
                """));
            TestConfiguration.Apply(test.TestState, ReferenceSets.Net100WithPackages, editorConfig: null);
            await test.RunAsync(System.Threading.CancellationToken.None);
        }

        [Fact]
        public async Task Flags_a_private_constant_of_a_partial_class_used_in_its_other_file()
        {
            var test = new Verify.Test();
            test.TestState.Sources.Add(("/0/PdsClient.Addresses.cs", """
                partial class PdsClient
                {
                    private const string Pds = {|NHS2003:"http://pds.example.nhs.uk/"|};
                    private const string NotUsed = "http://not-used.example.nhs.uk/";
                }
                """));
            test.TestState.Sources.Add(("/0/PdsClient.cs", """
                using System.Net.Http;

                partial class PdsClient
                {
                    object Read(HttpClient client, string id) => client.GetAsync($"{Pds}Patient/{id}");
                }
                """));
            TestConfiguration.Apply(test.TestState, ReferenceSets.Net100WithPackages, editorConfig: null);
            await test.RunAsync(System.Threading.CancellationToken.None);
        }

        [Fact]
        public Task Flags_a_constant_that_reaches_an_endpoint_through_locals_and_other_fields() => Verify.VerifyAsync("""
            using System;
            using System.Net.Http;
            using System.Threading.Tasks;

            class PdsClient
            {
                private const string Host = {|NHS2003:"http://pds.example.nhs.uk"|};
                private const string Spine = {|NHS2003:"http://spine.example.nhs.uk"|};
                private static readonly string Fhir = Host + "/fhir/";
                public string AuditUrl { get; } = {|NHS2003:"http://audit.example.nhs.uk"|} + "/v1";

                async Task Call(HttpClient client)
                {
                    var url = Fhir + "Patient";
                    var uri = new Uri(url);
                    await client.GetAsync(uri);
                    const string summary = Spine + "/summary";
                    await client.GetAsync(summary);
                }
            }
            """);

        [Fact]
        public Task Judges_a_constant_scheme_by_the_whole_address_it_builds() => Verify.VerifyAsync("""
            using System.Net.Http;
            using System.Threading.Tasks;

            class Client
            {
                private const string Scheme = {|NHS2003:"http://"|};
                private const string LocalScheme = "http://";

                async Task Call(HttpClient client, string host)
                {
                    await client.GetAsync(Scheme + host);
                    await client.GetAsync(LocalScheme + "localhost:5000/");
                }
            }
            """);

        [Fact]
        public Task Leaves_a_constant_that_only_names_or_compares_an_address_alone() => Verify.VerifyAsync("""
            using System;
            using Microsoft.Extensions.Logging;

            static class Addresses
            {
                public const string Legacy = "http://legacy.example.nhs.uk/";
                public static readonly Uri LegacyUri = new Uri(Legacy);
            }

            class Audit
            {
                void Run(ILogger logger, Uri requested)
                {
                    logger.LogInformation("Legacy service was at {Address}", Addresses.Legacy);
                    if (requested == Addresses.LegacyUri) { }
                    var name = nameof(Addresses.Legacy);
                }
            }
            """);

        [Fact]
        public Task Flags_a_Uri_or_string_local_or_readonly_field_initialised_with_the_literal() => Verify.VerifyAsync("""
            using System;
            using System.Net.Http;
            using System.Threading.Tasks;

            class PdsClient
            {
                private static readonly Uri Base = new Uri({|NHS2003:"http://pds.example.nhs.uk/"|});
                private readonly string _audit = {|NHS2003:"http://audit.example.nhs.uk/"|};

                async Task Call(HttpClient client)
                {
                    var uri = new Uri({|NHS2003:"http://pds.example.nhs.uk/Patient/1"|});
                    await client.GetAsync(uri);
                    var url = {|NHS2003:"http://pds.example.nhs.uk/Patient/2"|};
                    await client.GetStringAsync(url);
                    await client.GetAsync(new Uri(Base, "Patient/3"));
                    await client.PostAsync(_audit, null);
                }
            }
            """);

        [Fact]
        public Task Flags_the_literal_part_of_concatenations_interpolations_and_conditionals() => Verify.VerifyAsync(""""
            using System.Net.Http;
            using System.Threading.Tasks;

            class PdsClient
            {
                async Task Call(HttpClient client, string host, string id, bool test)
                {
                    await client.GetAsync({|NHS2003:"http://"|} + host + "/Patient/" + id);
                    await client.GetAsync({|NHS2003:"http://pds.example.nhs.uk/Patient/"|} + id);
                    await client.GetAsync($"{|NHS2003:http://|}{host}/Patient/{id}");
                    await client.GetAsync($@"{|NHS2003:http://pds.example.nhs.uk/Patient/|}{id}");
                    await client.GetAsync(test ? {|NHS2003:"http://pds-test.example.nhs.uk/"|} : "https://pds.example.nhs.uk/");
                    await client.GetAsync(host ?? {|NHS2003:@"http://pds.example.nhs.uk/"|});
                    await client.GetAsync({|NHS2003:"""http://pds.example.nhs.uk/raw"""|});
                }
            }
            """");

        [Fact]
        public Task Flags_endpoints_in_top_level_statements_and_lambdas() => Verify.VerifyProgramAsync("""
            using System;
            using System.Net.Http;

            var client = new HttpClient { BaseAddress = new Uri({|NHS2003:"http://clinic.example.nhs.uk/"|}) };
            Func<string, HttpRequestMessage> request = id => new HttpRequestMessage(HttpMethod.Get, {|NHS2003:"http://clinic.example.nhs.uk/patients/"|} + id);
            """);

        [Fact]
        public Task Flags_hosts_that_only_look_like_excluded_ones() => Verify.VerifyAsync("""
            using System.Net.Http;
            using System.Threading.Tasks;

            class Client
            {
                async Task Call(HttpClient client)
                {
                    await client.GetAsync({|NHS2003:"http://localhost.example.com/"|});
                    await client.GetAsync({|NHS2003:"http://myhl7.org/fhir"|});
                    await client.GetAsync({|NHS2003:"http://128.0.0.1/"|});
                    await client.GetAsync({|NHS2003:"http://localhost@pds.example.nhs.uk/"|});
                    await client.GetAsync({|NHS2003:"http://hapi.fhir.org/baseR4"|});
                }
            }
            """);

        [Fact]
        public Task The_message_names_the_url_as_written() => Verify.VerifyAsync(
            """
            using System.Net.Http;

            class Client
            {
                object Call(HttpClient client, string id) => client.GetAsync({|#0:"http://pds.example.nhs.uk/"|});

                object Read(HttpClient client, string id) => client.GetAsync($"{|#1:http://pds.example.nhs.uk/Patient/|}{id}");
            }
            """,
            ReferenceSets.Net100WithPackages,
            expected: new[]
            {
                new DiagnosticResult(RuleDescriptors.PlainHttpEndpoint).WithLocation(0).WithArguments("http://pds.example.nhs.uk/"),
                new DiagnosticResult(RuleDescriptors.PlainHttpEndpoint).WithLocation(1).WithArguments("http://pds.example.nhs.uk/Patient/{id}"),
            });

        [Fact]
        public Task Finds_the_scheme_of_a_concatenation_of_twenty_thousand_terms_without_overflowing_the_stack() => Verify.VerifyAsync($$"""
            using System.Net.Http;
            using System.Threading.Tasks;

            class PdsClient
            {
                // A generated URL: a + b + c + ... nests one level per term, and was walked by recursion.
                Task<HttpResponseMessage> Get(HttpClient client, string segment) => client.GetAsync({|NHS2003:"http://pds.example.nhs.uk/"|} + {{string.Join(" + ", System.Linq.Enumerable.Repeat("segment", 20_000))}});
            }
            """);

        // ---- Leaves alone ------------------------------------------------------------------------------------

        [Fact]
        public Task Leaves_https_and_loopback_alone() => Verify.VerifyAsync("""
            using System;
            using System.Net.Http;
            using System.Threading.Tasks;

            class Client
            {
                async Task Call(HttpClient client, int port)
                {
                    await client.GetAsync("https://pds.example.nhs.uk/");
                    await client.GetAsync("http://localhost:5000/");
                    await client.GetAsync("http://LOCALHOST/");
                    await client.GetAsync("http://api.localhost/");
                    await client.GetAsync("http://127.0.0.1:8080/");
                    await client.GetAsync("http://127.42.0.7/");
                    await client.GetAsync("http://[::1]:5000/");
                    await client.GetAsync("http://user:secret@localhost/");
                    await client.GetAsync($"http://localhost:{port}/health");
                    await client.GetAsync("http://localhost:" + port);
                    client.BaseAddress = new Uri("http://127.0.0.1/");
                }
            }
            """);

        [Fact]
        public Task Leaves_canonical_code_system_and_namespace_uris_alone_even_at_an_endpoint() => Verify.VerifyAsync("""
            using System.Net.Http;
            using System.Threading.Tasks;

            class Client
            {
                async Task Call(HttpClient client)
                {
                    await client.GetAsync("http://hl7.org/fhir/StructureDefinition/Patient");
                    await client.GetAsync("http://terminology.hl7.org/CodeSystem/v2-0203");
                    await client.GetAsync("http://snomed.info/sct");
                    await client.GetAsync("http://loinc.org");
                    await client.GetAsync("http://unitsofmeasure.org");
                    await client.GetAsync("http://read.info/readv2");
                    await client.GetAsync("http://www.w3.org/2001/XMLSchema");
                    await client.GetAsync("http://schemas.xmlsoap.org/soap/envelope/");
                    await client.GetAsync("urn:oid:2.16.840.1.113883.2.1.4.1");
                }
            }
            """);

        [Fact]
        public Task Leaves_FHIR_identifiers_codings_and_extensions_alone() => Verify.VerifyAsync("""
            using Hl7.Fhir.Model;

            class PatientMapper
            {
                Patient Map()
                {
                    var patient = new Patient();
                    patient.Identifier.Add(new Identifier("http://example.org/fhir/Id/local-number", "1234"));
                    patient.Extension.Add(new Extension { Url = "http://example.org/fhir/StructureDefinition/ethnicity" });
                    patient.Extension.Add(new Extension(url: "http://example.org/fhir/StructureDefinition/religion", value: new Coding("http://example.org/cs", "x")));
                    patient.Meta = new Meta { Source = "http://example.org/pas" };
                    patient.Photo.Add(new Attachment { Url = "http://example.org/photos/1.png" });
                    return patient;
                }
            }
            """);

        [Fact]
        public Task Leaves_literals_that_do_not_reach_an_endpoint_alone() => Verify.VerifyAsync("""
            using System;
            using System.Collections.Generic;
            using Microsoft.Extensions.Logging;

            class Audit
            {
                private const string Legacy = "http://legacy.example.nhs.uk/";
                private static string _mutable = "http://mutable.example.nhs.uk/";

                void Run(ILogger logger, string url, Dictionary<string, string> routes)
                {
                    logger.LogInformation("Moved from http://legacy.example.nhs.uk/ to the new API");
                    if (url == "http://legacy.example.nhs.uk/") { }
                    if (url.StartsWith(Legacy, StringComparison.Ordinal)) { }
                    routes["http://legacy.example.nhs.uk/"] = "https://pds.example.nhs.uk/";
                    var parsed = new Uri("http://legacy.example.nhs.uk/");
                    Uri.TryCreate("http://legacy.example.nhs.uk/", UriKind.Absolute, out _);
                    Console.WriteLine(_mutable);
                }
            }
            """);

        [Fact]
        public Task Leaves_values_it_cannot_trace_to_a_literal_alone() => Verify.VerifyAsync("""
            using System;
            using System.Net.Http;
            using System.Threading.Tasks;

            class Client
            {
                private static string _mutable = "http://mutable.example.nhs.uk/";

                string Scheme() => "http";

                async Task Call(HttpClient client, string host, bool secure)
                {
                    await client.GetAsync(Scheme() + "://pds.example.nhs.uk/");
                    await client.GetAsync(host + "http://pds.example.nhs.uk/");
                    await client.GetAsync($"{Scheme()}://pds.example.nhs.uk/");
                    await client.GetAsync(_mutable);
                    var url = "http://reassigned.example.nhs.uk/";
                    if (secure) url = "https://pds.example.nhs.uk/";
                    await client.GetAsync(url);
                    var other = "http://passed-by-ref.example.nhs.uk/";
                    Normalise(ref other);
                    await client.GetAsync(other);
                }

                static void Normalise(ref string url) { }
            }
            """);

        [Fact]
        public Task Leaves_positional_arguments_to_a_teams_own_parameters_alone() => Verify.VerifyAsync("""
            class Setup
            {
                void Connect(string name, string serviceUrl) { }

                void Run() => Connect("mesh", "http://mesh.example.nhs.uk");
            }
            """);

        [Fact]
        public Task Leaves_identifier_like_address_names_fields_and_anonymous_types_alone() => Verify.VerifyAsync("""
            using System.Xml;

            public class MappingOptions
            {
                public string XmlNamespaceUri { get; set; } = "http://contoso.example/ns/patient";
                public string SchemaUrl { get; set; } = "http://contoso.example/schema.xsd";
                public string ProfileUrl { get; set; } = "http://contoso.example/fhir/StructureDefinition/p";
                public string ExtensionUrl { get; set; } = "http://contoso.example/fhir/StructureDefinition/e";
                public string LocalCodeSystemUri { get; set; } = "http://contoso.example/fhir/CodeSystem/c";
                public string ValueSetUrl { get; set; } = "http://contoso.example/fhir/ValueSet/v";
                public string CanonicalUrl { get; set; } = "http://contoso.example/fhir/c";
                public int PortUrl { get; set; } = 80;
                public string ApiUrlField = "http://not-a-property.example.nhs.uk/";
            }

            class Writer
            {
                object Payload() => new { CallbackUrl = "http://payload.example.nhs.uk/" };

                XmlElement Element(XmlDocument document) => document.CreateElement("p", "patient", namespaceURI: "http://contoso.example/ns");
            }
            """);

        [Fact]
        public Task Leaves_attribute_arguments_alone() => Verify.VerifyAsync("""
            using System;
            using NhsCodeAnalyzers.Annotations;

            [AttributeUsage(AttributeTargets.Class)]
            public sealed class ServiceAttribute : Attribute
            {
                public ServiceAttribute(string baseUrl = "") { }
                public string? HelpUrl { get; set; }
            }

            [DataProvenance(Source = "PAS", LawfulBasis = "UK GDPR 6(1)(e)", Limitations = "None", DatasheetUrl = "http://datasheets.example.nhs.uk/pas")]
            [Service(baseUrl: "http://docs.example.nhs.uk/", HelpUrl = "http://docs.example.nhs.uk/help")]
            public class Admission
            {
            }
            """);

        [Fact]
        public Task Leaves_look_alike_HttpClient_and_FhirClient_types_alone() => Verify.VerifyAsync("""
            namespace Contoso.Net
            {
                public class HttpClient
                {
                    public void GetAsync(string requestUri) { }
                }

                public class FhirClient
                {
                    public FhirClient(string endpoint) { }
                }

                class Caller
                {
                    void Call()
                    {
                        new HttpClient().GetAsync("http://pds.example.nhs.uk/");
                        new FhirClient("http://fhir.example.nhs.uk/");
                    }
                }
            }
            """);

        [Fact]
        public Task Leaves_generated_code_alone() => Verify.VerifyAsync("""
            // <auto-generated/>
            using System.Net.Http;

            class GeneratedClient
            {
                object Call(HttpClient client) => client.GetAsync("http://pds.example.nhs.uk/");
            }
            """);

        [Fact]
        public Task Honours_severity_none_from_editorconfig() => Verify.VerifyAsync("""
            using System.Net.Http;

            class Client
            {
                object Call(HttpClient client) => client.GetAsync("http://pds.example.nhs.uk/");
            }
            """, editorConfig: "dotnet_diagnostic.NHS2003.severity = none");
    }
}
