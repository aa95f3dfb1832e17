using System.Text;

namespace NhsCodeAnalyzers.Benchmarks.Generation;

/// <summary>Accumulates one generated file and counts its lines as it grows.</summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder _text = new();

    public int Lines { get; private set; }

    /// <summary>Appends a block of text; a trailing newline is added when the block lacks one.</summary>
    public void Append(string block)
    {
        _text.Append(block);
        if (!block.EndsWith('\n'))
        {
            _text.Append('\n');
        }

        foreach (var character in block)
        {
            if (character == '\n')
            {
                Lines++;
            }
        }

        if (!block.EndsWith('\n'))
        {
            Lines++;
        }
    }

    public override string ToString() => _text.ToString();
}
