namespace UseServer;

/// <summary>
/// A server function's answer that sends the browser to another page of this app: a no-JS form post gets
/// <c>303 See Other</c> to <see cref="Location"/>; a fetch call gets the <c>X-UseServer-Redirect</c> header, which the
/// npm client follows. Return it (or a <see cref="ServerResult{T}"/>) instead of throwing.
/// </summary>
public sealed class ServerRedirect
{
    private ServerRedirect(string location, bool replacesHistory)
    {
        Location = location;
        ReplacesHistory = replacesHistory;
    }

    /// <summary>The local path (and query) to go to.</summary>
    public string Location { get; }

    /// <summary>
    /// Whether a client navigation replaces the current history entry (<see cref="Replace"/>) instead of adding one
    /// (<see cref="To"/>). A no-JS form post gets <c>303 See Other</c> either way.
    /// </summary>
    public bool ReplacesHistory { get; }

    /// <summary>A redirect to <paramref name="localPath"/>, which must be a path of this app.</summary>
    /// <param name="localPath">Starts with one <c>/</c> (not <c>//</c> or <c>/\</c>, which browsers read as another host) and has no control characters.</param>
    /// <returns>The redirect.</returns>
    /// <exception cref="ArgumentException"><paramref name="localPath"/> is not a local path.</exception>
    public static ServerRedirect To(string localPath)
    {
        ArgumentNullException.ThrowIfNull(localPath);
        return new ServerRedirect(Checked(localPath), replacesHistory: false);
    }

    /// <summary>A redirect to <paramref name="localPath"/> that replaces the current history entry on client navigation.</summary>
    /// <param name="localPath">Starts with one <c>/</c> (not <c>//</c> or <c>/\</c>) and has no control characters.</param>
    /// <returns>The redirect.</returns>
    /// <exception cref="ArgumentException"><paramref name="localPath"/> is not a local path.</exception>
    public static ServerRedirect Replace(string localPath)
    {
        ArgumentNullException.ThrowIfNull(localPath);
        return new ServerRedirect(Checked(localPath), replacesHistory: true);
    }

    private static string Checked(string localPath) =>
        IsLocalPath(localPath)
            ? localPath
            : throw new ArgumentException($"'{localPath}' is not a local path: redirect targets start with a single '/' and stay on this site.", nameof(localPath));

    internal static bool IsLocalPath(string value)
    {
        if (value.Length == 0 || value[0] != '/' || (value.Length > 1 && (value[1] == '/' || value[1] == '\\')))
        {
            return false;
        }

        foreach (char c in value)
        {
            if (char.IsControl(c))
            {
                return false;
            }
        }

        return true;
    }
}
