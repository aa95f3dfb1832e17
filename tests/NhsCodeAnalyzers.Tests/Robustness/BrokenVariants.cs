using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace NhsCodeAnalyzers.Tests.Robustness
{
    /// <summary>One broken variant of a corpus case: which case, which file, what was broken where.</summary>
    public sealed record BrokenVariant(int Index, CorpusCase Case, CorpusCase Broken, string FilePath, int Position, string Mutation)
    {
        /// <summary>Enough to find and rebuild it: the seed, the index, the source, the edit and the text around it.</summary>
        public string Describe(int seed)
        {
            var text = Broken.Files.Single(f => f.Path == FilePath).Text;
            var from = Math.Max(0, Position - 60);
            var to = Math.Min(text.Length, Position + 60);
            return $"variant {Index} of seed {seed} ({RobustnessSettings.SeedVariable}={seed}): {Case.Name}, {FilePath}: {Mutation} at {Position}; around it: «{text.Substring(from, to - from)}»";
        }
    }

    /// <summary>
    /// Derives broken and half-typed variants from the corpus, deterministically: variant <c>i</c> of seed <c>s</c> is
    /// always the same (its own <see cref="Random"/> seeded from both), so a failure reproduces from the two numbers.
    /// Each variant applies one edit that code being typed or merged goes through: truncation, a token deleted, a
    /// brace removed, a line duplicated or deleted, an identifier replaced by nothing (a missing name), a stray
    /// token inserted, or a random range cut out mid-token.
    /// </summary>
    public static class BrokenVariants
    {
        public const string Truncate = "truncated";
        public const string DeleteToken = "token deleted";
        public const string RemoveBrace = "brace removed";
        public const string DuplicateLine = "line duplicated";
        public const string DeleteLine = "line deleted";
        public const string MissingIdentifier = "identifier replaced by nothing";
        public const string InsertToken = "stray token inserted";
        public const string CutRange = "range cut";

        public static readonly ImmutableArray<string> Mutations = ImmutableArray.Create(Truncate, DeleteToken, RemoveBrace, DuplicateLine, MissingIdentifier, DeleteLine, InsertToken, CutRange);

        private static readonly string[] StrayTokens = { "{", "}", "(", ")", ";", ",", ".", "=", "=>", "?", ":", "<", ">", "[", "]", "\"", "'", "$\"", "\"\"\"", "#if X", "#endif", "/*", "//", "@", "new", "class", "var", "async", "await", "return", "partial", "record", "static", "this", "base", "nameof(", "default", "null!", "[NhsNumber]", "{|", "\\u004E" };

        public static BrokenVariant Create(int seed, int index, ImmutableArray<CorpusCase> corpus)
        {
            var random = new Random(unchecked((seed * 486187739) ^ (index * 16777619)));
            // The sample application, the most realistic case, gets every 25th variant; the rest are drawn at random.
            var corpusCase = index % 25 == 0 && corpus.FirstOrDefault(c => c.Name == RobustnessCorpus.SampleName) is { } sample ? sample : corpus[random.Next(corpus.Length)];
            var file = corpusCase.Files[random.Next(corpusCase.Files.Length)];
            var mutation = Mutations[index % Mutations.Length];
            var (text, position) = Apply(mutation, file.Text, random);
            var files = corpusCase.Files.Select(f => f.Path == file.Path ? f with { Text = text } : f).ToImmutableArray();
            return new BrokenVariant(index, corpusCase, corpusCase.WithFiles(files), file.Path, position, mutation);
        }

        private static (string Text, int Position) Apply(string mutation, string text, Random random)
        {
            if (text.Length == 0)
            {
                return (text, 0);
            }

            var tokens = new Lazy<List<SyntaxToken>>(() => CSharpSyntaxTree.ParseText(text, new CSharpParseOptions(LanguageVersion.Preview)).GetRoot().DescendantTokens().Where(t => !t.IsKind(SyntaxKind.EndOfFileToken) && t.Span.Length > 0).ToList());
            switch (mutation)
            {
                case Truncate:
                    var at = random.Next(text.Length);
                    return (text.Substring(0, at), at);
                case DeleteToken when tokens.Value.Count > 0:
                    var token = tokens.Value[random.Next(tokens.Value.Count)];
                    return (text.Remove(token.SpanStart, token.Span.Length), token.SpanStart);
                case RemoveBrace when tokens.Value.Any(IsBrace):
                    var braces = tokens.Value.Where(IsBrace).ToList();
                    var brace = braces[random.Next(braces.Count)];
                    return (text.Remove(brace.SpanStart, 1), brace.SpanStart);
                case MissingIdentifier when tokens.Value.Any(t => t.IsKind(SyntaxKind.IdentifierToken)):
                    var identifiers = tokens.Value.Where(t => t.IsKind(SyntaxKind.IdentifierToken)).ToList();
                    var identifier = identifiers[random.Next(identifiers.Count)];
                    return (text.Remove(identifier.SpanStart, identifier.Span.Length), identifier.SpanStart);
                case DuplicateLine or DeleteLine:
                    var lines = LineStarts(text);
                    var line = random.Next(lines.Count);
                    var start = lines[line];
                    var end = line + 1 < lines.Count ? lines[line + 1] : text.Length;
                    var lineText = text.Substring(start, end - start);
                    return mutation == DuplicateLine
                        ? (text.Insert(end, lineText.EndsWith('\n') ? lineText : "\n" + lineText), end)
                        : (text.Remove(start, end - start), start);
                case InsertToken:
                    var boundary = tokens.Value.Count > 0 ? tokens.Value[random.Next(tokens.Value.Count)].SpanStart : random.Next(text.Length);
                    return (text.Insert(boundary, StrayTokens[random.Next(StrayTokens.Length)] + " "), boundary);
                default:
                    var cutStart = random.Next(text.Length);
                    var cutLength = Math.Min(text.Length - cutStart, 1 + random.Next(40));
                    return (text.Remove(cutStart, cutLength), cutStart);
            }
        }

        private static bool IsBrace(SyntaxToken token) => token.IsKind(SyntaxKind.OpenBraceToken) || token.IsKind(SyntaxKind.CloseBraceToken);

        private static List<int> LineStarts(string text)
        {
            var starts = new List<int> { 0 };
            for (var i = 0; i < text.Length - 1; i++)
            {
                if (text[i] == '\n')
                {
                    starts.Add(i + 1);
                }
            }

            return starts;
        }
    }
}
