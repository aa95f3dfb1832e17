using System;
using System.Collections.Immutable;

namespace NhsCodeAnalyzers.Rules.Transparency
{
    /// <summary>
    /// Says whether a declared value is empty or a placeholder, and how to describe it in NHS4002's message.
    /// Compared trimmed and case-insensitively.
    /// </summary>
    internal static class Placeholders
    {
        /// <summary>Whole values that say nothing yet.</summary>
        private static readonly ImmutableHashSet<string> Words = ImmutableHashSet.Create(
            StringComparer.OrdinalIgnoreCase,
            "todo", "to do", "tbd", "tbc", "tba", "n/a", "na", "n.a.", "fixme", "xxx", "placeholder", "fill in", "fill me in", "lorem ipsum");

        /// <summary>Words that make the whole value a note to self when it starts with them ("TODO: ask IG").</summary>
        private static readonly ImmutableArray<string> LeadingWords = ImmutableArray.Create("todo", "tbd", "tbc", "fixme", "xxx");

        /// <summary>
        /// Null when the value is a real statement; otherwise "empty" or "the placeholder '...'" (the trimmed value).
        /// </summary>
        public static string? Describe(string? value)
        {
            var trimmed = value?.Trim() ?? string.Empty;
            if (trimmed.Length == 0)
            {
                return "empty";
            }

            return IsPlaceholder(trimmed) ? "the placeholder '" + trimmed + "'" : null;
        }

        private static bool IsPlaceholder(string trimmed)
        {
            // "<source>", "<describe the mechanism>": the skeletons the code fixes write.
            if (trimmed.Length >= 2 && trimmed[0] == '<' && trimmed[trimmed.Length - 1] == '>')
            {
                return true;
            }

            if (Words.Contains(trimmed) || OnlyPunctuation(trimmed))
            {
                return true;
            }

            foreach (var word in LeadingWords)
            {
                if (trimmed.Length > word.Length
                    && trimmed.StartsWith(word, StringComparison.OrdinalIgnoreCase)
                    && !char.IsLetterOrDigit(trimmed[word.Length]))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>"?", "???", "-", "--", "...": no letter or digit at all.</summary>
        private static bool OnlyPunctuation(string trimmed)
        {
            foreach (var c in trimmed)
            {
                if (char.IsLetterOrDigit(c))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
