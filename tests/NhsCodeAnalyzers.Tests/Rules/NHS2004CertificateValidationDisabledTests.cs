using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using NhsCodeAnalyzers.Descriptors;
using NhsCodeAnalyzers.Tests.Verifiers;
using Verify = NhsCodeAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<NhsCodeAnalyzers.Rules.CertificateValidationDisabledAnalyzer>;

namespace NhsCodeAnalyzers.Tests.Rules
{
    /// <summary>NHS2004 — TLS certificate validation disabled: what it flags and what it leaves alone.</summary>
    public sealed class NHS2004CertificateValidationDisabledTests
    {
        // ---- Flags -------------------------------------------------------------------------------------------

        [Fact]
        public Task Flags_accept_all_lambdas_and_anonymous_methods_on_HttpClientHandler() => Verify.VerifyAsync("""
            using System;
            using System.Net.Http;

            class Handlers
            {
                void Configure(HttpClientHandler a, HttpClientHandler b, HttpClientHandler c, HttpClientHandler d, HttpClientHandler e)
                {
                    {|NHS2004:a.ServerCertificateCustomValidationCallback|} = (_, _, _, _) => true;
                    {|NHS2004:b.ServerCertificateCustomValidationCallback|} = (message, certificate, chain, errors) => { return true; };
                    {|NHS2004:c.ServerCertificateCustomValidationCallback|} = delegate { return (true); };
                    {|NHS2004:d.ServerCertificateCustomValidationCallback|} += (_, _, _, _) => true;
                    {|NHS2004:e.ServerCertificateCustomValidationCallback|} = (_, _, _, _) => { Func<bool> nested = () => { return false; }; return true; };
                }
            }
            """);

        [Fact]
        public Task Flags_the_property_name_in_an_object_initializer() => Verify.VerifyAsync("""
            using System.Net.Http;

            class Clients
            {
                HttpClient Create() => new HttpClient(new HttpClientHandler
                {
                    UseProxy = false,
                    {|NHS2004:ServerCertificateCustomValidationCallback|} = (_, _, _, _) => true,
                });
            }
            """);

        [Fact]
        public Task Flags_SocketsHttpHandler_SslOptions_and_SslClientAuthenticationOptions() => Verify.VerifyAsync("""
            using System.Net.Http;
            using System.Net.Security;

            class Handlers
            {
                SocketsHttpHandler Sockets()
                {
                    var handler = new SocketsHttpHandler();
                    {|NHS2004:handler.SslOptions.RemoteCertificateValidationCallback|} = (_, _, _, _) => true;
                    return handler;
                }

                SocketsHttpHandler Initialized() => new SocketsHttpHandler
                {
                    SslOptions = new SslClientAuthenticationOptions { {|NHS2004:RemoteCertificateValidationCallback|} = delegate { return true; } },
                };

                SocketsHttpHandler Nested() => new SocketsHttpHandler
                {
                    SslOptions = { {|NHS2004:RemoteCertificateValidationCallback|} = (sender, certificate, chain, errors) => true },
                };
            }
            """);

        [Fact]
        public Task Flags_ServicePointManager_and_HttpWebRequest_including_subscriptions() => Verify.VerifyAsync("""
            #pragma warning disable SYSLIB0014
            using System.Net;

            class Legacy
            {
                void Configure(HttpWebRequest request)
                {
                    {|NHS2004:ServicePointManager.ServerCertificateValidationCallback|} = delegate { return true; };
                    {|NHS2004:ServicePointManager.ServerCertificateValidationCallback|} += (sender, certificate, chain, errors) => true;
                    {|NHS2004:request.ServerCertificateValidationCallback|} = (_, _, _, _) => true;
                }
            }
            """);

        [Fact]
        public Task Flags_method_groups_local_functions_and_methods_whose_every_return_is_true() => Verify.VerifyAsync("""
            using System;
            using System.Net;
            using System.Net.Http;
            using System.Net.Security;
            using System.Security.Cryptography.X509Certificates;
            using Microsoft.Extensions.Logging;

            class Handlers
            {
                private readonly ILogger _logger;

                Handlers(ILogger logger) => _logger = logger;

                static bool AcceptAll(HttpRequestMessage message, X509Certificate2? certificate, X509Chain? chain, SslPolicyErrors errors) => true;

                bool LogAndAccept(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
                {
                    if (errors != SslPolicyErrors.None)
                    {
                        _logger.LogWarning("Certificate problem: {Errors}", errors);
                        return true;
                    }

                    return true;
                }

                void Configure(HttpClientHandler handler, SslClientAuthenticationOptions options)
                {
                    {|NHS2004:handler.ServerCertificateCustomValidationCallback|} = AcceptAll;
                    {|NHS2004:options.RemoteCertificateValidationCallback|} = new RemoteCertificateValidationCallback(LogAndAccept);
                    {|NHS2004:ServicePointManager.ServerCertificateValidationCallback|} = Local;

                    static bool Local(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
                    {
                        Console.WriteLine(errors);
                        return true;
                    }
                }
            }
            """);

