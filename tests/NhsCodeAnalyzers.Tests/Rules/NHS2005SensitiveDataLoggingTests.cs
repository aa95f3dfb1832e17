using System.Collections.Immutable;
using System.IO;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;
using NhsCodeAnalyzers.Descriptors;
using NhsCodeAnalyzers.Tests.Verifiers;
using Verify = NhsCodeAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<NhsCodeAnalyzers.Rules.SensitiveDataLoggingAnalyzer>;

namespace NhsCodeAnalyzers.Tests.Rules
{
    /// <summary>
    /// NHS2005 — EF Core sensitive-data logging left on: what it flags and which guards it understands. Sources
    /// compile against the real EF Core package and, for the host environment, the ASP.NET Core reference pack
    /// (see <see cref="NHS2005HostingReferences"/>).
    /// </summary>
    public sealed class NHS2005SensitiveDataLoggingTests
    {
        private static ImmutableArray<MetadataReference> WithHosting => NHS2005HostingReferences.Net100WithPackagesAndAspNetCore;

        private static DiagnosticResult Expected(int markup, string call)
            => new DiagnosticResult(RuleDescriptors.SensitiveDataLogging).WithLocation(markup).WithArguments(call);

        // ---- Flags -------------------------------------------------------------------------------------------

        [Fact]
        public Task Flags_the_call_in_OnConfiguring_with_no_argument_or_true() => Verify.VerifyAsync(
            """
            using Microsoft.EntityFrameworkCore;

            public class ClinicDbContext : DbContext
            {
                protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
                {
                    {|#0:optionsBuilder.EnableSensitiveDataLogging()|};
                    {|#1:optionsBuilder.EnableSensitiveDataLogging(true)|};
                    {|#2:optionsBuilder.EnableSensitiveDataLogging(sensitiveDataLoggingEnabled: true)|};
                }
            }
            """,
            ReferenceSets.Net100WithPackages,
            expected: new[]
            {
                Expected(0, "optionsBuilder.EnableSensitiveDataLogging()"),
                Expected(1, "optionsBuilder.EnableSensitiveDataLogging(true)"),
                Expected(2, "optionsBuilder.EnableSensitiveDataLogging(sensitiveDataLoggingEnabled: true)"),
            });

        [Fact]
        public Task Flags_the_AddDbContext_lambda_form_and_a_chained_call() => Verify.VerifyAsync(
            """
            using Microsoft.EntityFrameworkCore;
            using Microsoft.Extensions.DependencyInjection;

            public class ClinicDbContext(DbContextOptions<ClinicDbContext> options) : DbContext(options);

            public static class Registration
            {
                public static void AddClinic(IServiceCollection services)
                {
                    services.AddDbContext<ClinicDbContext>(options => {|#0:options.EnableSensitiveDataLogging()|});
                    services.AddDbContextPool<ClinicDbContext>(options => {|#1:options.EnableDetailedErrors().EnableSensitiveDataLogging()|});
                    services.AddDbContextFactory<ClinicDbContext>((provider, options) =>
                    {
                        {|NHS2005:options.EnableSensitiveDataLogging()|};
                    });
                }

                public static DbContextOptions<ClinicDbContext> Build()
                    => {|NHS2005:new DbContextOptionsBuilder<ClinicDbContext>().EnableSensitiveDataLogging()|}.Options;
            }
            """,
            ReferenceSets.Net100WithPackages,
            expected: new[]
            {
                Expected(0, "options.EnableSensitiveDataLogging()"),
                Expected(1, "EnableSensitiveDataLogging()"),
            });

        [Fact]
        public Task Flags_a_value_from_configuration_that_is_not_a_development_check() => Verify.VerifyAsync("""
            using Microsoft.EntityFrameworkCore;

            public class DiagnosticsSettings { public bool LogParameters { get; set; } }

            public class ClinicDbContext(DiagnosticsSettings settings) : DbContext
            {
                protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
                    => {|NHS2005:optionsBuilder.EnableSensitiveDataLogging(settings.LogParameters)|};
            }
            """);

