using System;
using System.Collections.Immutable;
using System.Linq;

namespace NhsCodeAnalyzers.Shared.Options
{
    /// <summary>
    /// Turns the raw text of an option into usable values and problems. Pure and linear in the length of the
    /// text (no regular expressions), so hostile values cannot hang the build.
    /// </summary>
    internal static class OptionValueParser
    {
        public const int MaximumValueLength = 65536;

        /// <param name="typeExists">Answers whether a type name resolves; null skips that check.</param>
        public static ParsedOption Parse(OptionDefinition definition, string raw, Func<string, bool>? typeExists = null)
        {
            if (raw.Length > MaximumValueLength)
            {
                return Problem($"the value is longer than {MaximumValueLength} characters and is ignored");
            }

            if (definition.Kind == OptionValueKind.Choice)
            {
                return ParseChoice(definition, raw.Trim());
            }

            var values = ImmutableArray.CreateBuilder<string>();
            var problems = ImmutableArray.CreateBuilder<string>();
            if (raw.Trim().Length == 0)
            {
                return new ParsedOption(values.ToImmutable(), problems.ToImmutable());
            }

            foreach (var part in raw.Split(','))
            {
                var item = part.Trim();
                var problem = item.Length == 0 ? "the list has an empty item (check for a doubled or trailing comma)" : CheckItem(definition.Kind, item, typeExists);
                if (problem is null)
                {
                    values.Add(item);
                }
                else
                {
                    problems.Add(problem);
                }
            }

            return new ParsedOption(values.ToImmutable(), problems.ToImmutable());
        }

        private static ParsedOption ParseChoice(OptionDefinition definition, string value)
        {
            var match = definition.Choices.FirstOrDefault(choice => string.Equals(choice, value, StringComparison.OrdinalIgnoreCase));
            return match is null
                ? Problem($"'{Shorten(value)}' is not one of {string.Join(", ", definition.Choices)}")
                : new ParsedOption(ImmutableArray.Create(match), ImmutableArray<string>.Empty);
        }

        private static string? CheckItem(OptionValueKind kind, string item, Func<string, bool>? typeExists)
        {
            switch (kind)
            {
                case OptionValueKind.NameList:
                    return IsIdentifier(item) ? null : $"'{Shorten(item)}' is not a member name";
                case OptionValueKind.MethodNameList:
                    return IsDottedName(item, allowNestedAndArity: false) ? null : $"'{Shorten(item)}' is not a method name (write Namespace.Type.Method or Method)";
                case OptionValueKind.DigitPrefixList:
                    return item.Length <= 10 && item.All(c => c >= '0' && c <= '9') ? null : $"'{Shorten(item)}' is not a prefix of 1 to 10 digits";
                case OptionValueKind.TypeNameList:
                    if (!IsDottedName(item, allowNestedAndArity: true))
                    {
                        return $"'{Shorten(item)}' is not a fully qualified type name";
                    }

                    return typeExists is null || typeExists(item) ? null : $"no type named '{item}' exists in this compilation";
                default:
                    return null;
            }
        }

        private static bool IsIdentifier(string text)
        {
            if (text.Length == 0 || !(char.IsLetter(text[0]) || text[0] == '_'))
            {
                return false;
            }

            return text.All(c => char.IsLetterOrDigit(c) || c == '_');
        }

        private static bool IsDottedName(string text, bool allowNestedAndArity)
        {
            var separators = allowNestedAndArity ? new[] { '.', '+' } : new[] { '.' };
            foreach (var segment in text.Split(separators))
            {
                var name = segment;
                var tick = allowNestedAndArity ? segment.IndexOf('`') : -1;
                if (tick >= 0)
                {
                    var arity = segment.Substring(tick + 1);
                    if (arity.Length == 0 || !arity.All(char.IsDigit))
                    {
                        return false;
                    }

                    name = segment.Substring(0, tick);
                }

                if (!IsIdentifier(name))
                {
                    return false;
                }
            }

            return true;
        }

        private static ParsedOption Problem(string problem)
            => new ParsedOption(ImmutableArray<string>.Empty, ImmutableArray.Create(problem));

        private static string Shorten(string text) => text.Length <= 80 ? text : text.Substring(0, 77) + "...";
    }
}
