using Microsoft.AspNetCore.Http;
using UseServer.Components;
using UseServer.Pages.Navigation;

namespace UseServer.Pages.Layouts;

/// <summary>
/// Builds a page's tree inside its segment chain: from the innermost segment out, the content goes in a Suspense
/// boundary with the segment's loading page, then in a <see cref="SegmentBoundary"/> with its error page (and, for the
/// innermost, the app's not-found page), then in the segment's layout. The innermost boundaries are keyed by the page's
/// path, so another page (or another note) starts them afresh; an outer one by the layout inside it, so pages that
/// share that layout keep it, and its client state, across navigations.
/// </summary>
internal static class PageSegments
{
    public static Node Wrap(Node page, Endpoint? endpoint, PathString path, Func<Node>? notFound)
    {
        List<Segment> segments = Segments(endpoint);
        Node content = page;
        for (int i = segments.Count - 1; i >= 0; i--)
        {
            Segment segment = segments[i];
            bool innermost = i == segments.Count - 1;
            string key = innermost ? "page:" + (path.Value ?? "/") : "layout:" + segments[i + 1].Layout!.Identity;
            Func<Node>? segmentNotFound = innermost ? notFound : null;
            bool wrapped = false;
            if (segment.Loading is { } loading)
            {
                content = new Suspense { Key = key, Fallback = loading(), Children = [content] };
                wrapped = true;
            }

            if (segment.Error is not null || segmentNotFound is not null)
            {
                content = new SegmentBoundary { Key = key, Fallback = segment.Error?.Invoke(), NotFound = segmentNotFound?.Invoke(), Children = [content] };
                wrapped = true;
            }

            if (innermost && !wrapped)
            {
                content = new Fragment { Key = key, Children = [content] }; // another page is another subtree
            }

            if (segment.Layout is { } layout)
            {
                content = layout.Wrap(content);
            }
        }

        return content;
    }

    /// <summary>
    /// The tree to answer when the page's render failed before anything was sent: the innermost error page, showing
    /// <paramref name="failure"/>, inside the layouts around it; <see langword="null"/> when no segment has an error page.
    /// </summary>
    public static Node? Failed(Endpoint? endpoint, SegmentFailure failure)
    {
        List<Segment> segments = Segments(endpoint);
        int failing = segments.FindLastIndex(static s => s.Error is not null);
        if (failing < 0)
        {
            return null;
        }

        Node content = new SegmentBoundary { Fallback = segments[failing].Error!(), Failure = failure };
        for (int i = failing; i >= 0; i--)
        {
            if (segments[i].Layout is { } layout)
            {
                content = layout.Wrap(content);
            }
        }

        return content;
    }

    private static List<Segment> Segments(Endpoint? endpoint)
    {
        IReadOnlyList<PageSegmentMetadata> chain = endpoint?.Metadata.GetOrderedMetadata<PageSegmentMetadata>() ?? [];
        var segments = new List<Segment> { new(null) }; // the root segment: inside PageOptions.Layout
        foreach (PageSegmentMetadata item in chain)
        {
            switch (item)
            {
                case PageLayoutMetadata layout: segments.Add(new Segment(layout)); break;          // starts a segment
                case PageLoadingMetadata loading: segments[^1].Loading = loading.Create; break;    // the segment's loading page
                case PageErrorMetadata error: segments[^1].Error = error.Create; break;            // the segment's error page
            }
        }

        return segments;
    }

    private sealed class Segment(PageLayoutMetadata? layout)
    {
        public PageLayoutMetadata? Layout { get; } = layout;

        public Func<Node>? Loading { get; set; }

        public Func<Node>? Error { get; set; }
    }
}
