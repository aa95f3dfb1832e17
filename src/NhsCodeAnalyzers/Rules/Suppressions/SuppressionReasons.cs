using System;
using System.Collections.Immutable;

namespace NhsCodeAnalyzers.Rules.Suppressions
{
    /// <summary>
    /// NHS4004: which rule ids are this package's, and whether a written reason says anything.
    /// </summary>
    internal static class SuppressionReasons
    {
        public const string SuppressMessageMetadataName = "System.Diagnostics.CodeAnalysis.SuppressMessageAttribute";
        public const string UnconditionalSuppressMessageMetadataName = "System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessageAttribute";

        /// <summary>Whole reasons that say nothing (compared ignoring case, surrounding spaces and trailing punctuation).</summary>
        private static readonly ImmutableHashSet<string> Placeholders = ImmutableHashSet.Create(
            StringComparer.OrdinalIgnoreCase, "todo", "tbd", "tbc", "fixme", "n/a", "na", "none", "pending", "reason", "justification", "?", "-", "...");

        /// <summary>Words that, at the start, say the reason is still to be written ("TODO: explain").</summary>
        private static readonly string[] PendingPrefixes = { "todo", "tbd", "tbc", "fixme" };

        /// <summary>True for <c>NHS</c> followed by four digits, any case: one of this package's rule ids.</summary>
        public static bool IsNhsRuleId(string? id)
        {
            if (id is null || id.Length != 7 || !id.StartsWith("NHS", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            for (var i = 3; i < 7; i++)
            {
                if (id[i] is < '0' or > '9')
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>True for NHS4004 itself: suppressing it turns this rule off, on purpose, and is not reported.</summary>
        public static bool IsThisRule(string id) => string.Equals(id, Descriptors.RuleIds.UnjustifiedSuppression, StringComparison.OrdinalIgnoreCase);

        /// <summary>The rule id of a <c>SuppressMessage</c> check id: <c>"NHS1002"</c> or <c>"NHS1002:Title"</c>.</summary>
        public static string RuleIdOf(string checkId)
        {
            var colon = checkId.IndexOf(':');
            return (colon < 0 ? checkId : checkId.Substring(0, colon)).Trim();
        }

        /// <summary>
        /// True when the text gives a reason: not missing, empty or whitespace, not a placeholder such as
        /// <c>&lt;Pending&gt;</c> (what Visual Studio writes), <c>TODO</c>, <c>TBD</c> or <c>n/a</c>.
        /// </summary>
        public static bool GivesReason(string? text)
        {
            var trimmed = (text ?? string.Empty).Trim().TrimEnd('.', ':', '!', ';').Trim();
            if (trimmed.Length == 0 || Placeholders.Contains(trimmed))
            {
                return false;
            }

            if (trimmed[0] == '<' && trimmed[trimmed.Length - 1] == '>')
            {
                return false;
            }

            foreach (var prefix in PendingPrefixes)
            {
                if (trimmed.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && (trimmed.Length == prefix.Length || !char.IsLetterOrDigit(trimmed[prefix.Length])))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
