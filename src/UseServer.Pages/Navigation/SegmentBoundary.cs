using UseServer.Components;

namespace UseServer.Pages.Navigation;

/// <summary>
/// <c>SegmentBoundary</c> of <c>@useserver/client</c> (the Vite plugin lists it in every app's manifest): an error
/// boundary around a page segment that shows the segment's error page, or the app's not-found page for "not found".
/// </summary>
[ClientComponent(PackageModules.Segment, Export = "SegmentBoundary")]
internal sealed class SegmentBoundary : ClientComponent
{
    /// <summary>The segment's error page.</summary>
    public Node? Fallback { get; init; }

    /// <summary>The app's not-found page.</summary>
    public Node? NotFound { get; init; }

    /// <summary>Set when the page's render failed on the server: the boundary shows its error page with this at once.</summary>
    public SegmentFailure? Failure { get; init; }

    /// <summary>The segment.</summary>
    public IReadOnlyList<Node?>? Children { get; init; }
}

/// <summary>What a boundary shows of a render that failed on the server: the digest, and the message in Development.</summary>
/// <param name="Digest">The request's trace ID.</param>
/// <param name="Message">The error's message, only where detailed errors are on.</param>
internal sealed record SegmentFailure(string Digest, string? Message);
