using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using NhsCodeAnalyzers.Rules;
using NhsCodeAnalyzers.Rules.IdentifierInLog;

namespace NhsCodeAnalyzers.CodeFixes.Rules
{
    /// <summary>What the NHS1002 fix removes in one document.</summary>
    internal sealed class IdentifierInLogPlan
    {
        /// <summary>Template literals and the indexes of the holes to remove from each.</summary>
        public Dictionary<LiteralExpressionSyntax, SortedSet<int>> TemplateHoles { get; } = new Dictionary<LiteralExpressionSyntax, SortedSet<int>>();

        /// <summary>Argument lists and the indexes of the arguments to remove from each.</summary>
        public Dictionary<ArgumentListSyntax, SortedSet<int>> Arguments { get; } = new Dictionary<ArgumentListSyntax, SortedSet<int>>();

        /// <summary>Interpolated strings and the indexes (in their contents) of the interpolations to remove.</summary>
        public Dictionary<InterpolatedStringExpressionSyntax, SortedSet<int>> Interpolations { get; } = new Dictionary<InterpolatedStringExpressionSyntax, SortedSet<int>>();

        public bool IsEmpty => TemplateHoles.Count == 0 && Arguments.Count == 0 && Interpolations.Count == 0;
    }

    /// <summary>Plans and applies the NHS1002 fix: text edits on template literals and interpolated strings, argument removals.</summary>
    internal static class IdentifierInLogRewrite
    {
        private const string OpeningBrackets = "([<'";
        private const string ClosingBrackets = ")]>'";
        private const string ClosingPunctuation = ".,;:!?)]>";

        public static IdentifierInLogPlan Plan(SyntaxNode root, ImmutableArray<Diagnostic> diagnostics)
        {
            var plan = new IdentifierInLogPlan();
            foreach (var diagnostic in diagnostics)
            {
                if (!diagnostic.Properties.TryGetValue(IdentifierInLogAnalyzer.FixProperty, out var fix))
                {
                    continue;
                }

                if (fix == IdentifierInLogAnalyzer.FixTemplateHole)
                {
                    PlanTemplateHole(root, diagnostic, plan);
                }
                else if (fix == IdentifierInLogAnalyzer.FixInterpolation)
                {
                    PlanInterpolations(root, diagnostic, plan);
                }
            }

            return plan;
        }

        public static SyntaxNode Apply(SyntaxNode root, IdentifierInLogPlan plan)
        {
            var nodes = plan.TemplateHoles.Keys.Cast<SyntaxNode>().Concat(plan.Arguments.Keys).Concat(plan.Interpolations.Keys);
            return root.ReplaceNodes(nodes, (original, rewritten) => original switch
            {
                LiteralExpressionSyntax literal when plan.TemplateHoles.TryGetValue(literal, out var holes) => RewriteTemplate(literal, holes) ?? rewritten,
                ArgumentListSyntax list when plan.Arguments.TryGetValue(list, out var indexes) => RemoveArguments((ArgumentListSyntax)rewritten, indexes),
                InterpolatedStringExpressionSyntax interpolated when plan.Interpolations.TryGetValue(interpolated, out var indexes) => RemoveInterpolations((InterpolatedStringExpressionSyntax)rewritten, indexes) ?? rewritten,
                _ => rewritten,
            });
        }

        private static void PlanTemplateHole(SyntaxNode root, Diagnostic diagnostic, IdentifierInLogPlan plan)
        {
            if (diagnostic.AdditionalLocations.Count != 1 ||
                !diagnostic.Properties.TryGetValue(IdentifierInLogAnalyzer.HoleProperty, out var holeText) ||
                !int.TryParse(holeText, NumberStyles.None, CultureInfo.InvariantCulture, out var hole) ||
                root.FindNode(diagnostic.AdditionalLocations[0].SourceSpan, getInnermostNodeForTie: true) is not LiteralExpressionSyntax literal ||
                ArgumentAt(root, diagnostic.Location) is not { Parent: ArgumentListSyntax list } argument)
            {
                return;
            }

            // Check the whole literal can be rewritten before planning any part of it.
            var holes = plan.TemplateHoles.TryGetValue(literal, out var existing) ? new SortedSet<int>(existing) { hole } : new SortedSet<int> { hole };
            if (RewriteTemplate(literal, holes) is null)
            {
                return;
            }

            plan.TemplateHoles[literal] = holes;
            if (!plan.Arguments.TryGetValue(list, out var indexes))
            {
                plan.Arguments[list] = indexes = new SortedSet<int>();
            }

            indexes.Add(list.Arguments.IndexOf(argument));
        }

