namespace UseServer.AspNetCore.Refresh;

/// <summary>The request and response headers of the refresh envelope (the npm client's constants.ts names the same).</summary>
internal static class RefreshHeaders
{
    /// <summary>Request: the path and query of the page the call was made from; asks for the envelope.</summary>
    public const string Refresh = "X-UseServer-Refresh";

    /// <summary>Response: <c>1</c> when the Flight root is the envelope <c>{"value": $@…, "tree": …}</c>.</summary>
    public const string Envelope = "X-UseServer-Envelope";

    /// <summary>The envelope's value of <see cref="Envelope"/>.</summary>
    public const string EnvelopeVersion = "1";

    /// <summary>
    /// The page path from <see cref="Refresh"/>, when it is one local absolute path (<c>/…</c>, not <c>//…</c> or
    /// <c>/\…</c>, no control characters) of reasonable length; otherwise <see langword="null"/> and no envelope.
    /// </summary>
    public static string? LocalPath(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length > 2048 || value[0] != '/' ||
            (value.Length > 1 && (value[1] == '/' || value[1] == '\\')))
        {
            return null;
        }

        foreach (char c in value)
        {
            if (char.IsControl(c))
            {
                return null;
            }
        }

        return value;
    }
}
