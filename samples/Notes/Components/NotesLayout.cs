using UseServer.Components;
using UseServer.Pages;

namespace Notes.Components;

/// <summary>
/// The layout every page of the sample shares (Program.cs: <c>MapGroup("").WithLayout&lt;NotesLayout&gt;()</c>): the
/// header with the navigation, the footer, and the page in between. Its client components (<c>QuickJump</c>'s text, the
/// navigation bar) keep their state when the app navigates between pages, because both pages' trees agree up to the page.
/// </summary>
public sealed class NotesLayout : PageLayout
{
    /// <inheritdoc/>
    protected override Node? Render(ComponentContext context) => new Fragment
    {
        Children =
        [
            new Link { Rel = "icon", Type = "image/svg+xml", Href = "/favicon.svg" },
            new Meta { Name = "description", Content = "Notes: a React 19 app whose server components and server functions are C# (UseServer sample)." },
            new Client.ErrorBoundary
            {
                Children =
                [
                    new Div
                    {
                        ClassName = "app",
                        Children = [new Client.NavigationStatus(), Header(), new Main { ClassName = "page", Children = [Children] }, Footer()],
                    },
                ],
            },
        ],
    };

    private static Header Header() => new()
    {
        ClassName = "app-header",
        Children =
        [
            new PageLink
            {
                Href = "/",
                ClassName = "brand",
                TestId = "nav-home",
                Children = [new Img { Src = "/favicon.svg", Alt = "", Width = 28, Height = 28 }, new Span { Children = ["Notes"] }],
            },
            new P { ClassName = "tagline", Children = ["React 19 server components and server functions, in C# on ASP.NET Core"] },
            new Client.QuickJump(),
        ],
    };

    private static Footer Footer() => new()
    {
        ClassName = "app-footer",
        Children =
        [
            "Every page is a C# server component (",
            new Code { Children = ["Components/*.cs"] },
            ") rendered to HTML by React on the server, inside one layout (",
            new Code { Children = ["NotesLayout.cs"] },
            "); links navigate on the client, and every change is a ",
            new Code { Children = ["[ServerFunction]"] },
            " saved with EF Core.",
        ],
    };
}