        [Fact]
        public Task Flags_checks_that_are_not_a_development_guard() => Verify.VerifyAsync("""
            using Microsoft.EntityFrameworkCore;
            using Microsoft.Extensions.Hosting;

            public class ClinicDbContext(IHostEnvironment environment, bool verbose) : DbContext
            {
                protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
                {
                    if (environment.IsStaging())
                    {
                        {|NHS2005:optionsBuilder.EnableSensitiveDataLogging()|};
                    }

                    if (environment.IsEnvironment("Test") || verbose)
                    {
                        {|NHS2005:optionsBuilder.EnableSensitiveDataLogging()|};
                    }

                    if (!environment.IsDevelopment())
                    {
                        {|NHS2005:optionsBuilder.EnableSensitiveDataLogging()|};
                    }

                    if (environment.IsDevelopment())
                    {
                    }
                    else
                    {
                        {|NHS2005:optionsBuilder.EnableSensitiveDataLogging()|};
                    }

                    if (environment.IsDevelopment() || verbose)
                    {
                        {|NHS2005:optionsBuilder.EnableSensitiveDataLogging()|};
                    }

                    {|NHS2005:optionsBuilder.EnableSensitiveDataLogging(environment.IsProduction())|};
                }
            }
            """, WithHosting);

        [Fact]
        public Task Flags_a_call_below_a_development_check_that_does_not_leave() => Verify.VerifyAsync("""
            using System;
            using Microsoft.EntityFrameworkCore;
            using Microsoft.Extensions.Hosting;

            public class ClinicDbContext(IHostEnvironment environment) : DbContext
            {
                protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
                {
                    if (!environment.IsDevelopment())
                    {
                        Console.WriteLine("Not in development");
                    }

                    {|NHS2005:optionsBuilder.EnableSensitiveDataLogging()|};
                }
            }
            """, WithHosting);

        [Fact]
        public Task Flags_a_teams_own_IsDevelopment_check() => Verify.VerifyAsync("""
            using Microsoft.EntityFrameworkCore;

            public sealed class DeploymentSettings
            {
                public bool IsDevelopment() => true;
            }

            public class ClinicDbContext(DeploymentSettings deployment) : DbContext
            {
                protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
                {
                    if (deployment.IsDevelopment())
                    {
                        {|NHS2005:optionsBuilder.EnableSensitiveDataLogging()|};
                    }
                }
            }
            """);

        [Fact]
        public Task Flags_a_call_outside_DEBUG_regions() => Verify.VerifyAsync("""
            #define DEBUG
            using Microsoft.EntityFrameworkCore;

            public class ClinicDbContext : DbContext
            {
                protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
                {
            #if DEBUG
                    optionsBuilder.EnableDetailedErrors();
            #endif
                    {|NHS2005:optionsBuilder.EnableSensitiveDataLogging()|};
            #if !RELEASE
                    {|NHS2005:optionsBuilder.EnableSensitiveDataLogging()|};
            #endif
            #if TRACE
            #elif DEBUG
            #else
            #endif
                    {|NHS2005:optionsBuilder.EnableSensitiveDataLogging()|};
                }
            }
            """);

        [Fact]
        public Task Flags_the_release_branch_of_an_if_DEBUG() => Verify.VerifyAsync("""
            using Microsoft.EntityFrameworkCore;

            public class ClinicDbContext : DbContext
            {
                protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
                {
            #if DEBUG
                    optionsBuilder.EnableSensitiveDataLogging();
            #else
                    {|NHS2005:optionsBuilder.EnableSensitiveDataLogging()|};
            #endif
                }
            }
            """);

        [Fact]
        public Task Flags_the_call_in_a_web_application_program() => Verify.VerifyAsync(
            """
            using Microsoft.AspNetCore.Builder;
            using Microsoft.EntityFrameworkCore;
            using Microsoft.Extensions.DependencyInjection;

            var builder = WebApplication.CreateBuilder(args);
            builder.Services.AddDbContext<ClinicDbContext>(options => {|#0:options.EnableSensitiveDataLogging()|});
            builder.Build().Run();

            public class ClinicDbContext(DbContextOptions<ClinicDbContext> options) : DbContext(options);
            """,
            WithHosting,
            outputKind: OutputKind.ConsoleApplication,
            expected: Expected(0, "options.EnableSensitiveDataLogging()"));

        // ---- Leaves alone ------------------------------------------------------------------------------------

