using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using NhsCodeAnalyzers.Tests.Verifiers;
using VerifyFix = NhsCodeAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    NhsCodeAnalyzers.Rules.SensitiveDataLoggingAnalyzer,
    NhsCodeAnalyzers.CodeFixes.Rules.SensitiveDataLoggingCodeFix>;

namespace NhsCodeAnalyzers.Tests.Rules
{
    /// <summary>
    /// NHS2005's fix: guard the call with the host environment in scope — wrap a statement in
    /// <c>if (env.IsDevelopment())</c>, or pass <c>env.IsDevelopment()</c> as the argument of a call in a chain or
    /// lambda. Each test also runs Fix All in document, project and solution scope (the testing library does that).
    /// </summary>
    public sealed class NHS2005SensitiveDataLoggingCodeFixTests
    {
        private static ImmutableArray<MetadataReference> WithHosting => NHS2005HostingReferences.Net100WithPackagesAndAspNetCore;

        [Fact]
        public Task Wraps_the_statement_in_OnConfiguring_with_the_injected_environment() => VerifyFix.VerifyFixAsync("""
            using Microsoft.EntityFrameworkCore;
            using Microsoft.Extensions.Hosting;

            public class ClinicDbContext : DbContext
            {
                private readonly IHostEnvironment _environment;

                public ClinicDbContext(IHostEnvironment environment) => _environment = environment;

                protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
                {
                    optionsBuilder.EnableDetailedErrors();
                    // Show parameter values while we debug the slow clinic-list query.
                    {|NHS2005:optionsBuilder.EnableSensitiveDataLogging()|}; // CARE-812
                }
            }
            """, """
            using Microsoft.EntityFrameworkCore;
            using Microsoft.Extensions.Hosting;

            public class ClinicDbContext : DbContext
            {
                private readonly IHostEnvironment _environment;

                public ClinicDbContext(IHostEnvironment environment) => _environment = environment;

                protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
                {
                    optionsBuilder.EnableDetailedErrors();
                    // Show parameter values while we debug the slow clinic-list query.
                    if (_environment.IsDevelopment())
                    {
                        optionsBuilder.EnableSensitiveDataLogging(); // CARE-812
                    }
                }
            }
            """, WithHosting);

        [Fact]
        public Task Adds_the_hosting_using_directive_for_IsDevelopment() => VerifyFix.VerifyFixAsync("""
            using Microsoft.EntityFrameworkCore;

            public class ClinicDbContext(Microsoft.Extensions.Hosting.IHostEnvironment environment) : DbContext
            {
                protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
                {
                    {|NHS2005:optionsBuilder.EnableSensitiveDataLogging(true)|};
                }
            }
            """, """
            using Microsoft.EntityFrameworkCore;
            using Microsoft.Extensions.Hosting;

            public class ClinicDbContext(Microsoft.Extensions.Hosting.IHostEnvironment environment) : DbContext
            {
                protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
                {
                    if (environment.IsDevelopment())
                    {
                        optionsBuilder.EnableSensitiveDataLogging(true);
                    }
                }
            }
            """, WithHosting);

        [Fact]
        public Task Adds_the_first_using_directive_of_a_file_above_its_header_comment_and_an_expression_body() => VerifyFix.VerifyFixAsync("""
            // Clinic data access.
            public class ClinicDbContext(Microsoft.Extensions.Hosting.IHostEnvironment environment) : Microsoft.EntityFrameworkCore.DbContext
            {
                protected override void OnConfiguring(Microsoft.EntityFrameworkCore.DbContextOptionsBuilder optionsBuilder)
                    => {|NHS2005:optionsBuilder.EnableSensitiveDataLogging()|};
            }
            """, """
            // Clinic data access.
            using Microsoft.Extensions.Hosting;

            public class ClinicDbContext(Microsoft.Extensions.Hosting.IHostEnvironment environment) : Microsoft.EntityFrameworkCore.DbContext
            {
                protected override void OnConfiguring(Microsoft.EntityFrameworkCore.DbContextOptionsBuilder optionsBuilder)
                    => optionsBuilder.EnableSensitiveDataLogging(environment.IsDevelopment());
            }
            """, WithHosting);

