using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace NhsCodeAnalyzers.Tests.Robustness
{
    /// <summary>
    /// The testing library's markup, read without the library: <c>{|NHS1001:text|}</c> and <c>[|text|]</c> mark a
    /// span (with or without a rule ID). <see cref="Parse"/> returns the plain source and the marked spans.
    /// </summary>
    internal static class Markup
    {
        public sealed record Span(string? Id, TextSpan TextSpan);

        public sealed record Result(string Text, ImmutableArray<Span> Spans);

        public static Result Parse(string markup)
        {
            var text = new StringBuilder(markup.Length);
            var spans = ImmutableArray.CreateBuilder<Span>();
            var open = new Stack<(string? Id, int Start)>();
            for (var i = 0; i < markup.Length; i++)
            {
                if (StartsWith(markup, i, "{|") && TryReadId(markup, i + 2, out var id, out var end))
                {
                    open.Push((id, text.Length));
                    i = end;
                }
                else if (StartsWith(markup, i, "[|"))
                {
                    open.Push((null, text.Length));
                    i++;
                }
                else if ((StartsWith(markup, i, "|}") || StartsWith(markup, i, "|]")) && open.Count > 0)
                {
                    var (openId, start) = open.Pop();
                    spans.Add(new Span(openId, TextSpan.FromBounds(start, text.Length)));
                    i++;
                }
                else
                {
                    text.Append(markup[i]);
                }
            }

            return new Result(text.ToString(), spans.ToImmutable());
        }

        public static string Strip(string markup) => Parse(markup).Text;

        private static bool StartsWith(string text, int index, string value)
            => index + value.Length <= text.Length && string.CompareOrdinal(text, index, value, 0, value.Length) == 0;

        /// <summary>Reads <c>NHS1001:</c> (or <c>#0:</c>) after <c>{|</c>; <paramref name="end"/> is the colon's index.</summary>
        private static bool TryReadId(string text, int index, out string id, out int end)
        {
            var colon = index;
            while (colon < text.Length && (char.IsLetterOrDigit(text[colon]) || text[colon] == '#'))
            {
                colon++;
            }

            id = text.Substring(index, colon - index);
            end = colon;
            return colon < text.Length && text[colon] == ':' && id.Length > 0;
        }
    }
}
