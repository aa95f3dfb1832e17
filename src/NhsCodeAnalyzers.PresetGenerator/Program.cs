using System;
using System.IO;
using NhsCodeAnalyzers.Descriptors;

namespace NhsCodeAnalyzers.PresetGenerator
{
    /// <summary>Usage: <c>dotnet NhsCodeAnalyzers.PresetGenerator.dll &lt;output folder&gt;</c>.</summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            if (args.Length != 1)
            {
                Console.Error.WriteLine("usage: NhsCodeAnalyzers.PresetGenerator <output folder>");
                return 2;
            }

            Directory.CreateDirectory(args[0]);
            foreach (var mode in AnalysisModePresets.Modes)
            {
                var path = Path.Combine(args[0], AnalysisModePresets.FileNameFor(mode));
                File.WriteAllText(path, AnalysisModePresets.Render(mode, RuleDescriptors.All));
                Console.WriteLine(path);
            }

            return 0;
        }
    }
}