        [Fact]
        public Task Passes_the_check_as_the_argument_in_an_AddDbContext_lambda_and_a_chain() => VerifyFix.VerifyFixAsync("""
            using Microsoft.AspNetCore.Hosting;
            using Microsoft.EntityFrameworkCore;
            using Microsoft.Extensions.DependencyInjection;
            using Microsoft.Extensions.Hosting;

            public class ClinicDbContext(DbContextOptions<ClinicDbContext> options) : DbContext(options);

            public class DiagnosticsSettings { public bool LogParameters { get; set; } }

            public class Startup(IWebHostEnvironment environment, DiagnosticsSettings settings)
            {
                public void ConfigureServices(IServiceCollection services)
                {
                    services.AddDbContext<ClinicDbContext>(options => {|NHS2005:options.EnableSensitiveDataLogging()|});
                    services.AddDbContextPool<ClinicDbContext>(options => {|NHS2005:options.EnableDetailedErrors().EnableSensitiveDataLogging(true)|});
                    services.AddDbContextFactory<ClinicDbContext>(options => {|NHS2005:options.EnableSensitiveDataLogging(settings.LogParameters)|});
                }
            }
            """, """
            using Microsoft.AspNetCore.Hosting;
            using Microsoft.EntityFrameworkCore;
            using Microsoft.Extensions.DependencyInjection;
            using Microsoft.Extensions.Hosting;

            public class ClinicDbContext(DbContextOptions<ClinicDbContext> options) : DbContext(options);

            public class DiagnosticsSettings { public bool LogParameters { get; set; } }

            public class Startup(IWebHostEnvironment environment, DiagnosticsSettings settings)
            {
                public void ConfigureServices(IServiceCollection services)
                {
                    services.AddDbContext<ClinicDbContext>(options => options.EnableSensitiveDataLogging(environment.IsDevelopment()));
                    services.AddDbContextPool<ClinicDbContext>(options => options.EnableDetailedErrors().EnableSensitiveDataLogging(environment.IsDevelopment()));
                    services.AddDbContextFactory<ClinicDbContext>(options => options.EnableSensitiveDataLogging(settings.LogParameters && environment.IsDevelopment()));
                }
            }
            """, WithHosting);

        [Fact]
        public Task Uses_the_environment_of_a_host_builder_context() => VerifyFix.VerifyFixAsync("""
            using Microsoft.EntityFrameworkCore;
            using Microsoft.Extensions.DependencyInjection;
            using Microsoft.Extensions.Hosting;

            public class ClinicDbContext(DbContextOptions<ClinicDbContext> options) : DbContext(options);

            public static class ClinicHost
            {
                public static IHost Build() => Host.CreateDefaultBuilder()
                    .ConfigureServices((context, services) => services.AddDbContext<ClinicDbContext>(options => {|NHS2005:options.EnableSensitiveDataLogging()|}))
                    .Build();
            }
            """, """
            using Microsoft.EntityFrameworkCore;
            using Microsoft.Extensions.DependencyInjection;
            using Microsoft.Extensions.Hosting;

            public class ClinicDbContext(DbContextOptions<ClinicDbContext> options) : DbContext(options);

            public static class ClinicHost
            {
                public static IHost Build() => Host.CreateDefaultBuilder()
                    .ConfigureServices((context, services) => services.AddDbContext<ClinicDbContext>(options => options.EnableSensitiveDataLogging(context.HostingEnvironment.IsDevelopment())))
                    .Build();
            }
            """, WithHosting);

