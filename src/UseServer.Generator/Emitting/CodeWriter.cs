using System.Globalization;
using System.Text;

namespace UseServer.Generator.Emitting;

/// <summary>An indenting line writer. Generated text uses "\n" line ends and invariant formatting.</summary>
internal sealed class CodeWriter(int indentSize = 4)
{
    private readonly StringBuilder _text = new();
    private int _indent;

    public CodeWriter Line(string line = "")
    {
        if (line.Length > 0)
        {
            _text.Append(' ', _indent * indentSize);
        }

        _text.Append(line).Append('\n');
        return this;
    }

    /// <summary>Writes <paramref name="header"/>, then <paramref name="brace"/> on its own line (unless null), and indents.</summary>
    public CodeWriter Open(string header, string? brace = "{")
    {
        Line(header);
        if (brace is not null)
        {
            Line(brace);
        }

        _indent++;
        return this;
    }

    public CodeWriter Close(string line = "}")
    {
        _indent--;
        return Line(line);
    }

    public static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);

    public override string ToString() => _text.ToString();
}