        [Fact]
        public Task Leaves_a_call_inside_a_development_check_alone() => Verify.VerifyAsync("""
            using Microsoft.EntityFrameworkCore;
            using Microsoft.Extensions.Hosting;

            public class ClinicDbContext(IHostEnvironment environment, bool verbose) : DbContext
            {
                protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
                {
                    if (environment.IsDevelopment())
                    {
                        optionsBuilder.EnableSensitiveDataLogging();
                    }

                    if (environment.IsEnvironment("development") && verbose)
                        optionsBuilder.EnableSensitiveDataLogging();

                    if (environment.EnvironmentName == Environments.Development)
                    {
                        optionsBuilder.EnableSensitiveDataLogging();
                    }

                    if (!environment.IsDevelopment())
                    {
                    }
                    else
                    {
                        optionsBuilder.EnableSensitiveDataLogging();
                    }

                    var configured = environment.IsDevelopment() ? optionsBuilder.EnableSensitiveDataLogging() : optionsBuilder;
                    var unchanged = !environment.IsDevelopment() ? optionsBuilder : optionsBuilder.EnableSensitiveDataLogging();
                    var logged = environment.IsDevelopment() && optionsBuilder.EnableSensitiveDataLogging() is not null;
                }
            }
            """, WithHosting);

        [Fact]
        public Task Leaves_a_call_below_an_early_exit_outside_development_alone() => Verify.VerifyAsync("""
            using System;
            using Microsoft.EntityFrameworkCore;
            using Microsoft.Extensions.DependencyInjection;
            using Microsoft.Extensions.Hosting;

            public class ClinicDbContext(DbContextOptions<ClinicDbContext> options) : DbContext(options);

            public static class Registration
            {
                public static void AddClinic(IServiceCollection services, IHostEnvironment environment, bool verbose)
                {
                    services.AddDbContext<ClinicDbContext>(options =>
                    {
                        if (!environment.IsDevelopment())
                        {
                            return;
                        }

                        options.EnableSensitiveDataLogging();
                    });

                    services.AddDbContextPool<ClinicDbContext>(options =>
                    {
                        if (!environment.IsDevelopment() || !verbose) throw new InvalidOperationException("Development only");
                        options.EnableSensitiveDataLogging();
                    });
                }
            }
            """, WithHosting);

        [Fact]
        public Task Leaves_registration_inside_a_development_check_alone_lambdas_and_local_functions_included() => Verify.VerifyAsync("""
            using Microsoft.AspNetCore.Builder;
            using Microsoft.EntityFrameworkCore;
            using Microsoft.Extensions.DependencyInjection;
            using Microsoft.Extensions.Hosting;

            var builder = WebApplication.CreateBuilder(args);
            if (builder.Environment.IsDevelopment())
            {
                builder.Services.AddDbContext<ClinicDbContext>(options => options.EnableSensitiveDataLogging());

                void Verbose(DbContextOptionsBuilder options) => options.EnableSensitiveDataLogging();
                builder.Services.AddDbContextFactory<ClinicDbContext>(Verbose);
            }

            var app = builder.Build();
            if (!app.Environment.IsDevelopment())
            {
                return;
            }

            new DbContextOptionsBuilder<ClinicDbContext>().EnableSensitiveDataLogging();

            public class ClinicDbContext(DbContextOptions<ClinicDbContext> options) : DbContext(options);
            """, WithHosting, outputKind: OutputKind.ConsoleApplication);

        [Fact]
        public Task Leaves_an_argument_that_is_itself_a_development_check_and_a_constant_false_alone() => Verify.VerifyAsync("""
            using Microsoft.AspNetCore.Hosting;
            using Microsoft.EntityFrameworkCore;
            using Microsoft.Extensions.DependencyInjection;
            using Microsoft.Extensions.Hosting;

            public class ClinicDbContext(DbContextOptions<ClinicDbContext> options) : DbContext(options);

            public class Startup(IWebHostEnvironment environment)
            {
                public void ConfigureServices(IServiceCollection services, bool verbose)
                {
                    services.AddDbContext<ClinicDbContext>(options => options.EnableSensitiveDataLogging(environment.IsDevelopment()));
                    services.AddDbContextPool<ClinicDbContext>(options => options.EnableSensitiveDataLogging(verbose && environment.IsEnvironment(Environments.Development)));
                    services.AddDbContextFactory<ClinicDbContext>(options => options.EnableSensitiveDataLogging(false).EnableDetailedErrors());
                }
            }
            """, WithHosting);

