using System.Collections.Generic;

namespace UseServer.Generator.Emitting;

/// <summary>Writes XML doc text as a JSDoc block.</summary>
internal static class JsDoc
{
    public static void Write(CodeWriter ts, string? summary, IReadOnlyList<(string Name, string Text)> parameters)
    {
        if (summary is null && parameters.Count == 0)
        {
            return;
        }

        ts.Line("/**");
        if (summary is not null)
        {
            ts.Line(" * " + Escape(summary));
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
