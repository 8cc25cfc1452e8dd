namespace UseServer.Pages.Serving;

/// <summary>Marks an endpoint mapped by <c>MapPage</c>: its route pattern, for refresh and form posts.</summary>
internal sealed class PageEndpointMetadata(string pattern)
{
    public string Pattern { get; } = pattern;
}
