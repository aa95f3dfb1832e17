using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using NhsCodeAnalyzers.Tests.Verifiers;
using VerifyFix = NhsCodeAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    NhsCodeAnalyzers.Rules.CertificateValidationDisabledAnalyzer,
    NhsCodeAnalyzers.CodeFixes.Rules.CertificateValidationDisabledCodeFix>;

namespace NhsCodeAnalyzers.Tests.Rules
{
    /// <summary>
    /// NHS2004's fix: the assignment goes, so certificates are validated again. Each test also runs Fix All in
    /// document, project and solution scope (the testing library does that).
    /// </summary>
    public sealed class NHS2004CertificateValidationDisabledCodeFixTests
    {
        [Fact]
        public Task Removes_the_statement_and_keeps_the_comment_above_it() => VerifyFix.VerifyFixAsync("""
            using System.Net.Http;

            class Clients
            {
                HttpClient Create()
                {
                    var handler = new HttpClientHandler();
                    // The test server's certificate is self-signed.
                    {|NHS2004:handler.ServerCertificateCustomValidationCallback|} = (_, _, _, _) => true;
                    return new HttpClient(handler);
                }
            }
            """, """
            using System.Net.Http;

            class Clients
            {
                HttpClient Create()
                {
                    var handler = new HttpClientHandler();
                    // The test server's certificate is self-signed.
                    return new HttpClient(handler);
                }
            }
            """);

        [Fact]
        public Task Removes_adjacent_statements_subscriptions_and_the_validator_assignment() => VerifyFix.VerifyFixAsync("""
            #pragma warning disable SYSLIB0014
            using System.Net;
            using System.Net.Http;
            using System.Net.Security;
            using System.Security.Cryptography.X509Certificates;

            class Startup
            {
                void Configure(HttpClientHandler handler)
                {
                    {|NHS2004:ServicePointManager.ServerCertificateValidationCallback|} += AcceptAll;
                    {|NHS2004:handler.ServerCertificateCustomValidationCallback|} = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator;
                    handler.UseProxy = false;

                    bool AcceptAll(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors) => true;
                }
            }
            """, """
            #pragma warning disable SYSLIB0014
            using System.Net;
            using System.Net.Http;
            using System.Net.Security;
            using System.Security.Cryptography.X509Certificates;

            class Startup
            {
                void Configure(HttpClientHandler handler)
                {
                    handler.UseProxy = false;

                    bool AcceptAll(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors) => true;
                }
            }
            """);

        [Fact]
        public Task Removes_a_member_from_a_multi_line_object_initializer() => VerifyFix.VerifyFixAsync("""
            using System.Net.Http;

            class Clients
            {
                HttpClientHandler First() => new HttpClientHandler
                {
                    {|NHS2004:ServerCertificateCustomValidationCallback|} = (_, _, _, _) => true,
                    UseProxy = false,
                };

                HttpClientHandler Middle() => new HttpClientHandler
                {
                    UseProxy = false,
                    // Staging only.
                    {|NHS2004:ServerCertificateCustomValidationCallback|} = (_, _, _, _) => true,
                    UseCookies = false,
                };

                HttpClientHandler Last() => new HttpClientHandler
                {
                    UseProxy = false,
                    {|NHS2004:ServerCertificateCustomValidationCallback|} = (_, _, _, _) => true
                };

                HttpClientHandler LastWithComma() => new HttpClientHandler
                {
                    UseProxy = false,
                    {|NHS2004:ServerCertificateCustomValidationCallback|} = (_, _, _, _) => true,
                };
            }
            """, """
            using System.Net.Http;

            class Clients
            {
                HttpClientHandler First() => new HttpClientHandler
                {
                    UseProxy = false,
                };

                HttpClientHandler Middle() => new HttpClientHandler
                {
                    UseProxy = false,
                    // Staging only.
                    UseCookies = false,
                };

                HttpClientHandler Last() => new HttpClientHandler
                {
                    UseProxy = false
                };

                HttpClientHandler LastWithComma() => new HttpClientHandler
                {
                    UseProxy = false,
                };
            }
            """);

        [Fact]
        public Task Removes_a_member_from_a_single_line_initializer_and_an_initializer_left_empty() => VerifyFix.VerifyFixAsync("""
            using System.Net.Http;
            using System.Net.Security;

            class Clients
            {
                HttpClientHandler Inline() => new HttpClientHandler { UseProxy = false, {|NHS2004:ServerCertificateCustomValidationCallback|} = (_, _, _, _) => true };

                HttpClient Only() => new HttpClient(new HttpClientHandler { {|NHS2004:ServerCertificateCustomValidationCallback|} = (_, _, _, _) => true });

                HttpClientHandler OnlyMultiLine() => new HttpClientHandler
                {
                    {|NHS2004:ServerCertificateCustomValidationCallback|} = (_, _, _, _) => true,
                };

                SslClientAuthenticationOptions TargetTyped() => new() { {|NHS2004:RemoteCertificateValidationCallback|} = delegate { return true; } };
            }
            """, """
            using System.Net.Http;
            using System.Net.Security;

            class Clients
            {
                HttpClientHandler Inline() => new HttpClientHandler { UseProxy = false };

                HttpClient Only() => new HttpClient(new HttpClientHandler());

                HttpClientHandler OnlyMultiLine() => new HttpClientHandler();

                SslClientAuthenticationOptions TargetTyped() => new();
            }
            """);

