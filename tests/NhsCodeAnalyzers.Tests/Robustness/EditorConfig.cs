using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace NhsCodeAnalyzers.Tests.Robustness
{
    /// <summary>The <c>key = value</c> lines the rule tests and rule pages give as configuration, and back to file text.</summary>
    public static class EditorConfig
    {
        public static IEnumerable<(string Key, string Value)> Parse(string text)
        {
            foreach (var line in text.Split('\n').Select(l => l.Trim()))
            {
                var equals = line.IndexOf('=', StringComparison.Ordinal);
                if (line.Length == 0 || line.StartsWith('#') || line.StartsWith('[') || equals < 0)
                {
                    continue;
                }

                yield return (line.Substring(0, equals).Trim(), line.Substring(equals + 1).Trim());
            }
        }

        /// <summary>A root <c>.editorconfig</c> applying the options to every file.</summary>
        public static string ToText(IReadOnlyDictionary<string, string> options)
        {
            var text = new StringBuilder("root = true\n\n[*]\n");
            foreach (var (key, value) in options.OrderBy(pair => pair.Key, StringComparer.Ordinal))
            {
                text.Append(key).Append(" = ").Append(value).Append('\n');
            }

            return text.ToString();
        }
    }
}
