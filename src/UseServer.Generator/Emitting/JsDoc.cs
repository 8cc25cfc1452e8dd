using System.Collections.Generic;

namespace UseServer.Generator.Emitting;

/// <summary>Writes XML doc text as a JSDoc block.</summary>
internal static class JsDoc
{
    /// <summary>Writes <paramref name="summary"/>, then <paramref name="note"/> as its own line, then one <c>@param</c> per parameter.</summary>
    public static void Write(CodeWriter ts, string? summary, IReadOnlyList<(string Name, string Text)> parameters, string? note = null)
    {
        if (summary is null && note is null && parameters.Count == 0)
        {
            return;
        }

        ts.Line("/**");
        if (summary is not null)
        {
            ts.Line(" * " + Escape(summary));
        }

        if (note is not null)
        {
            ts.Line(" * " + Escape(note));
        }

        foreach (var (name, text) in parameters)
        {
            ts.Line(" * @param " + name + " " + Escape(text));
        }

        ts.Line(" */");
    }

    // A "*/" inside the text would end the comment early.
    private static string Escape(string text) => text.Replace("*/", "*\\/");
}