        [Fact]
        public Task Flags_a_callback_held_in_a_local_or_readonly_field() => Verify.VerifyAsync("""
            using System.Net.Http;
            using System.Net.Security;

            class Handlers
            {
                private static readonly RemoteCertificateValidationCallback AcceptAll = (_, _, _, _) => true;

                void Configure(HttpClientHandler handler, SslClientAuthenticationOptions options)
                {
                    var accept = (HttpRequestMessage _, System.Security.Cryptography.X509Certificates.X509Certificate2? _, System.Security.Cryptography.X509Certificates.X509Chain? _, SslPolicyErrors _) => true;
                    {|NHS2004:handler.ServerCertificateCustomValidationCallback|} = accept;
                    {|NHS2004:options.RemoteCertificateValidationCallback|} = AcceptAll;
                }
            }
            """);

        [Fact]
        public Task Flags_DangerousAcceptAnyServerCertificateValidator_once_at_the_assignment_and_wherever_else_it_is_used() => Verify.VerifyAsync("""
            using System;
            using System.Net.Http;
            using System.Net.Security;
            using System.Security.Cryptography.X509Certificates;

            class Handlers
            {
                void Configure(HttpClientHandler handler, HttpClientHandler other, bool development)
                {
                    {|NHS2004:handler.ServerCertificateCustomValidationCallback|} = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator;
                    other.ServerCertificateCustomValidationCallback = development ? {|NHS2004:HttpClientHandler.DangerousAcceptAnyServerCertificateValidator|} : null;
                    Func<HttpRequestMessage, X509Certificate2?, X509Chain?, SslPolicyErrors, bool> validator = {|NHS2004:HttpClientHandler.DangerousAcceptAnyServerCertificateValidator|};
                    other.ServerCertificateCustomValidationCallback = validator;
                }
            }
            """);

        [Fact]
        public Task Flags_an_accept_all_SslStream_callback_argument() => Verify.VerifyAsync("""
            using System.IO;
            using System.Net.Security;

            class Transport
            {
                SslStream Open(Stream inner) => new SslStream(inner, false, {|NHS2004:(_, _, _, _) => true|});

                SslStream OpenNamed(Stream inner) => new SslStream(inner, leaveInnerStreamOpen: true, userCertificateValidationCallback: {|NHS2004:delegate { return true; }|});
            }
            """);

        [Fact]
        public Task Flags_in_top_level_statements() => Verify.VerifyProgramAsync("""
            using System.Net.Http;

            var handler = new HttpClientHandler();
            {|NHS2004:handler.ServerCertificateCustomValidationCallback|} = (_, _, _, _) => true;
            using var client = new HttpClient(handler);
            """);

        [Fact]
        public Task The_message_names_what_disables_validation() => Verify.VerifyAsync(
            """
            using System;
            using System.IO;
            using System.Net.Http;
            using System.Net.Security;

            class Handlers
            {
                object Configure(HttpClientHandler handler, Stream inner)
                {
                    {|#0:handler.ServerCertificateCustomValidationCallback|} = (_, _, _, _) => true;
                    Console.WriteLine({|#1:HttpClientHandler.DangerousAcceptAnyServerCertificateValidator|});
                    return new SslStream(inner, false, {|#2:(_, _, _, _) => true|});
                }
            }
            """,
            ReferenceSets.Net100WithPackages,
            expected: new[]
            {
                new DiagnosticResult(RuleDescriptors.CertificateValidationDisabled).WithLocation(0).WithArguments("ServerCertificateCustomValidationCallback"),
                new DiagnosticResult(RuleDescriptors.CertificateValidationDisabled).WithLocation(1).WithArguments("DangerousAcceptAnyServerCertificateValidator"),
                new DiagnosticResult(RuleDescriptors.CertificateValidationDisabled).WithLocation(2).WithArguments("userCertificateValidationCallback"),
            });

        // ---- Leaves alone ------------------------------------------------------------------------------------

