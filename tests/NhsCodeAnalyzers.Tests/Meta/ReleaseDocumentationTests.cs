using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using NhsCodeAnalyzers.Tests.Shared;

namespace NhsCodeAnalyzers.Tests.Meta
{
    /// <summary>
    /// Versioning and release notes stay honest: one version number, a changelog entry for it, release tracking
    /// that agrees with the changelog, and a package README that works on the package page.
    /// </summary>
    public sealed class ReleaseDocumentationTests
    {
        private static string Version => Regex.Match(Read("Directory.Build.props"), "<Version>([^<]+)</Version>").Groups[1].Value;

        [Fact]
        public void The_version_is_set_only_in_Directory_Build_props()
        {
            Assert.Matches(@"^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$", Version);
            var versionElements = new Regex(@"<(Version|VersionPrefix|VersionSuffix|PackageVersion|AssemblyVersion|FileVersion|InformationalVersion)>");
            var others = Directory.EnumerateFiles(RepositoryPaths.Root, "*.*", SearchOption.AllDirectories)
                .Where(f => f.EndsWith("proj", StringComparison.Ordinal) || f.EndsWith(".props", StringComparison.Ordinal) || f.EndsWith(".targets", StringComparison.Ordinal))
                .Where(f => !IsBuildOutput(f))
                .Where(f => Path.GetFileName(f) != "Directory.Build.props" || Path.GetDirectoryName(f) != RepositoryPaths.Root)
                .Where(f => versionElements.IsMatch(File.ReadAllText(f)))
                .Select(f => Path.GetRelativePath(RepositoryPaths.Root, f));
            Assert.Empty(others);
        }

        [Fact]
        public void The_changelog_describes_the_current_version()
        {
            Assert.Matches(new Regex($@"^## \[{Regex.Escape(Version)}\] - (Unreleased|\d{{4}}-\d{{2}}-\d{{2}})$", RegexOptions.Multiline), Read("CHANGELOG.md"));
        }

        /// <summary>RELEASING.md step 1: a dated (released) version has its rows moved to a "## Release x.y.z" section.</summary>
        [Fact]
        public void Release_tracking_agrees_with_the_changelog()
        {
            var released = Regex.IsMatch(Read("CHANGELOG.md"), $@"^## \[{Regex.Escape(Version)}\] - \d{{4}}-\d{{2}}-\d{{2}}$", RegexOptions.Multiline);
            var shipped = Read("src/NhsCodeAnalyzers/AnalyzerReleases.Shipped.md");
            var unshippedRows = Read("src/NhsCodeAnalyzers/AnalyzerReleases.Unshipped.md").Split('\n').Count(l => Regex.IsMatch(l, @"^NHS\d{4}\s*\|"));
            if (released)
            {
                Assert.Contains($"## Release {Version}", shipped, StringComparison.Ordinal);
                Assert.Equal(0, unshippedRows);
            }
            else
            {
                Assert.DoesNotContain($"## Release {Version}", shipped, StringComparison.Ordinal);
            }
        }

        /// <summary>Relative links do not resolve on the package page (nuget.org), so the package README uses absolute ones.</summary>
        [Fact]
        public void The_package_README_uses_only_absolute_links()
        {
            var readme = Read("src/NhsCodeAnalyzers.Package/README.md");
            var targets = Regex.Matches(readme, @"\]\((?<target>[^)\s]+)\)").Select(m => m.Groups["target"].Value)
                .Concat(Regex.Matches(readme, @"^\[[^\]]+\]:\s*(?<target>\S+)", RegexOptions.Multiline).Select(m => m.Groups["target"].Value))
                .ToList();
            Assert.DoesNotMatch(new Regex(@"(?<![(<])https?://"), Regex.Replace(readme, @"```.*?```", string.Empty, RegexOptions.Singleline)); // bare URLs: write them as links
            Assert.NotEmpty(targets);
            Assert.All(targets, target => Assert.True(
                Uri.TryCreate(target, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps,
                $"'{target}' is not an absolute https link"));
        }

        [Fact]
        public void The_package_README_links_to_files_that_exist_in_the_repository()
        {
            const string Blob = "https://github.com/nhs-code-analyzers/NhsCodeAnalyzers/blob/main/";
            var paths = Regex.Matches(Read("src/NhsCodeAnalyzers.Package/README.md"), Regex.Escape(Blob) + @"(?<path>[^)\s#]+)").Select(m => m.Groups["path"].Value).ToList();
            Assert.NotEmpty(paths);
            Assert.All(paths, path => Assert.True(File.Exists(Path.Combine(RepositoryPaths.Root, path)), path + " does not exist"));
        }

        private static bool IsBuildOutput(string path)
        {
            var separator = Path.DirectorySeparatorChar;
            return path.Contains($"{separator}bin{separator}", StringComparison.Ordinal) || path.Contains($"{separator}obj{separator}", StringComparison.Ordinal);
        }

        private static string Read(string relativePath) => File.ReadAllText(Path.Combine(RepositoryPaths.Root, relativePath));
    }
}
