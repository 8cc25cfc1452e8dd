namespace UseServer.Pages.Tests.Serving;

/// <summary>The segment tests' server functions (registered by the source generator): a redirect that replaces the history entry, and "not found".</summary>
[Microsoft.AspNetCore.Authorization.AllowAnonymous]
public static class SegmentTestFunctions
{
    [ServerFunction(Id = "segments.go")]
    public static ServerRedirect Go() => ServerRedirect.Replace("/group/b");

    [ServerFunction(Id = "segments.missing")]
    public static ServerResult<int> Missing() => ServerResult.NotFound();
}
