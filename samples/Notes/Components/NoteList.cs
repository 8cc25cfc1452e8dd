using System.Globalization;
using Notes.Data;
using UseServer.Components;
using UseServer.Pages;

namespace Notes.Components;

/// <summary>Every note, oldest first, rendered on the server (it refreshes with every server function's answer).</summary>
public sealed class NoteList : Component
{
    /// <summary>The notes.</summary>
    public required IReadOnlyList<NoteView> Notes { get; init; }

    /// <inheritdoc/>
    protected override Node? Render(ComponentContext context)
    {
        if (Notes.Count == 0)
        {
            return new Ul
            {
                ClassName = "note-list empty",
                TestId = "note-list",
                Children = [new Li { ClassName = "empty-state", Children = ["No notes yet. Add one above, or start an empty one with “New note”."] }],
            };
        }

        return new Ul
        {
            ClassName = "note-list",
            TestId = "note-list",
            Children = [Node.List(Notes.Select(Item))],
        };
    }

    private static Li Item(NoteView note) => new()
    {
        Key = note.Id.ToString(CultureInfo.InvariantCulture),
        ClassName = "note",
        TestId = "note-item",
        Attributes = new Dictionary<string, object?> { ["data-note-id"] = note.Id },
        Children =
        [
            new Div
            {
                ClassName = "note-main",
                Children =
                [
                    new PageLink
                    {
                        Href = "/notes/" + note.Id.ToString(CultureInfo.InvariantCulture),
                        ClassName = "note-link",
                        TestId = "note-link",
                        Children = [new Span { ClassName = note.Title.Length == 0 ? "note-title untitled" : "note-title", TestId = "note-title", Children = [note.Title] }],
                    },
                    new Time
                    {
                        ClassName = "note-date",
                        TestId = "note-created",
                        DateTime = DateTime.SpecifyKind(note.Created, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
                        Children = [DateTime.SpecifyKind(note.Created, DateTimeKind.Utc).ToString("d MMM yyyy, HH:mm 'UTC'", CultureInfo.InvariantCulture)],
                    },
                ],
            },
            note.Attachment is { } attachment ? Attachment(note.Id, attachment) : null,
        ],
    };

    private static A Attachment(int noteId, AttachmentView attachment) => new()
    {
        ClassName = "attachment",
        Href = "/attachments/" + noteId.ToString(CultureInfo.InvariantCulture),
        Download = attachment.FileName,
        TestId = "note-attachment",
        Children =
        [
            new Span { ClassName = "attachment-icon", Attributes = new Dictionary<string, object?> { ["aria-hidden"] = "true" }, Children = ["📎"] },
            new Span { ClassName = "attachment-name", Children = [attachment.FileName] },
            new Span { ClassName = "attachment-size", Children = [FormatSize(attachment.Size)] },
        ],
    };

    private static string FormatSize(int bytes) => bytes switch
    {
        < 1024 => bytes.ToString(CultureInfo.InvariantCulture) + " B",
        < 1024 * 1024 => (bytes / 1024.0).ToString("0.0", CultureInfo.InvariantCulture) + " KB",
        _ => (bytes / (1024.0 * 1024)).ToString("0.0", CultureInfo.InvariantCulture) + " MB",
    };
}
