using System.Collections.Immutable;
using System.Text;

namespace NhsCodeAnalyzers.Shared.Identifiers
{
    /// <summary>
    /// Splits a name into lower-case words: camelCase, PascalCase, snake_case, kebab-case, ALLCAPS and
    /// acronyms followed by words (<c>NHSNumber</c> → nhs, number). Digits end a word.
    /// </summary>
    internal static class IdentifierWords
    {
        public static ImmutableArray<string> Split(string name)
        {
            var words = ImmutableArray.CreateBuilder<string>();
            var current = new StringBuilder();
            for (var i = 0; i < name.Length; i++)
            {
                var c = name[i];
                if (!char.IsLetterOrDigit(c))
                {
                    Flush(words, current);
                    continue;
                }

                if (current.Length > 0 && StartsNewWord(name, i))
                {
                    Flush(words, current);
                }

                current.Append(char.ToLowerInvariant(c));
            }

            Flush(words, current);
            return words.ToImmutable();
        }

        /// <summary>Whether a word of <see cref="Split"/>'s result begins at <paramref name="i"/>.</summary>
        public static bool StartsWord(string name, int i)
            => char.IsLetterOrDigit(name[i]) && (i == 0 || !char.IsLetterOrDigit(name[i - 1]) || StartsNewWord(name, i));

        private static bool StartsNewWord(string name, int i)
        {
            char previous = name[i - 1], c = name[i];
            if (char.IsDigit(c) != char.IsDigit(previous))
            {
                return true;
            }

            if (char.IsUpper(c) && char.IsLower(previous))
            {
                return true;
            }

            // The last capital of an acronym starts the next word: "NHSNumber" → "NHS", "Number".
            return char.IsUpper(c) && char.IsUpper(previous) && i + 1 < name.Length && char.IsLower(name[i + 1]);
        }

        private static void Flush(ImmutableArray<string>.Builder words, StringBuilder current)
        {
            if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }
    }
}
