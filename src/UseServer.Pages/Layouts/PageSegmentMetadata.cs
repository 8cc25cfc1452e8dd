using UseServer.Components;

namespace UseServer.Pages.Layouts;

/// <summary>
/// A piece of a page's segment chain, as endpoint metadata (in order: a route group's before its pages'). A layout
/// starts a segment; a loading or error page belongs to the segment of the layout before it (or the root's).
/// </summary>
internal abstract class PageSegmentMetadata;

/// <summary>A layout: <see cref="Wrap"/> puts the segment's content inside it.</summary>
/// <param name="identity">Names the layout among siblings: the key of the boundaries around it.</param>
/// <param name="wrap">Wraps the content.</param>
internal sealed class PageLayoutMetadata(string identity, Func<Node, Node> wrap) : PageSegmentMetadata
{
    public string Identity { get; } = identity;

    public Func<Node, Node> Wrap { get; } = wrap;
}

/// <summary>The segment's loading page: the fallback of a Suspense boundary around its content.</summary>
internal sealed class PageLoadingMetadata(Func<Node> create) : PageSegmentMetadata
{
    public Func<Node> Create { get; } = create;
}

/// <summary>The segment's error page: shown in place of its content when a component inside fails.</summary>
internal sealed class PageErrorMetadata(Func<Node> create) : PageSegmentMetadata
{
    public Func<Node> Create { get; } = create;
}