        private static void PlanInterpolations(SyntaxNode root, Diagnostic diagnostic, IdentifierInLogPlan plan)
        {
            var planned = new List<(InterpolatedStringExpressionSyntax String, int Index)>();
            foreach (var location in diagnostic.AdditionalLocations)
            {
                if (root.FindNode(location.SourceSpan, getInnermostNodeForTie: true) is not InterpolationSyntax { Parent: InterpolatedStringExpressionSyntax interpolated } interpolation)
                {
                    return;
                }

                planned.Add((interpolated, interpolated.Contents.IndexOf(interpolation)));
            }

            // All or nothing for this diagnostic, and only where something readable remains.
            var byString = planned.GroupBy(p => p.String).ToList();
            foreach (var group in byString)
            {
                var indexes = plan.Interpolations.TryGetValue(group.Key, out var existing) ? new SortedSet<int>(existing) : new SortedSet<int>();
                indexes.UnionWith(group.Select(g => g.Index));
                if (RemoveInterpolations(group.Key, indexes) is null)
                {
                    return;
                }
            }

            foreach (var group in byString)
            {
                if (!plan.Interpolations.TryGetValue(group.Key, out var indexes))
                {
                    plan.Interpolations[group.Key] = indexes = new SortedSet<int>();
                }

                indexes.UnionWith(group.Select(g => g.Index));
            }
        }

        private static ArgumentSyntax? ArgumentAt(SyntaxNode root, Location location)
        {
            for (var node = root.FindNode(location.SourceSpan, getInnermostNodeForTie: true); node is not null; node = node.Parent)
            {
                if (node is ArgumentSyntax argument && argument.Expression.Span == location.SourceSpan)
                {
                    return argument;
                }

                if (node.Span.Length > location.SourceSpan.Length && node is not ArgumentSyntax)
                {
                    return null;
                }
            }

            return null;
        }

        /// <summary>The template literal without the given holes, or null when its source text and value disagree about them.</summary>
        private static LiteralExpressionSyntax? RewriteTemplate(LiteralExpressionSyntax literal, SortedSet<int> remove)
        {
            var token = literal.Token;
            if (!token.IsKind(SyntaxKind.StringLiteralToken))
            {
                return null;
            }

            var prefix = token.Text.StartsWith("@", System.StringComparison.Ordinal) ? 2 : 1;
            if (token.Text.Length < prefix + 1 || !token.Text.EndsWith("\"", System.StringComparison.Ordinal))
            {
                return null; // unterminated while being typed
            }

            var content = token.Text.Substring(prefix, token.Text.Length - prefix - 1);
            var holes = MessageTemplate.Parse(content);
            var valueHoles = MessageTemplate.Parse(token.ValueText);
            if (holes.Length != valueHoles.Length || remove.Max >= holes.Length || !holes.Select(h => h.Name).SequenceEqual(valueHoles.Select(h => h.Name)))
            {
                return null;
            }

            var segments = new List<Segment>();
            var position = 0;
            for (var i = 0; i < holes.Length; i++)
            {
                segments.Add(Segment.Text(content.Substring(position, holes[i].Start - position)));
                segments.Add(Segment.Hole(content.Substring(holes[i].Start, holes[i].Length), remove.Contains(i)));
                position = holes[i].Start + holes[i].Length;
            }

            segments.Add(Segment.Text(content.Substring(position)));
            if (segments.All(s => s.Removed || (!s.IsHole && s.Value.Trim().Length == 0)))
            {
                return null; // "{NhsNumber}" alone: no readable message would remain
            }

            var text = token.Text.Substring(0, prefix) + Join(segments) + "\"";
            return SyntaxFactory.ParseExpression(text) is LiteralExpressionSyntax parsed && !parsed.ContainsDiagnostics
                ? parsed.WithTriviaFrom(literal)
                : null;
        }

