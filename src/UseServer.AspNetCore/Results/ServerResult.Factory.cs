namespace UseServer;

/// <summary>Results that are not a value: <c>ServerResult.NotFound()</c>.</summary>
public static class ServerResult
{
    /// <summary>
    /// "Not found": <c>throw ServerResult.NotFound();</c> from a server component or function, or return it as a
    /// <see cref="ServerResult{T}"/> (it converts implicitly).
    /// </summary>
    /// <returns>The not-found exception.</returns>
    public static NotFoundException NotFound() => new();
}
