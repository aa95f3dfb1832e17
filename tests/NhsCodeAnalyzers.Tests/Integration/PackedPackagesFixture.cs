using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using NhsCodeAnalyzers.Tests.Shared;

namespace NhsCodeAnalyzers.Tests.Integration
{
    /// <summary>Packs both packages once into a temporary folder, the way a release does.</summary>
    public sealed class PackedPackagesFixture : IDisposable
    {
        public PackedPackagesFixture()
        {
            WorkDirectory = Path.Combine(Path.GetTempPath(), "nhsca-it-" + Guid.NewGuid().ToString("N").Substring(0, 12));
            PackageDirectory = Path.Combine(WorkDirectory, "packages");
            Directory.CreateDirectory(PackageDirectory);
            Version = Regex.Match(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "Directory.Build.props")), "<Version>([^<]+)</Version>").Groups[1].Value;

            foreach (var project in new[] { "src/NhsCodeAnalyzers.Package/NhsCodeAnalyzers.Package.csproj", "src/NhsCodeAnalyzers.Annotations/NhsCodeAnalyzers.Annotations.csproj" })
            {
                var result = DotNetCli.Run(RepositoryPaths.Root, "pack", project, "-c", "Release", "-o", PackageDirectory);
                if (result.ExitCode != 0)
                {
                    throw new InvalidOperationException($"dotnet pack {project} failed: {result}");
                }
            }
        }

        public string WorkDirectory { get; }

        public string PackageDirectory { get; }

        public string Version { get; }

        public string AnalyzerPackagePath => Path.Combine(PackageDirectory, $"NhsCodeAnalyzers.{Version}.nupkg");

        public string AnnotationsPackagePath => Path.Combine(PackageDirectory, $"NhsCodeAnalyzers.Annotations.{Version}.nupkg");

        public string[] PackageFiles => Directory.GetFiles(PackageDirectory, "*.nupkg").Select(Path.GetFileName).ToArray()!;

        public void Dispose()
        {
            try
            {
                Directory.Delete(WorkDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A temp folder left behind is harmless; failing the run over it is not.
            }
        }
    }

    [CollectionDefinition(Name)]
    public sealed class IntegrationCollection : ICollectionFixture<PackedPackagesFixture>
    {
        /// <summary>One collection: integration tests share the packed packages and never build in parallel.</summary>
        public const string Name = "Integration";
    }
}