        [Fact]
        public Task Removes_a_nested_member_initializer_left_empty() => VerifyFix.VerifyFixAsync("""
            using System.Net.Http;
            using System.Net.Security;

            class Clients
            {
                SocketsHttpHandler Nested() => new SocketsHttpHandler
                {
                    PooledConnectionLifetime = System.TimeSpan.FromMinutes(2),
                    SslOptions = { {|NHS2004:RemoteCertificateValidationCallback|} = (_, _, _, _) => true },
                };

                SocketsHttpHandler Created() => new SocketsHttpHandler
                {
                    SslOptions = new SslClientAuthenticationOptions { {|NHS2004:RemoteCertificateValidationCallback|} = (_, _, _, _) => true },
                };
            }
            """, """
            using System.Net.Http;
            using System.Net.Security;

            class Clients
            {
                SocketsHttpHandler Nested() => new SocketsHttpHandler
                {
                    PooledConnectionLifetime = System.TimeSpan.FromMinutes(2),
                };

                SocketsHttpHandler Created() => new SocketsHttpHandler
                {
                    SslOptions = new SslClientAuthenticationOptions(),
                };
            }
            """);

        [Fact]
        public async Task Removes_a_top_level_statement()
        {
            var test = new VerifyFix.Test
            {
                TestCode = """
                    using System.Net.Http;

                    var handler = new HttpClientHandler();
                    {|NHS2004:handler.ServerCertificateCustomValidationCallback|} = (_, _, _, _) => true;
                    using var client = new HttpClient(handler);
                    """,
                FixedCode = """
                    using System.Net.Http;

                    var handler = new HttpClientHandler();
                    using var client = new HttpClient(handler);
                    """,
            };
            test.TestState.OutputKind = OutputKind.ConsoleApplication;
            TestConfiguration.Apply(test.TestState, ReferenceSets.Net100WithPackages, editorConfig: null);
            await test.RunAsync(CancellationToken.None);
        }

        [Fact]
        public async Task Fix_All_removes_every_assignment_in_every_document()
        {
            var test = new VerifyFix.Test();
            test.TestState.Sources.Add(("/0/Pds.cs", """
                using System.Net.Http;

                class Pds
                {
                    HttpClient Create(HttpClientHandler handler)
                    {
                        {|NHS2004:handler.ServerCertificateCustomValidationCallback|} = (_, _, _, _) => true;
                        return new HttpClient(new HttpClientHandler { {|NHS2004:ServerCertificateCustomValidationCallback|} = delegate { return true; } });
                    }
                }
                """));
            test.TestState.Sources.Add(("/0/Mesh.cs", """
                using System.Net.Http;

                class Mesh
                {
                    SocketsHttpHandler Create() => new SocketsHttpHandler
                    {
                        SslOptions = { {|NHS2004:RemoteCertificateValidationCallback|} = (_, _, _, _) => true },
                        UseProxy = false,
                    };
                }
                """));
            test.FixedState.Sources.Add(("/0/Pds.cs", """
                using System.Net.Http;

                class Pds
                {
                    HttpClient Create(HttpClientHandler handler)
                    {
                        return new HttpClient(new HttpClientHandler());
                    }
                }
                """));
            test.FixedState.Sources.Add(("/0/Mesh.cs", """
                using System.Net.Http;

                class Mesh
                {
                    SocketsHttpHandler Create() => new SocketsHttpHandler
                    {
                        UseProxy = false,
                    };
                }
                """));
            TestConfiguration.Apply(test.TestState, ReferenceSets.Net100WithPackages, editorConfig: null);
            await test.RunAsync(CancellationToken.None);
        }

        [Fact]
        public Task Offers_no_fix_where_removal_would_break_the_code_or_a_callback_must_be_written() => VerifyFix.VerifyNoFixAsync("""
            using System;
            using System.IO;
            using System.Net.Http;
            using System.Net.Security;

            class Clients
            {
                void Configure(HttpClientHandler handler, bool development, Stream inner)
                {
                    if (development)
                        {|NHS2004:handler.ServerCertificateCustomValidationCallback|} = (_, _, _, _) => true;
                    Action<HttpClientHandler> configure = h => {|NHS2004:h.ServerCertificateCustomValidationCallback|} = (_, _, _, _) => true;
                    var result = ({|NHS2004:handler.ServerCertificateCustomValidationCallback|} = (_, _, _, _) => true);
                    var stream = new SslStream(inner, false, {|NHS2004:(_, _, _, _) => true|});
                    Console.WriteLine({|NHS2004:HttpClientHandler.DangerousAcceptAnyServerCertificateValidator|});
                }
            }
            """, ReferenceSets.Net100WithPackages);

        [Fact]
        public async Task Offers_no_fix_for_the_only_top_level_statement()
        {
            var source = """
                {|NHS2004:System.Net.ServicePointManager.ServerCertificateValidationCallback|} = delegate { return true; };
                """;
            var test = new VerifyFix.Test { TestCode = "#pragma warning disable SYSLIB0014\n" + source, FixedCode = "#pragma warning disable SYSLIB0014\n" + source };
            test.TestState.OutputKind = OutputKind.ConsoleApplication;
            test.FixedState.MarkupHandling = Microsoft.CodeAnalysis.Testing.MarkupMode.Allow;
            TestConfiguration.Apply(test.TestState, ReferenceSets.Net100WithPackages, editorConfig: null);
            await test.RunAsync(CancellationToken.None);
        }
    }
}
