using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using NhsCodeAnalyzers.Descriptors;
using NhsCodeAnalyzers.PresetGenerator;

namespace NhsCodeAnalyzers.Tests.Integration
{
    [Collection(IntegrationCollection.Name)]
    [Trait("Category", "Integration")]
    public sealed class PackageLayoutTests
    {
        private readonly PackedPackagesFixture _packages;

        public PackageLayoutTests(PackedPackagesFixture packages)
        {
            _packages = packages;
        }

        [Fact]
        public void Packing_yields_exactly_the_two_packages()
        {
            Assert.Equal(
                new[] { $"NhsCodeAnalyzers.{_packages.Version}.nupkg", $"NhsCodeAnalyzers.Annotations.{_packages.Version}.nupkg" }.OrderBy(n => n, StringComparer.Ordinal),
                _packages.PackageFiles.OrderBy(n => n, StringComparer.Ordinal));
        }

        [Fact]
        public void The_analyzer_package_holds_the_analyzers_presets_readme_and_license_and_nothing_else_that_runs()
        {
            using var package = ZipFile.OpenRead(_packages.AnalyzerPackagePath);
            var files = package.Entries.Select(e => e.FullName).Where(IsContent).OrderBy(n => n, StringComparer.Ordinal).ToArray();
            Assert.Equal(
                new[]
                {
                    "LICENSE",
                    "NhsCodeAnalyzers.nuspec",
                    "README.md",
                    "analyzers/dotnet/cs/NhsCodeAnalyzers.CodeFixes.dll",
                    "analyzers/dotnet/cs/NhsCodeAnalyzers.dll",
                    "build/NhsCodeAnalyzers.targets",
                    "buildTransitive/NhsCodeAnalyzers.targets",
                    "buildTransitive/config/nhs_analysis_mode_default.globalconfig",
                    "buildTransitive/config/nhs_analysis_mode_none.globalconfig",
                    "buildTransitive/config/nhs_analysis_mode_strict.globalconfig",
                },
                files);
        }

        [Fact]
        public void The_packed_presets_are_rendered_from_the_current_rule_descriptors()
        {
            using var package = ZipFile.OpenRead(_packages.AnalyzerPackagePath);
            foreach (var mode in AnalysisModePresets.Modes)
            {
                var entry = package.GetEntry("buildTransitive/config/" + AnalysisModePresets.FileNameFor(mode));
                Assert.NotNull(entry);
                using var reader = new StreamReader(entry!.Open());
                Assert.Equal(AnalysisModePresets.Render(mode, RuleDescriptors.All), reader.ReadToEnd());
            }
        }

        [Fact]
        public void The_analyzer_package_is_a_development_dependency_with_no_dependencies()
        {
            var metadata = Nuspec(_packages.AnalyzerPackagePath);
            Assert.Equal("true", Element(metadata, "developmentDependency")?.Value);
            Assert.DoesNotContain(metadata.Descendants(), e => e.Name.LocalName == "dependency");
            Assert.Equal("README.md", Element(metadata, "readme")?.Value);
            Assert.Equal("LICENSE", Element(metadata, "license")?.Value);
            Assert.Equal("NhsCodeAnalyzers", Element(metadata, "id")?.Value);
        }

        [Fact]
        public void The_annotations_package_is_a_plain_library_with_docs_and_no_dependencies()
        {
            using var package = ZipFile.OpenRead(_packages.AnnotationsPackagePath);
            var files = package.Entries.Select(e => e.FullName).ToArray();
            Assert.Contains("lib/netstandard2.0/NhsCodeAnalyzers.Annotations.dll", files);
            Assert.Contains("lib/netstandard2.0/NhsCodeAnalyzers.Annotations.xml", files);
            Assert.DoesNotContain(files, f => f.StartsWith("analyzers/", StringComparison.Ordinal));
            var metadata = Nuspec(_packages.AnnotationsPackagePath);
            Assert.DoesNotContain(metadata.Descendants(), e => e.Name.LocalName == "dependency");
            Assert.Null(Element(metadata, "developmentDependency"));
        }

        private static bool IsContent(string entry)
            => !entry.StartsWith("_rels/", StringComparison.Ordinal) &&
               !entry.StartsWith("package/", StringComparison.Ordinal) &&
               entry != "[Content_Types].xml";

        private static XElement Nuspec(string packagePath)
        {
            using var package = ZipFile.OpenRead(packagePath);
            var entry = package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
            using var stream = entry.Open();
            return XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        }

        private static XElement? Element(XElement metadata, string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name);
    }
}
