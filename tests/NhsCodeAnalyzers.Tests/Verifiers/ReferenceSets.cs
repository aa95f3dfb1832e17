using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace NhsCodeAnalyzers.Tests.Verifiers
{
    /// <summary>
    /// Named sets of metadata references that test sources compile against: the framework's reference
    /// assemblies (restored at build time, so no download while tests run) plus the real packages the rules
    /// understand, taken from this test project's own NuGet restore.
    /// </summary>
    public static class ReferenceSets
    {
        /// <summary>Assemblies of the real packages copied into the test output (EF Core, logging, FHIR, ...).</summary>
        private static readonly string[] PackagePrefixes =
        {
            "Microsoft.EntityFrameworkCore",
            "Microsoft.Extensions.",
            "Hl7.Fhir.",
            "Serilog",
            "NLog",
            "MongoDB.",
            "Microsoft.Azure.Cosmos",
            "Azure.",
            "Newtonsoft.",
            "Microsoft.ML",
            "OpenAI",
            "System.ClientModel",
            "NhsCodeAnalyzers.Annotations",
        };

        private static readonly Lazy<ImmutableArray<MetadataReference>> LazyNet100 = new(() =>
            Basic.Reference.Assemblies.Net100.References.All.Cast<MetadataReference>().ToImmutableArray());

        private static readonly Lazy<ImmutableArray<MetadataReference>> LazyNet100WithPackages = new(() =>
            LazyNet100.Value.AddRange(PackageAssemblies(LazyNet100.Value)));

        /// <summary>.NET 10 framework only.</summary>
        public static ImmutableArray<MetadataReference> Net100 => LazyNet100.Value;

        /// <summary>.NET 10 with EF Core, Identity stores, Microsoft.Extensions.Logging and Compliance, Serilog, NLog, Hl7.Fhir.R4, MongoDB.Bson, Cosmos DB, ML.NET, ONNX Runtime, Microsoft.Extensions.AI, OpenAI and the annotations: the default for rule tests.</summary>
        public static ImmutableArray<MetadataReference> Net100WithPackages => LazyNet100WithPackages.Value;

        /// <summary>As <see cref="Net100WithPackages"/> without NhsCodeAnalyzers.Annotations: fixes that add attributes must not be offered.</summary>
        public static ImmutableArray<MetadataReference> Net100WithPackagesWithoutAnnotations => Net100WithPackages
            .Where(r => !(r.Display ?? string.Empty).Contains("NhsCodeAnalyzers.Annotations", StringComparison.Ordinal))
            .ToImmutableArray();

        /// <summary>.NET Framework 4.7.2, where BinaryFormatter, SoapFormatter and NetDataContractSerializer are not obsolete.</summary>
        public static ImmutableArray<MetadataReference> Net472 { get; } =
            Basic.Reference.Assemblies.Net472.References.All.Cast<MetadataReference>().ToImmutableArray();

        /// <summary>.NET Standard 2.0, with no System.Text.Json.</summary>
        public static ImmutableArray<MetadataReference> NetStandard20 { get; } =
            Basic.Reference.Assemblies.NetStandard20.References.All.Cast<MetadataReference>().ToImmutableArray();

        /// <summary>A reference-assembly set that resolves to nothing: references come from <see cref="ReferenceSets"/> instead.</summary>
        public static ReferenceAssemblies None { get; } = new ReferenceAssemblies("net10.0");

        private static bool IsManagedAssembly(string path)
        {
            try
            {
                System.Reflection.AssemblyName.GetAssemblyName(path);
                return true;
            }
            catch (BadImageFormatException)
            {
                return false; // a native library shipped beside the managed ones (Cosmos DB's service interop)
            }
        }

        private static IEnumerable<MetadataReference> PackageAssemblies(ImmutableArray<MetadataReference> framework)
        {
            var frameworkNames = new HashSet<string>(
                framework.OfType<PortableExecutableReference>().Select(r => Path.GetFileNameWithoutExtension(r.FilePath ?? r.Display ?? string.Empty)),
                StringComparer.OrdinalIgnoreCase);
            return Directory.EnumerateFiles(AppContext.BaseDirectory, "*.dll")
                .Where(path => PackagePrefixes.Any(prefix => Path.GetFileName(path).StartsWith(prefix, StringComparison.Ordinal)))
                .Where(path => !frameworkNames.Contains(Path.GetFileNameWithoutExtension(path)))
                .Where(IsManagedAssembly)
                .OrderBy(path => path, StringComparer.Ordinal)
                .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path));
        }
    }
}
