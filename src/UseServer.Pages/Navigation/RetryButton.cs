using UseServer.Components;

namespace UseServer.Pages;

/// <summary>Inside an error page (<c>WithErrorPage</c>): a button that fetches the page again and shows the segment afresh.</summary>
[ClientComponent(Navigation.PackageModules.Segment)]
public sealed class RetryButton : ClientComponent
{
    /// <summary>The button's <c>class</c>.</summary>
    public string? ClassName { get; init; }

    /// <summary>The button's label; default "Try again".</summary>
    public IReadOnlyList<Node?>? Children { get; init; }
}