        [Fact]
        public Task Leaves_the_obsolete_IHostingEnvironment_check_alone() => Verify.VerifyAsync("""
            using Microsoft.AspNetCore.Hosting;
            using Microsoft.EntityFrameworkCore;
            using Microsoft.Extensions.DependencyInjection;

            public class ClinicDbContext(DbContextOptions<ClinicDbContext> options) : DbContext(options);

            #pragma warning disable CS0618 // IHostingEnvironment is obsolete: the point of the test.
            public class Startup(IHostingEnvironment environment)
            {
                public void ConfigureServices(IServiceCollection services)
                {
                    if (environment.IsDevelopment())
                    {
                        services.AddDbContext<ClinicDbContext>(options => options.EnableSensitiveDataLogging());
                    }
                }
            }
            """, WithHosting);

        [Fact]
        public Task Leaves_a_call_in_a_DEBUG_region_or_a_DEBUG_only_method_alone() => Verify.VerifyAsync("""
            #define DEBUG
            #define TRACE
            using System.Diagnostics;
            using Microsoft.EntityFrameworkCore;

            public class ClinicDbContext : DbContext
            {
                protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
                {
            #if DEBUG
                    optionsBuilder.EnableSensitiveDataLogging();
            #endif
            #if (DEBUG && TRACE)
                    optionsBuilder.EnableSensitiveDataLogging();
            #endif
            #if RELEASE
            #elif DEBUG
            #if TRACE
                    optionsBuilder.EnableSensitiveDataLogging();
            #endif
            #endif
                    ShowParameters(optionsBuilder);
                }

                [Conditional("DEBUG")]
                private static void ShowParameters(DbContextOptionsBuilder optionsBuilder) => optionsBuilder.EnableSensitiveDataLogging();
            }
            """);

        [Fact]
        public Task Leaves_a_test_project_alone_xunit() => Verify.VerifyAsync("""
            using Microsoft.EntityFrameworkCore;

            public class InMemoryClinicDbContext : DbContext
            {
                protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) => optionsBuilder.EnableSensitiveDataLogging();
            }
            """, NHS2005HostingReferences.TestProject());

        [Theory]
        [InlineData("nunit.framework")]
        [InlineData("Microsoft.VisualStudio.TestPlatform.TestFramework")]
        [InlineData("xunit.v3.core")]
        public Task Leaves_a_test_project_alone_whatever_the_framework(string frameworkAssembly) => Verify.VerifyAsync("""
            using Microsoft.EntityFrameworkCore;

            public class InMemoryClinicDbContext : DbContext
            {
                protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) => optionsBuilder.EnableSensitiveDataLogging();
            }
            """, ReferenceSets.Net100WithPackages.Add(AssemblyNamed(frameworkAssembly)));

        [Fact]
        public Task Leaves_other_options_and_a_teams_own_builder_alone() => Verify.VerifyAsync("""
            using Microsoft.EntityFrameworkCore;

            namespace Contoso.Data
            {
                public sealed class OptionsBuilder
                {
                    public OptionsBuilder EnableSensitiveDataLogging() => this;
                }

                public class ClinicDbContext : DbContext
                {
                    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
                    {
                        optionsBuilder.EnableDetailedErrors();
                        optionsBuilder.EnableThreadSafetyChecks();
                        new OptionsBuilder().EnableSensitiveDataLogging();
                    }

                    // EnableSensitiveDataLogging() in a comment, "EnableSensitiveDataLogging()" in a string.
                    public override string ToString() => "EnableSensitiveDataLogging()";
                }
            }
            """);

        [Fact]
        public Task Leaves_generated_code_alone() => Verify.VerifyAsync("""
            // <auto-generated/>
            using Microsoft.EntityFrameworkCore;

            public class GeneratedDbContext : DbContext
            {
                protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) => optionsBuilder.EnableSensitiveDataLogging();
            }
            """);

        [Fact]
        public Task Honours_severity_none_from_editorconfig() => Verify.VerifyAsync("""
            using Microsoft.EntityFrameworkCore;

            public class ClinicDbContext : DbContext
            {
                protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) => optionsBuilder.EnableSensitiveDataLogging();
            }
            """, editorConfig: "dotnet_diagnostic.NHS2005.severity = none");

        /// <summary>An empty assembly with a test framework's name: the rule looks at referenced assembly names only.</summary>
        private static MetadataReference AssemblyNamed(string name)
        {
            var compilation = CSharpCompilation.Create(name, references: ReferenceSets.Net100, options: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            using var image = new MemoryStream();
            var result = compilation.Emit(image);
            Assert.True(result.Success);
            return MetadataReference.CreateFromImage(image.ToArray());
        }
    }
}
