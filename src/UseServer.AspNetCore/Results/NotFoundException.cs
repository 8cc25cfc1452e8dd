namespace UseServer;

/// <summary>
/// "Not found", from a server function or a server component: <c>throw ServerResult.NotFound();</c> (or return
/// <c>ServerResult.NotFound()</c> as a <see cref="ServerResult{T}"/>). A call answers 404 with an error whose message is
/// the not-found marker (so the client's <c>isNotFoundError</c> and the page's segment boundary recognize it); a page
/// shows the app's not-found page (<c>MapNotFoundPage</c>); a no-JS form post answers 404.
/// </summary>
public sealed class NotFoundException : ServerFunctionException
{
    /// <summary>The message every not-found error carries (the npm client's <c>NOT_FOUND_MESSAGE</c>).</summary>
    public const string Marker = "USESERVER_NOT_FOUND";

    /// <summary>Creates the exception.</summary>
    public NotFoundException()
        : base(Marker)
    {
    }
}
