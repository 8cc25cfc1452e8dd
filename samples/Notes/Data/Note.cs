namespace Notes.Data;

/// <summary>A note: a title (possibly empty), when it was created, and an optional attachment.</summary>
public sealed class Note
{
    /// <summary>The longest title a note can have.</summary>
    public const int MaxTitleLength = 100;

    public int Id { get; set; }

    public int NotebookId { get; set; }

    public string Title { get; set; } = "";

    /// <summary>When the note was created, in UTC.</summary>
    public DateTime Created { get; set; }

    public NoteAttachment? Attachment { get; set; }
}