        /// <summary>The interpolated string without the given interpolations, or null when nothing readable would remain.</summary>
        private static ExpressionSyntax? RemoveInterpolations(InterpolatedStringExpressionSyntax interpolated, SortedSet<int> remove)
        {
            var segments = new List<Segment>();
            for (var i = 0; i < interpolated.Contents.Count; i++)
            {
                segments.Add(interpolated.Contents[i] switch
                {
                    InterpolatedStringTextSyntax text => Segment.Text(text.TextToken.Text),
                    var content => Segment.Hole(content.ToFullString(), remove.Contains(i)),
                });
            }

            if (segments.All(s => s.Removed || (!s.IsHole && s.Value.Trim().Length == 0)))
            {
                return null;
            }

            var source = interpolated.StringStartToken.Text + Join(segments) + interpolated.StringEndToken.Text;
            return SyntaxFactory.ParseExpression(source) is InterpolatedStringExpressionSyntax parsed && !parsed.ContainsDiagnostics
                ? parsed.WithTriviaFrom(interpolated)
                : null;
        }

        private static ArgumentListSyntax RemoveArguments(ArgumentListSyntax list, SortedSet<int> indexes)
        {
            var arguments = list.Arguments;
            foreach (var index in indexes.Reverse())
            {
                if (index >= 0 && index < arguments.Count)
                {
                    arguments = arguments.RemoveAt(index);
                }
            }

            return list.WithArguments(arguments);
        }

        /// <summary>Joins the kept text, tidying around each removed hole: a pair of brackets round it and one space.</summary>
        private static string Join(List<Segment> segments)
        {
            for (var i = 0; i < segments.Count; i++)
            {
                if (!segments[i].Removed)
                {
                    continue;
                }

                var left = i > 0 && !segments[i - 1].IsHole ? segments[i - 1] : null;
                var right = i + 1 < segments.Count && !segments[i + 1].IsHole ? segments[i + 1] : null;
                if (left is not null && right is not null && left.Value.Length > 0 && right.Value.Length > 0)
                {
                    var bracket = OpeningBrackets.IndexOf(left.Value[left.Value.Length - 1]);
                    if (bracket >= 0 && right.Value[0] == ClosingBrackets[bracket])
                    {
                        left.Value = left.Value.Substring(0, left.Value.Length - 1);
                        right.Value = right.Value.Substring(1);
                    }
                }

                var leftText = left?.Value ?? string.Empty;
                var rightText = right?.Value ?? string.Empty;
                if (leftText.EndsWith(" ", System.StringComparison.Ordinal) && (rightText.Length == 0 || rightText[0] == ' ' || ClosingPunctuation.IndexOf(rightText[0]) >= 0) && (right is not null || i == segments.Count - 1))
                {
                    left!.Value = leftText.Substring(0, leftText.Length - 1);
                }
                else if (leftText.Length == 0 && right is not null && rightText.StartsWith(" ", System.StringComparison.Ordinal))
                {
                    right.Value = rightText.Substring(1);
                }
            }

            var builder = new StringBuilder();
            foreach (var segment in segments.Where(s => !s.Removed))
            {
                builder.Append(segment.Value);
            }

            return builder.ToString();
        }

        private sealed class Segment
        {
            private Segment(string value, bool isHole, bool removed)
            {
                Value = value;
                IsHole = isHole;
                Removed = removed;
            }

            public string Value { get; set; }

            public bool IsHole { get; }

            public bool Removed { get; }

            public static Segment Text(string value) => new Segment(value, isHole: false, removed: false);

            public static Segment Hole(string value, bool removed) => new Segment(value, isHole: true, removed: removed);
        }
    }
}
