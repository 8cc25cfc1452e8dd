using UseServer.Components;
using UseServer.Pages;

namespace Notes.Components;

/// <summary>What a note's page shows while the note loads (its Suspense fallback, <c>WithLoading</c>).</summary>
public sealed class NoteLoading : Component
{
    /// <inheritdoc/>
    protected override Node? Render(ComponentContext context) =>
        new Div { ClassName = "note-page card loading", TestId = "note-loading", Children = ["Loading the note…"] };
}

/// <summary>
/// The error page of every page (<c>WithErrorPage</c>): shown inside the layout when a component of the page throws.
/// In Production the server sends no message, so the page's own text shows; the digest finds the request in the logs.
/// </summary>
public sealed class PageError : Component
{
    /// <inheritdoc/>
    protected override Node? Render(ComponentContext context) => new Section
    {
        ClassName = "status-page card",
        TestId = "page-error",
        Attributes = new Dictionary<string, object?> { ["role"] = "alert" },
        Children =
        [
            new H1 { Children = ["This page could not be shown"] },
            new P { Children = [new ErrorMessage { ClassName = "error-text", Fallback = "Something went wrong on our side." }] },
            new P { ClassName = "hint", Children = ["Reference: ", new ErrorDigest()] },
            new Div { ClassName = "status-actions", Children = [new RetryButton(), new PageLink { Href = "/", TestId = "error-home", Children = ["Back to the notes"] }] },
        ],
    };
}

/// <summary>The not-found page (<c>MapNotFoundPage</c>): unknown paths, and notes that do not exist; status 404.</summary>
public sealed class NotFoundPage : Component
{
    /// <inheritdoc/>
    protected override Node? Render(ComponentContext context) => new Fragment
    {
        Children =
        [
            new TitleElement { Children = ["Not found · Notes"] },
            new Section
            {
                ClassName = "status-page card",
                TestId = "not-found",
                Children =
                [
                    new H1 { Children = ["Nothing here"] },
                    new P { Children = ["There is no such page, or the note was deleted."] },
                    new PageLink { Href = "/", TestId = "not-found-home", Children = ["Back to the notes"] },
                ],
            },
        ],
    };
}

/// <summary>A page whose component throws (linked from the home page): it shows the error page, the layout stays.</summary>
public sealed class FailingPage : Component
{
    /// <inheritdoc/>
    protected override Node? Render(ComponentContext context) => throw new InvalidOperationException("notes-secret-page-failure");
}
