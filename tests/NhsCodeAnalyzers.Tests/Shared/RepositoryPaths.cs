using System;
using System.IO;

namespace NhsCodeAnalyzers.Tests.Shared
{
    /// <summary>Finds files of this repository from the test output folder.</summary>
    public static class RepositoryPaths
    {
        private static readonly Lazy<string> LazyRoot = new(() =>
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "NhsCodeAnalyzers.sln")))
                {
                    return directory.FullName;
                }
            }

            throw new InvalidOperationException("NhsCodeAnalyzers.sln not found above " + AppContext.BaseDirectory);
        });

        public static string Root => LazyRoot.Value;

        public static string RulesDirectory => Path.Combine(Root, "rules");

        public static string AnalyzerProjectDirectory => Path.Combine(Root, "src", "NhsCodeAnalyzers");
    }
}
