using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace NhsCodeAnalyzers.Tests.Robustness
{
    /// <summary>
    /// Pulls the C# sources out of the rule tests (<c>tests/.../Rules/*.cs</c>) by reading those files with Roslyn:
    /// every string, raw-string and interpolated-string expression, with <c>+</c> concatenations and the file's
    /// <c>const string</c> fields resolved, and with <c>[InlineData]</c> rows substituted into interpolation holes.
    /// The testing-library markup is stripped. The options (<c>editorConfig</c>) and reference set
    /// (<c>ReferenceSets.X</c>) passed to the same verifier call come along. Only text that parses as a compilation
    /// unit without syntax errors and declares at least one type or statement is kept.
    /// </summary>
    public static class TestSourceHarvester
    {
        public const string SourcePath = "/src/Test0.cs";

        public static IEnumerable<CorpusCase> Harvest(string path)
        {
            var tree = CSharpSyntaxTree.ParseText(File.ReadAllText(path), path: path);
            var root = tree.GetCompilationUnitRoot();
            var harvester = new FileHarvester(root);
            var fileName = Path.GetFileName(path);
            var ruleId = fileName.Length >= 7 ? fileName.Substring(0, 7) : string.Empty; // "[|...|]" in NHS3001...Tests.cs means NHS3001
            foreach (var expression in root.DescendantNodes().OfType<ExpressionSyntax>().Where(IsOutermostText))
            {
                var line = expression.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
                var rows = harvester.RowsFor(expression);
                for (var row = 0; row < rows.Count; row++)
                {
                    var text = harvester.Evaluate(expression, rows[row]);
                    if (text is null || !LooksLikeSource(Markup.Strip(text)))
                    {
                        continue;
                    }

                    var (options, references) = harvester.CallContext(expression, rows[row]);
                    var name = rows.Count > 1 ? $"{fileName}:{line} row {row}" : $"{fileName}:{line}";
                    var markup = Markup.Parse(text);
                    var expected = markup.Spans
                        .Select(span => new ExpectedDiagnostic(span.Id ?? ruleId, SourcePath, span.TextSpan))
                        .Where(e => e.Id.StartsWith("NHS", StringComparison.Ordinal))
                        .ToImmutableArray();
                    yield return CorpusCase.Create(name, new[] { new SourceFile(SourcePath, markup.Text) }, options, references) with { Expected = expected };
                }
            }
        }

        /// <summary>Parses without syntax errors and declares a type, a namespace or a top-level statement.</summary>
        public static bool LooksLikeSource(string text)
        {
            if (text.Trim().Length < 10)
            {
                return false;
            }

            var root = CSharpSyntaxTree.ParseText(text, new CSharpParseOptions(LanguageVersion.Preview)).GetCompilationUnitRoot();
            return root.Members.Count > 0 && !root.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error);
        }

        private static bool IsText(ExpressionSyntax expression) => expression switch
        {
            LiteralExpressionSyntax literal => literal.IsKind(SyntaxKind.StringLiteralExpression),
            InterpolatedStringExpressionSyntax => true,
            BinaryExpressionSyntax binary => binary.IsKind(SyntaxKind.AddExpression) && (IsTextOrName(binary.Left) && IsTextOrName(binary.Right)) && (IsText(binary.Left) || IsText(binary.Right)),
            ParenthesizedExpressionSyntax parenthesized => IsText(parenthesized.Expression),
            _ => false,
        };

        private static bool IsTextOrName(ExpressionSyntax expression) => expression is IdentifierNameSyntax || IsText(expression);

        private static bool IsOutermostText(ExpressionSyntax expression)
        {
            if (!IsText(expression))
            {
                return false;
            }

            var parent = expression.Parent;
            while (parent is ParenthesizedExpressionSyntax)
            {
                parent = parent.Parent;
            }

            return !(parent is BinaryExpressionSyntax binary && IsText(binary)) && parent is not InterpolationSyntax;
        }

        /// <summary>The evaluation of one test file: its constants and the theory rows of its methods.</summary>
        private sealed class FileHarvester
        {
            private static readonly IReadOnlyDictionary<string, string> NoRow = new Dictionary<string, string>();

            private readonly Dictionary<string, ExpressionSyntax> _constants;
            private readonly Dictionary<string, ExpressionSyntax> _members;
            private readonly Dictionary<string, MethodDeclarationSyntax> _methods;

            public FileHarvester(CompilationUnitSyntax root)
            {
                _constants = root.DescendantNodes().OfType<FieldDeclarationSyntax>()
                    .Where(field => field.Modifiers.Any(SyntaxKind.ConstKeyword))
                    .SelectMany(field => field.Declaration.Variables)
                    .Where(variable => variable.Initializer is not null)
                    .GroupBy(variable => variable.Identifier.ValueText)
                    .ToDictionary(group => group.Key, group => group.First().Initializer!.Value);
                _members = root.DescendantNodes().OfType<PropertyDeclarationSyntax>()
                    .Where(property => property.ExpressionBody is not null)
                    .GroupBy(property => property.Identifier.ValueText)
                    .ToDictionary(group => group.Key, group => group.First().ExpressionBody!.Expression);
                _methods = root.DescendantNodes().OfType<MethodDeclarationSyntax>()
                    .GroupBy(method => method.Identifier.ValueText)
                    .ToDictionary(group => group.Key, group => group.First());
            }

            /// <summary>The <c>[InlineData]</c> rows of the enclosing theory when the text has holes to fill; else one empty row.</summary>
            public IReadOnlyList<IReadOnlyDictionary<string, string>> RowsFor(ExpressionSyntax expression)
            {
                var method = expression.FirstAncestorOrSelf<MethodDeclarationSyntax>();
                if (method is null || !expression.DescendantNodesAndSelf().OfType<InterpolationSyntax>().Any())
                {
                    return new[] { NoRow };
                }

                var parameters = method.ParameterList.Parameters.Select(p => p.Identifier.ValueText).ToList();
                var rows = new List<IReadOnlyDictionary<string, string>>();
                foreach (var attribute in method.AttributeLists.SelectMany(list => list.Attributes).Where(a => a.Name.ToString() is "InlineData" or "InlineDataAttribute"))
                {
                    var arguments = attribute.ArgumentList?.Arguments ?? default;
                    var row = new Dictionary<string, string>(StringComparer.Ordinal);
                    for (var i = 0; i < Math.Min(arguments.Count, parameters.Count); i++)
                    {
                        if (arguments[i].Expression is LiteralExpressionSyntax literal)
                        {
                            row[parameters[i]] = literal.Token.Value is string value ? value : literal.Token.Text;
                        }
                    }

                    rows.Add(row);
                }

                return rows.Count == 0 ? new[] { NoRow } : rows;
            }

            /// <summary>The text's value, or null when part of it cannot be known without running the test.</summary>
            public string? Evaluate(ExpressionSyntax expression, IReadOnlyDictionary<string, string> row, int depth = 0)
            {
                if (depth > 20)
                {
                    return null;
                }

                switch (expression)
                {
                    case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression):
                        return literal.Token.ValueText;
                    case ParenthesizedExpressionSyntax parenthesized:
                        return Evaluate(parenthesized.Expression, row, depth + 1);
                    case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.AddExpression):
                        var left = Evaluate(binary.Left, row, depth + 1);
                        var right = left is null ? null : Evaluate(binary.Right, row, depth + 1);
                        return right is null ? null : left + right;
                    case IdentifierNameSyntax name:
                        if (row.TryGetValue(name.Identifier.ValueText, out var value))
                        {
                            return value;
                        }

                        return _constants.TryGetValue(name.Identifier.ValueText, out var constant) ? Evaluate(constant, row, depth + 1) : null;
                    case InterpolatedStringExpressionSyntax interpolated:
                        var text = new StringBuilder();
                        foreach (var content in interpolated.Contents)
                        {
                            switch (content)
                            {
                                case InterpolatedStringTextSyntax part:
                                    text.Append(part.TextToken.ValueText);
                                    break;
                                case InterpolationSyntax { AlignmentClause: null, FormatClause: null } hole when Evaluate(hole.Expression, row, depth + 1) is { } filled:
                                    text.Append(filled);
                                    break;
                                default:
                                    return null;
                            }
                        }

                        return text.ToString();
                    default:
                        return null;
                }
            }

            /// <summary>The options and the reference set given to the verifier call the text is an argument of.</summary>
            public (IReadOnlyDictionary<string, string> Options, string References) CallContext(ExpressionSyntax expression, IReadOnlyDictionary<string, string> row)
            {
                var options = new Dictionary<string, string>(StringComparer.Ordinal);
                var references = CorpusReferences.Default;
                if (expression.Parent is not ArgumentSyntax { Parent: ArgumentListSyntax arguments })
                {
                    return (options, references);
                }

                var named = false;
                foreach (var argument in arguments.Arguments)
                {
                    if (ReferenceSetOf(argument.Expression, 0) is { } set)
                    {
                        references = set;
                        named = true;
                    }
                    else if (argument.Expression != expression && IsText(argument.Expression) && Evaluate(argument.Expression, row) is { } text && IsEditorConfig(text))
                    {
                        foreach (var (key, value) in EditorConfig.Parse(text))
                        {
                            options[key] = value;
                        }
                    }
                }

                // A helper of the test class (VerifyProgramFixAsync) may choose the references itself.
                if (!named && arguments.Parent is InvocationExpressionSyntax invocation && HelperReferenceSet(invocation) is { } helperSet)
                {
                    references = helperSet;
                }

                return (options, references);
            }

            /// <summary><c>ReferenceSets.Net472</c>, <c>NHS2005HostingReferences.TestProject()</c>, or a property of the file that returns one.</summary>
            private string? ReferenceSetOf(ExpressionSyntax expression, int depth)
            {
                if (depth > 5)
                {
                    return null;
                }

                if (expression is InvocationExpressionSyntax { ArgumentList.Arguments.Count: 0 } call)
                {
                    expression = call.Expression;
                }

                if (expression is MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "ReferenceSets" or "NHS2005HostingReferences" } } access)
                {
                    return CorpusReferences.IsKnown(access.Name.Identifier.ValueText) ? access.Name.Identifier.ValueText : null;
                }

                if (expression is IdentifierNameSyntax name && _members.TryGetValue(name.Identifier.ValueText, out var body))
                {
                    return ReferenceSetOf(body, depth + 1);
                }

                return null;
            }

            private string? HelperReferenceSet(InvocationExpressionSyntax invocation)
            {
                var name = invocation.Expression switch
                {
                    IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
                    _ => null,
                };
                if (name is null || !_methods.TryGetValue(name, out var method))
                {
                    return null;
                }

                var sets = method.DescendantNodes().OfType<ExpressionSyntax>().Select(e => ReferenceSetOf(e, 0)).OfType<string>().Distinct().ToList();
                return sets.Count == 1 ? sets[0] : null;
            }

            private static bool IsEditorConfig(string text)
            {
                var lines = text.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0).ToList();
                return lines.Count > 0 && lines.All(line => line.Contains('=', StringComparison.Ordinal) && (line.StartsWith("nhs_code_analyzers.", StringComparison.Ordinal) || line.StartsWith("dotnet_", StringComparison.Ordinal)));
            }
        }
    }
}
