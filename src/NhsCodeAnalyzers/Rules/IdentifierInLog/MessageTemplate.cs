using System.Collections.Immutable;

namespace NhsCodeAnalyzers.Rules.IdentifierInLog
{
    /// <summary>One <c>{Hole}</c> of a message template: where it is in the text, its name, and whether it destructures.</summary>
    internal readonly struct TemplateHole
    {
        public TemplateHole(int start, int length, string name, bool destructures)
        {
            Start = start;
            Length = length;
            Name = name;
            Destructures = destructures;
        }

        /// <summary>Index of the opening brace.</summary>
        public int Start { get; }

        /// <summary>Length including both braces.</summary>
        public int Length { get; }

        /// <summary>The property name, without the <c>@</c>/<c>$</c> operator, alignment or format.</summary>
        public string Name { get; }

        /// <summary><c>{@Name}</c>: the argument is written out property by property (Serilog, NLog, and MEL with Serilog as provider).</summary>
        public bool Destructures { get; }

        /// <summary><c>{0}</c>-style positional hole.</summary>
        public bool IsNumeric
        {
            get
            {
                if (Name.Length == 0)
                {
                    return false;
                }

                foreach (var c in Name)
                {
                    if (c < '0' || c > '9')
                    {
                        return false;
                    }
                }

                return true;
            }
        }
    }

    /// <summary>
    /// Reads the holes of a message template in the shared syntax of Microsoft.Extensions.Logging, Serilog and NLog
    /// (<c>{Name}</c>, <c>{@Name}</c>, <c>{$Name}</c>, <c>{Name,10:format}</c>, <c>{{</c>/<c>}}</c> escapes). Linear,
    /// never throws; an unclosed brace ends the template.
    /// </summary>
    internal static class MessageTemplate
    {
        public static ImmutableArray<TemplateHole> Parse(string text)
        {
            var holes = ImmutableArray.CreateBuilder<TemplateHole>();
            var i = 0;
            while (i < text.Length)
            {
                var c = text[i];
                if (c == '{' && i + 1 < text.Length && text[i + 1] == '{')
                {
                    i += 2;
                    continue;
                }

                if (c != '{')
                {
                    i++;
                    continue;
                }

                var close = text.IndexOf('}', i + 1);
                if (close < 0)
                {
                    break;
                }

                var content = text.Substring(i + 1, close - i - 1);
                var destructures = content.StartsWith("@", System.StringComparison.Ordinal);
                if (destructures || content.StartsWith("$", System.StringComparison.Ordinal))
                {
                    content = content.Substring(1);
                }

                var end = content.IndexOfAny(new[] { ',', ':' });
                var name = (end < 0 ? content : content.Substring(0, end)).Trim();
                holes.Add(new TemplateHole(i, close - i + 1, name, destructures));
                i = close + 1;
            }

            return holes.ToImmutable();
        }
    }
}
