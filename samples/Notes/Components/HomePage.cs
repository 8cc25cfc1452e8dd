using Notes.Data;
using UseServer.Components;

namespace Notes.Components;

/// <summary>
/// The home page, a server component: it reads the notebook and the notes from the database and renders the page,
/// with the interactive parts as client components (ClientApp/src/components). React renders it to HTML on the
/// server; every server function called from the page answers with this tree re-rendered.
/// </summary>
public sealed class HomePage : Component
{
    /// <inheritdoc/>
    protected override async ValueTask<Node?> RenderAsync(ComponentContext context)
    {
        var store = context.GetRequiredService<NotesStore>();
        NotebookView notebook = await store.GetNotebookAsync(context.CancellationToken);
        NoteView[] notes = await store.ListNotesAsync(context.CancellationToken);

        return new Fragment
        {
            Children =
            [
                new TitleElement { Children = ["Notes"] },
                new Link { Rel = "icon", Type = "image/svg+xml", Href = "/favicon.svg" },
                new Meta { Name = "description", Content = "Notes: a React 19 app whose server components and server functions are C# (UseServer sample)." },
                new Client.ErrorBoundary { Children = [Layout(notebook, notes)] },
            ],
        };
    }

    private static Div Layout(NotebookView notebook, NoteView[] notes) => new()
    {
        ClassName = "app",
        Children =
        [
            new Header
            {
                ClassName = "app-header",
                Children =
                [
                    new Div
                    {
                        ClassName = "brand",
                        Children = [new Img { Src = "/favicon.svg", Alt = "", Width = 28, Height = 28 }, new Span { Children = ["Notes"] }],
                    },
                    new P { ClassName = "tagline", Children = ["React 19 server components and server functions, in C# on ASP.NET Core"] },
                ],
            },
            new Main
            {
                ClassName = "layout",
                Children =
                [
                    new Section
                    {
                        ClassName = "notebook card",
                        Attributes = Labelled("notebook-title"),
                        Children =
                        [
                            new P { ClassName = "eyebrow", Children = ["Notebook"] },
                            new H1 { Id = "notebook-title", TestId = "notebook-name", Children = [notebook.Name] },
                            new Client.RenameForm(),
                        ],
                    },
                    new Section
                    {
                        ClassName = "card",
                        Attributes = Labelled("add-title"),
                        Children = [new H2 { Id = "add-title", Children = ["Add a note"] }, new Client.AddNoteForm(), new Client.QuickAdd()],
                    },
                    new Section
                    {
                        ClassName = "card notes",
                        Attributes = Labelled("notes-title"),
                        Children =
                        [
                            new Div
                            {
                                ClassName = "notes-header",
                                Children =
                                [
                                    new H2
                                    {
                                        Id = "notes-title",
                                        Children = ["Notes ", new Span { ClassName = "count", TestId = "note-count", Children = [notes.Length] }],
                                    },
                                    new Div
                                    {
                                        ClassName = "notes-actions",
                                        Children = [new EmptyNote { NotebookId = notebook.Id }, new Client.CreateNoteButton()],
                                    },
                                ],
                            },
                            new NoteList { Notes = notes },
                        ],
                    },
                    new Section
                    {
                        ClassName = "card diagnostics",
                        Attributes = Labelled("errors-title"),
                        Children =
                        [
                            new H2 { Id = "errors-title", Children = ["When the server fails"] },
                            new P { ClassName = "hint", Children = ["This button calls a C# method that throws. The page stays usable."] },
                            new Client.FailButton(),
                        ],
                    },
                ],
            },
            new Footer
            {
                ClassName = "app-footer",
                Children =
                [
                    "This page is a C# server component (",
                    new Code { Children = ["Components/HomePage.cs"] },
                    ") rendered to HTML by React on the server; every change is a ",
                    new Code { Children = ["[ServerFunction]"] },
                    " in ",
                    new Code { Children = ["Functions/NotesFunctions.cs"] },
                    ", saved with EF Core.",
                ],
            },
        ],
    };

    private static Dictionary<string, object?> Labelled(string id) => new() { ["aria-labelledby"] = id };
}