        [Fact]
        public Task Uses_builder_Environment_in_a_web_application_program() => VerifyProgramFixAsync("""
            using Microsoft.AspNetCore.Builder;
            using Microsoft.EntityFrameworkCore;
            using Microsoft.Extensions.DependencyInjection;

            var builder = WebApplication.CreateBuilder(args);
            builder.Services.AddDbContext<ClinicDbContext>(options => {|NHS2005:options.EnableSensitiveDataLogging()|});
            builder.Build().Run();

            public class ClinicDbContext(DbContextOptions<ClinicDbContext> options) : DbContext(options);
            """, """
            using Microsoft.AspNetCore.Builder;
            using Microsoft.EntityFrameworkCore;
            using Microsoft.Extensions.DependencyInjection;
            using Microsoft.Extensions.Hosting;

            var builder = WebApplication.CreateBuilder(args);
            builder.Services.AddDbContext<ClinicDbContext>(options => options.EnableSensitiveDataLogging(builder.Environment.IsDevelopment()));
            builder.Build().Run();

            public class ClinicDbContext(DbContextOptions<ClinicDbContext> options) : DbContext(options);
            """);

        [Fact]
        public Task Fixes_every_call_in_a_document() => VerifyFix.VerifyFixAsync("""
            using Microsoft.EntityFrameworkCore;
            using Microsoft.Extensions.DependencyInjection;
            using Microsoft.Extensions.Hosting;

            public class ClinicDbContext(DbContextOptions<ClinicDbContext> options) : DbContext(options);

            public static class Registration
            {
                public static void AddClinic(IServiceCollection services, IHostEnvironment environment)
                {
                    services.AddDbContext<ClinicDbContext>(options => {|NHS2005:options.EnableSensitiveDataLogging()|});

                    var builder = new DbContextOptionsBuilder<ClinicDbContext>();
                    {|NHS2005:builder.EnableSensitiveDataLogging()|};
                }
            }
            """, """
            using Microsoft.EntityFrameworkCore;
            using Microsoft.Extensions.DependencyInjection;
            using Microsoft.Extensions.Hosting;

            public class ClinicDbContext(DbContextOptions<ClinicDbContext> options) : DbContext(options);

            public static class Registration
            {
                public static void AddClinic(IServiceCollection services, IHostEnvironment environment)
                {
                    services.AddDbContext<ClinicDbContext>(options => options.EnableSensitiveDataLogging(environment.IsDevelopment()));

                    var builder = new DbContextOptionsBuilder<ClinicDbContext>();
                    if (environment.IsDevelopment())
                    {
                        builder.EnableSensitiveDataLogging();
                    }
                }
            }
            """, WithHosting);

        [Fact]
        public Task Offers_no_fix_where_no_host_environment_can_be_used() => VerifyFix.VerifyNoFixAsync("""
            using Microsoft.EntityFrameworkCore;
            using Microsoft.Extensions.Hosting;

            public class ClinicDbContext : DbContext
            {
                private readonly IHostEnvironment? _environment;

                public bool Known => _environment is not null;

                public static DbContextOptions<ClinicDbContext> Options()
                    => {|NHS2005:new DbContextOptionsBuilder<ClinicDbContext>().EnableSensitiveDataLogging()|}.Options;

                public static void Later(DbContextOptionsBuilder optionsBuilder)
                {
                    {|NHS2005:optionsBuilder.EnableSensitiveDataLogging()|};
                    IHostEnvironment? environment = null;
                    _ = environment;
                }
            }
            """, WithHosting);

        [Fact]
        public Task Offers_no_fix_without_the_hosting_abstractions() => VerifyFix.VerifyNoFixAsync("""
            using Microsoft.EntityFrameworkCore;

            public class ClinicDbContext : DbContext
            {
                protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) => {|NHS2005:optionsBuilder.EnableSensitiveDataLogging()|};
            }
            """, ReferenceSets.Net100WithPackages);

        private static Task VerifyProgramFixAsync(string source, string fixedSource)
        {
            var test = new VerifyFix.Test { TestCode = source, FixedCode = fixedSource };
            test.TestState.OutputKind = OutputKind.ConsoleApplication;
            TestConfiguration.Apply(test.TestState, WithHosting, editorConfig: null);
            return test.RunAsync(CancellationToken.None);
        }
    }
}
