using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace NhsCodeAnalyzers.Tests.Integration
{
    /// <summary>The parts of a compiler's SARIF 2.1 error log (<c>-p:ErrorLog=file,version=2.1</c>) the tests check.</summary>
    public sealed class SarifLog
    {
        private SarifLog(string version, string compilerVersion, IReadOnlyList<Result> results, IReadOnlyList<Rule> rules)
        {
            Version = version;
            CompilerVersion = compilerVersion;
            Results = results;
            Rules = rules;
        }

        public sealed record Region(int StartLine, int StartColumn, int EndLine, int EndColumn);

        /// <param name="Justification">For a result suppressed in source (<c>[SuppressMessage]</c>, <c>#pragma</c>): the written reason, if any.</param>
        public sealed record Result(string RuleId, string Level, string Message, string? Uri, Region? Region, bool IsSuppressed, string? Justification)
        {
            public string FilePath => Uri is null ? string.Empty : new Uri(Uri).LocalPath;
        }

        public sealed record Rule(string Id, string? Title, string? HelpUri, string? Category, IReadOnlyList<string> Tags);

        /// <summary>The SARIF format version, "2.1.0".</summary>
        public string Version { get; }

        /// <summary>The compiler's semantic version: "4.14.0" for the toolset package, the SDK's own otherwise.</summary>
        public string CompilerVersion { get; }

        public IReadOnlyList<Result> Results { get; }

        public IReadOnlyList<Rule> Rules { get; }

        public static SarifLog Load(string path)
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            var root = document.RootElement;
            var run = root.GetProperty("runs").EnumerateArray().Single();
            var driver = run.GetProperty("tool").GetProperty("driver");
            var rules = driver.TryGetProperty("rules", out var ruleArray)
                ? ruleArray.EnumerateArray().Select(ReadRule).ToList()
                : new List<Rule>();
            var results = run.GetProperty("results").EnumerateArray().Select(ReadResult).ToList();
            return new SarifLog(root.GetProperty("version").GetString()!, driver.GetProperty("semanticVersion").GetString()!, results, rules);
        }

        private static Result ReadResult(JsonElement result)
        {
            string? uri = null;
            Region? region = null;
            if (result.TryGetProperty("locations", out var locations) && locations.GetArrayLength() > 0 &&
                locations[0].TryGetProperty("physicalLocation", out var physical))
            {
                uri = physical.GetProperty("artifactLocation").GetProperty("uri").GetString();
                if (physical.TryGetProperty("region", out var r))
                {
                    region = new Region(Int(r, "startLine"), Int(r, "startColumn"), Int(r, "endLine"), Int(r, "endColumn"));
                }
            }

            var suppression = result.TryGetProperty("suppressions", out var suppressions) && suppressions.GetArrayLength() > 0 ? suppressions[0] : default;
            return new Result(
                result.GetProperty("ruleId").GetString()!,
                result.TryGetProperty("level", out var level) ? level.GetString()! : "warning",
                result.GetProperty("message").GetProperty("text").GetString()!,
                uri,
                region,
                suppression.ValueKind == JsonValueKind.Object,
                suppression.ValueKind == JsonValueKind.Object && suppression.TryGetProperty("justification", out var justification) ? justification.GetString() : null);
        }

        private static Rule ReadRule(JsonElement rule)
        {
            var properties = rule.TryGetProperty("properties", out var p) ? p : default;
            var tags = properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty("tags", out var t)
                ? t.EnumerateArray().Select(e => e.GetString()!).ToList()
                : new List<string>();
            return new Rule(
                rule.GetProperty("id").GetString()!,
                rule.TryGetProperty("shortDescription", out var s) ? s.GetProperty("text").GetString() : null,
                rule.TryGetProperty("helpUri", out var h) ? h.GetString() : null,
                properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty("category", out var c) ? c.GetString() : null,
                tags);
        }

        /// <summary>0 for a missing value, which the tests reject: Roslyn always writes all four.</summary>
        private static int Int(JsonElement region, string name) => region.TryGetProperty(name, out var value) ? value.GetInt32() : 0;
    }
}
