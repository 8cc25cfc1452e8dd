using System.Text.Json.Serialization;
using UseServer.Components;

namespace UseServer.Pages;

/// <summary>
/// A link to a page of the app that navigates on the client: <c>Link</c> of <c>@useserver/client</c>, rendered as an
/// <c>&lt;a href&gt;</c>. A click fetches the target page's tree and shows it without loading a document (layouts the
/// two pages share keep their state); the target is prefetched when the pointer or focus comes near it. Clicks the
/// browser should handle (a new tab, another origin, a download) stay the browser's, and before hydration it is a plain
/// link. <c>new PageLink { Href = "/notes/1", Children = ["First note"] }</c>.
/// </summary>
[ClientComponent(Navigation.PackageModules.Link, Export = "Link")]
public sealed class PageLink : ClientComponent
{
    /// <summary>The page: a path such as <c>/notes/1</c>.</summary>
    public required string Href { get; init; }

    /// <summary>Replace the current history entry instead of adding one.</summary>
    public bool? Replace { get; init; }

    /// <summary>Scroll to the top (or the fragment) when the page shows; default <see langword="true"/>.</summary>
    public bool? Scroll { get; init; }

    /// <summary>When to prefetch the page: <c>"intent"</c> (default: pointer over, focus, touch), <c>"viewport"</c>, or never with <see langword="false"/>.</summary>
    public object? Prefetch { get; init; }

    /// <summary>The anchor's <c>class</c>.</summary>
    public string? ClassName { get; init; }

    /// <summary>The anchor's <c>aria-current</c> (e.g. <c>"page"</c> for the shown page).</summary>
    [JsonPropertyName("aria-current")]
    public string? AriaCurrent { get; init; }

    /// <summary>The anchor's <c>data-testid</c>.</summary>
    [JsonPropertyName("data-testid")]
    public string? TestId { get; init; }

    /// <summary>The link's content.</summary>
    public IReadOnlyList<Node?>? Children { get; init; }
}
