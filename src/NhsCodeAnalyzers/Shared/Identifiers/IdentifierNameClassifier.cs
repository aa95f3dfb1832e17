using System;
using System.Collections.Immutable;
using System.Linq;

namespace NhsCodeAnalyzers.Shared.Identifiers
{
    /// <summary>
    /// Answers "does this name say it holds a patient identifier?" from the name alone, with the team's
    /// configured extra and excluded names. Symbol kind and type are the caller's concern
    /// (<see cref="PatientIdentifiers"/>).
    /// </summary>
    internal sealed class IdentifierNameClassifier
    {
        public static IdentifierNameClassifier Default { get; } = new IdentifierNameClassifier(ImmutableArray<string>.Empty, ImmutableArray<string>.Empty);

        private readonly ImmutableArray<(IdentifierKind Kind, ImmutableArray<string> Words)> _patterns;
        private readonly ImmutableHashSet<string> _excluded;
        private readonly ImmutableArray<string> _triggers;

        public IdentifierNameClassifier(ImmutableArray<string> extraNames, ImmutableArray<string> excludedNames)
        {
            var configured = extraNames.Select(name => (IdentifierKind.Configured, IdentifierWords.Split(name))).Where(p => p.Item2.Length > 0);
            _patterns = IdentifierNamePatterns.BuiltIn.AddRange(configured);
            _excluded = excludedNames.Select(Compact).ToImmutableHashSet(StringComparer.Ordinal);
            _triggers = IdentifierNamePatterns.TriggerFragments.AddRange(configured.Select(p => p.Item2[0]));
        }

        /// <summary>
        /// The cheap text test: false means the name cannot be an identifier, without splitting it. A pattern only
        /// matches whole words (<see cref="IdentifierWords"/>), and every trigger begins a pattern word, so a trigger
        /// counts only where a word of the name begins: <c>Handler</c> and <c>Initial</c> are passed over.
        /// </summary>
        public bool MayBeIdentifier(string name)
        {
            for (var i = 0; i < name.Length; i++)
            {
                if (!IdentifierWords.StartsWord(name, i))
                {
                    continue;
                }

                foreach (var trigger in _triggers)
                {
                    if (trigger.Length <= name.Length - i && string.Compare(name, i, trigger, 0, trigger.Length, StringComparison.OrdinalIgnoreCase) == 0)
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        public IdentifierKind Classify(string name)
        {
            if (!MayBeIdentifier(name))
            {
                return IdentifierKind.None;
            }

            var words = IdentifierWords.Split(name);
            if (words.Length == 0 || _excluded.Contains(string.Concat(words)))
            {
                return IdentifierKind.None;
            }

            foreach (var (kind, pattern) in _patterns)
            {
                var start = IndexOf(words, pattern);
                if (start >= 0)
                {
                    return IsQualifiedAway(words, start, start + pattern.Length) ? IdentifierKind.None : kind;
                }
            }

            return IdentifierKind.None;
        }

        private static bool IsQualifiedAway(ImmutableArray<string> words, int start, int end)
        {
            for (var i = 0; i < start; i++)
            {
                if (IdentifierNamePatterns.ProtectedWords.Contains(words[i]) || (i == 0 && IdentifierNamePatterns.LeadingQuestionWords.Contains(words[i])))
                {
                    return true;
                }
            }

            for (var i = end; i < words.Length; i++)
            {
                if (IdentifierNamePatterns.ProtectedWords.Contains(words[i]) || IdentifierNamePatterns.DerivedWords.Contains(words[i]))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Where the pattern starts in the words, allowing a plural last word (<c>NhsNumbers</c>), or -1.</summary>
        private static int IndexOf(ImmutableArray<string> words, ImmutableArray<string> pattern)
        {
            for (var start = 0; start + pattern.Length <= words.Length; start++)
            {
                var matches = true;
                for (var j = 0; j < pattern.Length && matches; j++)
                {
                    var word = words[start + j];
                    matches = word == pattern[j] || (j == pattern.Length - 1 && word.Length == pattern[j].Length + 1 && word[word.Length - 1] == 's' && word.StartsWith(pattern[j], StringComparison.Ordinal));
                }

                if (matches)
                {
                    return start;
                }
            }

            return -1;
        }

        private static string Compact(string name) => string.Concat(IdentifierWords.Split(name));
    }
}
