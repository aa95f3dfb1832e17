using System.Collections.Immutable;

namespace NhsCodeAnalyzers.Shared.Options
{
    /// <summary>The usable values of one option and, separately, what was wrong with the rest.</summary>
    internal sealed class ParsedOption
    {
        public ParsedOption(ImmutableArray<string> values, ImmutableArray<string> problems)
        {
            Values = values;
            Problems = problems;
        }

        /// <summary>The items that can be used; malformed items are left out, never guessed at.</summary>
        public ImmutableArray<string> Values { get; }

        /// <summary>One sentence per problem, for NHS0001.</summary>
        public ImmutableArray<string> Problems { get; }
    }
}
