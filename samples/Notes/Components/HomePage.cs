using Notes.Data;
using UseServer.Components;
using UseServer.Pages;

namespace Notes.Components;

/// <summary>
/// The home page, a server component: it reads the notebook and the notes from the database and renders the page,
/// with the interactive parts as client components (ClientApp/src/components), inside <see cref="NotesLayout"/>. React
/// renders it to HTML on the server; every server function called from the page answers with this tree re-rendered.
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
            Children = [new TitleElement { Children = ["Notes"] }, Sections(notebook, notes)],
        };
    }

    private static Div Sections(NotebookView notebook, NoteView[] notes) => new()
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
                    new P
                    {
                        ClassName = "hint",
                        Children = ["A page whose component throws shows the error page inside the layout: ", new PageLink { Href = "/demo/failing-page", TestId = "failing-page-link", Children = ["open it"] }, "."],
                    },
                ],
            },
        ],
    };

    private static Dictionary<string, object?> Labelled(string id) => new() { ["aria-labelledby"] = id };
}
