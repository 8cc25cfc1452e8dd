namespace UseServer.Components;

/// <summary>
/// React's <c>&lt;Suspense fallback={…}&gt;</c>: while an async component inside has not finished, the page shows
/// <see cref="Fallback"/>; the finished part streams in later (its own Flight rows, and React's HTML for it).
/// </summary>
public sealed class Suspense : Node
{
    /// <summary>What shows while the children are not ready.</summary>
    public Node? Fallback { get; init; }

    /// <summary>The children.</summary>
    public IReadOnlyList<Node?> Children { get; init; } = [];
}
