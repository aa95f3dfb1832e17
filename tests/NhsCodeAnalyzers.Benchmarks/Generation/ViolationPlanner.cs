namespace NhsCodeAnalyzers.Benchmarks.Generation;

/// <summary>
/// Decides which of the templates' violation slots are switched on so the generated code carries about one
/// violation per <see cref="LinesPerViolation"/> lines, spread evenly over the rules, and remembers what it
/// planted so a check can compare the analyzers' findings with it.
/// </summary>
internal sealed class ViolationPlanner
{
    public const int LinesPerViolation = 200;

    private readonly Dictionary<string, int> _planted = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _expected = new(StringComparer.Ordinal);
    private readonly HashSet<string> _rules = new(StringComparer.Ordinal);
    private int _linesBeforeCurrentFile;
    private SourceWriter? _current;

    public int Total { get; private set; }

    /// <summary>Diagnostics the planted violations should produce, per rule.</summary>
    public IReadOnlyDictionary<string, int> ExpectedByRule => _expected;

    public void StartFile(SourceWriter writer, int linesSoFar)
    {
        _current = writer;
        _linesBeforeCurrentFile = linesSoFar;
    }

    /// <summary>
    /// True when the slot for <paramref name="ruleId"/> should hold a violation here; the violation is
    /// expected to produce <paramref name="diagnostics"/> diagnostics (a serializer created and then used: two).
    /// </summary>
    public bool Plant(string ruleId, int diagnostics = 1)
    {
        _rules.Add(ruleId);
        var linesSoFar = _linesBeforeCurrentFile + (_current?.Lines ?? 0);
        var due = (linesSoFar / LinesPerViolation) - Total;
        var round = _rules.Count == 0 ? 0 : Total / _rules.Count;
        _planted.TryGetValue(ruleId, out var count);
        if (due <= 0 || count > round)
        {
            return false;
        }

        _planted[ruleId] = count + 1;
        Total++;
        _expected.TryGetValue(ruleId, out var expected);
        _expected[ruleId] = expected + diagnostics;
        return true;
    }
}
