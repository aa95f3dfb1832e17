using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using Microsoft.CodeAnalysis;
using NhsCodeAnalyzers.Tests.Verifiers;

namespace NhsCodeAnalyzers.Tests.Rules
{
    /// <summary>
    /// NHS2005's guards and fix need the real host-environment API (<c>IHostEnvironment</c>,
    /// <c>IWebHostEnvironment</c>, <c>WebApplication</c>), which none of the test project's packages brings.
    /// Until the test project references Microsoft.Extensions.Hosting.Abstractions, these references come from
    /// the ASP.NET Core reference pack that every .NET SDK installs (<c>packs/Microsoft.AspNetCore.App.Ref</c>),
    /// added to <see cref="ReferenceSets.Net100WithPackages"/> without the assemblies it already has.
    /// </summary>
    internal static class NHS2005HostingReferences
    {
        private static readonly Lazy<ImmutableArray<MetadataReference>> LazyWithAspNetCore = new(Load);

        /// <summary>.NET 10 with the real packages and the ASP.NET Core shared framework's reference assemblies.</summary>
        public static ImmutableArray<MetadataReference> Net100WithPackagesAndAspNetCore => LazyWithAspNetCore.Value;

        /// <summary>The default set plus xunit.core from the test output: the compilation of a test project.</summary>
        public static ImmutableArray<MetadataReference> TestProject(string assemblyFileName = "xunit.core.dll")
            => Net100WithPackagesAndAspNetCore.Add(MetadataReference.CreateFromFile(Path.Combine(AppContext.BaseDirectory, assemblyFileName)));

        private static ImmutableArray<MetadataReference> Load()
        {
            var present = new HashSet<string>(
                ReferenceSets.Net100WithPackages.OfType<PortableExecutableReference>().Select(r => Path.GetFileNameWithoutExtension(r.FilePath ?? r.Display ?? string.Empty)),
                StringComparer.OrdinalIgnoreCase);
            var pack = ReferencePackDirectory();
            var added = Directory.EnumerateFiles(pack, "*.dll")
                .Where(path => !present.Contains(Path.GetFileNameWithoutExtension(path)))
                .OrderBy(path => path, StringComparer.Ordinal)
                .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path));
            return ReferenceSets.Net100WithPackages.AddRange(added);
        }

        /// <summary><c>&lt;dotnet root&gt;/packs/Microsoft.AspNetCore.App.Ref/&lt;newest 10.x&gt;/ref/net10.0</c>, found from the running runtime's directory.</summary>
        private static string ReferencePackDirectory()
        {
            var runtime = RuntimeEnvironment.GetRuntimeDirectory(); // <root>/shared/Microsoft.NETCore.App/<version>/
            var root = Path.GetFullPath(Path.Combine(runtime, "..", "..", ".."));
            var packs = Path.Combine(root, "packs", "Microsoft.AspNetCore.App.Ref");
            var framework = $"net{Environment.Version.Major}.0";
            var directory = Directory.Exists(packs)
                ? Directory.EnumerateDirectories(packs)
                    .Select(version => Path.Combine(version, "ref", framework))
                    .Where(Directory.Exists)
                    .OrderByDescending(path => Version.TryParse(Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(path))), out var version) ? version : new Version(0, 0))
                    .FirstOrDefault()
                : null;
            return directory ?? throw new InvalidOperationException(
                $"The ASP.NET Core reference pack for {framework} was not found under '{packs}'. It is installed with the .NET SDK; the NHS2005 tests compile against it.");
        }
    }
}