        [Fact]
        public Task Leaves_callbacks_that_look_at_the_errors_the_chain_or_the_certificate_alone() => Verify.VerifyAsync("""
            using System;
            using System.Net.Http;
            using System.Net.Security;
            using System.Security.Cryptography.X509Certificates;

            class Handlers
            {
                private const string PinnedThumbprint = "A1B2C3";

                void Configure(HttpClientHandler a, HttpClientHandler b, SslClientAuthenticationOptions c, HttpClientHandler d)
                {
                    a.ServerCertificateCustomValidationCallback = (_, _, _, errors) => errors == SslPolicyErrors.None;
                    b.ServerCertificateCustomValidationCallback = (_, certificate, _, errors) =>
                    {
                        if (errors == SslPolicyErrors.None)
                        {
                            return true;
                        }

                        return certificate?.Thumbprint == PinnedThumbprint;
                    };
                    c.RemoteCertificateValidationCallback = (_, _, chain, _) => chain?.ChainStatus.Length == 0;
                    d.ServerCertificateCustomValidationCallback = (_, _, _, errors) =>
                    {
                        if (errors != SslPolicyErrors.None)
                        {
                            throw new InvalidOperationException("Untrusted certificate: " + errors);
                        }

                        return true;
                    };
                }
            }
            """);

        [Fact]
        public Task Leaves_callbacks_that_reject_or_never_return_and_null_alone() => Verify.VerifyAsync("""
            using System;
            using System.Net;
            using System.Net.Http;

            class Handlers
            {
                void Configure(HttpClientHandler a, HttpClientHandler b, HttpClientHandler c, bool strict)
                {
                    a.ServerCertificateCustomValidationCallback = (_, _, _, _) => false;
                    b.ServerCertificateCustomValidationCallback = (_, _, _, _) => throw new NotSupportedException();
                    c.ServerCertificateCustomValidationCallback = null;
                    c.ServerCertificateCustomValidationCallback = (_, _, _, _) => strict;
                    ServicePointManager.ServerCertificateValidationCallback = delegate { Func<bool> nested = () => true; return nested(); };
                }
            }
            """);

        [Fact]
        public Task Leaves_validating_methods_abstract_ones_and_reassigned_locals_alone() => Verify.VerifyAsync("""
            using System;
            using System.Net.Http;
            using System.Net.Security;
            using System.Security.Cryptography.X509Certificates;

            abstract class Handlers
            {
                protected abstract bool Validate(HttpRequestMessage message, X509Certificate2? certificate, X509Chain? chain, SslPolicyErrors errors);

                static bool Strict(HttpRequestMessage message, X509Certificate2? certificate, X509Chain? chain, SslPolicyErrors errors)
                    => errors == SslPolicyErrors.None;

                void Configure(HttpClientHandler a, HttpClientHandler b, HttpClientHandler c, bool development)
                {
                    a.ServerCertificateCustomValidationCallback = Validate;
                    b.ServerCertificateCustomValidationCallback = Strict;
                    Func<HttpRequestMessage, X509Certificate2?, X509Chain?, SslPolicyErrors, bool> callback = (_, _, _, _) => true;
                    if (!development) callback = Strict;
                    c.ServerCertificateCustomValidationCallback = callback;
                }
            }
            """);

        [Fact]
        public Task Leaves_other_properties_and_server_side_options_alone() => Verify.VerifyAsync("""
            using System.IO;
            using System.Net.Http;
            using System.Net.Security;

            class Handlers
            {
                void Configure(HttpClientHandler handler, SslServerAuthenticationOptions server, Stream inner)
                {
                    handler.CheckCertificateRevocationList = true;
                    server.RemoteCertificateValidationCallback = (_, _, _, _) => true;
                    var stream = new SslStream(inner, false, (_, _, _, errors) => errors == SslPolicyErrors.None);
                    var plain = new SslStream(inner);
                    var name = nameof(HttpClientHandler.DangerousAcceptAnyServerCertificateValidator);
                }
            }
            """);

        [Fact]
        public Task Leaves_a_teams_own_look_alike_types_alone() => Verify.VerifyAsync("""
            using System;

            namespace Contoso.Net
            {
                public class HttpClientHandler
                {
                    public Func<object, object, object, object, bool>? ServerCertificateCustomValidationCallback { get; set; }

                    public static Func<object, object, object, object, bool> DangerousAcceptAnyServerCertificateValidator { get; } = (_, _, _, _) => true;
                }

                class Setup
                {
                    void Configure(HttpClientHandler handler)
                    {
                        handler.ServerCertificateCustomValidationCallback = (_, _, _, _) => true;
                        handler.ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator;
                    }
                }
            }
            """);

        [Fact]
        public Task Leaves_generated_code_alone() => Verify.VerifyAsync("""
            // <auto-generated/>
            using System.Net.Http;

            class GeneratedHandlers
            {
                void Configure(HttpClientHandler handler) => handler.ServerCertificateCustomValidationCallback = (_, _, _, _) => true;
            }
            """);

        [Fact]
        public Task Honours_severity_none_from_editorconfig() => Verify.VerifyAsync("""
            using System.Net.Http;

            class Handlers
            {
                void Configure(HttpClientHandler handler) => handler.ServerCertificateCustomValidationCallback = (_, _, _, _) => true;
            }
            """, editorConfig: "dotnet_diagnostic.NHS2004.severity = none");
    }
}
