using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using NhsCodeAnalyzers.Tests.Shared;

namespace NhsCodeAnalyzers.Tests.Meta
{
    /// <summary>A rule page under <c>rules/</c>, read the way the meta-tests need it.</summary>
    public sealed class RulePage
    {
        private RulePage(string id, string heading, IReadOnlyDictionary<string, string> facts, IReadOnlyList<(string Section, string Language, string Code)> codeBlocks)
        {
            Id = id;
            Heading = heading;
            Facts = facts;
            CodeBlocks = codeBlocks;
        }

        public string Id { get; }

        /// <summary>The first line without its <c>#</c>: "NHS3001: Serializer that is not an open standard".</summary>
        public string Heading { get; }

        /// <summary>Rows of the page's first table: Category, Default severity, Code fix, ...</summary>
        public IReadOnlyDictionary<string, string> Facts { get; }

        /// <summary>Fenced code blocks with the <c>##</c> section they stand in.</summary>
        public IReadOnlyList<(string Section, string Language, string Code)> CodeBlocks { get; }

        public static string PathFor(string id) => Path.Combine(RepositoryPaths.RulesDirectory, id + ".md");

        public static RulePage Load(string id)
        {
            var lines = File.ReadAllLines(PathFor(id));
            var heading = lines[0].TrimStart('#', ' ');
            var facts = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var line in lines.SkipWhile(l => !l.StartsWith("|", StringComparison.Ordinal)).TakeWhile(l => l.StartsWith("|", StringComparison.Ordinal)))
            {
                var cells = line.Trim('|').Split('|').Select(c => c.Trim()).ToArray();
                if (cells.Length == 2 && cells[0].Length > 0 && !cells[0].StartsWith("---", StringComparison.Ordinal))
                {
                    facts[cells[0]] = cells[1];
                }
            }

            var blocks = new List<(string, string, string)>();
            var section = string.Empty;
            for (var i = 0; i < lines.Length; i++)
            {
                if (lines[i].StartsWith("## ", StringComparison.Ordinal))
                {
                    section = lines[i].Substring(3).Trim();
                }
                else if (Regex.IsMatch(lines[i], "^```[a-z]+$"))
                {
                    var language = lines[i].Substring(3);
                    var code = lines.Skip(i + 1).TakeWhile(l => l != "```").ToList();
                    blocks.Add((section, language, string.Join("\n", code)));
                    i += code.Count + 1;
                }
            }

            return new RulePage(id, heading, facts, blocks);
        }
    }
}
