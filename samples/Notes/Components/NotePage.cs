using System.Globalization;
using Notes.Data;
using Notes.Functions;
using UseServer;
using UseServer.Components;
using UseServer.Pages;

namespace Notes.Components;

/// <summary>
/// One note's page, <c>/notes/{id}</c>: its title, date and attachment, a form that renames it and a button that deletes
/// it (both server functions bound to this note). A note that does not exist answers "not found": the app's not-found
/// page, with status 404. While the note loads, the page's loading state shows (<c>WithLoading&lt;NoteLoading&gt;</c>).
/// </summary>
public sealed class NotePage : Component
{
    /// <summary>The note's ID, from the route.</summary>
    public required int Id { get; init; }

    /// <inheritdoc/>
    protected override async ValueTask<Node?> RenderAsync(ComponentContext context)
    {
        var store = context.GetRequiredService<NotesStore>();
        NoteView note = await store.GetNoteAsync(Id, context.CancellationToken) ?? throw ServerResult.NotFound();
        var references = context.GetRequiredService<IServerFunctionReferences>();
        string title = note.Title.Length == 0 ? "Untitled note" : note.Title;
        DateTime created = DateTime.SpecifyKind(note.Created, DateTimeKind.Utc);

        return new Fragment
        {
            Children =
            [
                new TitleElement { Children = [title + " · Notes"] },
                new Article
                {
                    ClassName = "note-page card",
                    TestId = "note-detail",
                    Children =
                    [
                        new PageLink { Href = "/", ClassName = "back-link", TestId = "back-to-list", Children = ["← All notes"] },
                        new P { ClassName = "eyebrow", Children = ["Note #", Id] },
                        new H1 { ClassName = note.Title.Length == 0 ? "untitled" : null, TestId = "note-detail-title", Children = [title] },
                        new P
                        {
                            ClassName = "hint",
                            Children = ["Created ", new Time { DateTime = created.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture), Children = [created.ToString("d MMM yyyy, HH:mm 'UTC'", CultureInfo.InvariantCulture)] }],
                        },
                        note.Attachment is { } attachment
                            ? new P { Children = [new A { ClassName = "attachment", Href = "/attachments/" + Id.ToString(CultureInfo.InvariantCulture), Download = attachment.FileName, Children = ["📎 ", attachment.FileName] }] }
                            : null,
                        new Client.RenameNoteForm { Action = references.Bind(NoteFunctions.RenameNote, Id), Title = note.Title },
                        new Client.DeleteNoteButton { Action = references.Bind(NoteFunctions.DeleteNote, Id) },
                    ],
                },
            ],
        };
    }
}
