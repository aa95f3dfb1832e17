using System;
using System.Diagnostics;
using System.Text;

namespace NhsCodeAnalyzers.Tests.Integration
{
    /// <summary>Runs the real <c>dotnet</c> CLI the way a user would, capturing everything it prints.</summary>
    public static class DotNetCli
    {
        public sealed record Result(int ExitCode, string Output)
        {
            public override string ToString() => $"exit code {ExitCode}\n{Output}";
        }

        public static Result Run(string workingDirectory, params string[] arguments)
        {
            var start = new ProcessStartInfo("dotnet")
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            // No build servers: each run loads the analyzers it was given, and nothing outlives the test.
            start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            start.Environment["DOTNET_NOLOGO"] = "1";
            start.Environment["UseSharedCompilation"] = "false";
            // Run from inside 'dotnet test': don't let the test host's MSBuild settings leak into the child.
            start.Environment.Remove("MSBuildExtensionsPath");
            start.Environment.Remove("MSBuildSDKsPath");
            start.Environment.Remove("MSBUILD_EXE_PATH");

            var output = new StringBuilder();
            using var process = new Process { StartInfo = start };
            process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
            process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            if (!process.WaitForExit((int)TimeSpan.FromMinutes(8).TotalMilliseconds))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"dotnet {string.Join(" ", arguments)} did not finish in 8 minutes:\n{output}");
            }

            process.WaitForExit();
            return new Result(process.ExitCode, output.ToString());
        }
    }
}
