namespace Notes.Data;

/// <summary>
/// A file attached to a note. Kept in its own table so that listing notes reads only the
/// name, type and size, never the bytes.
/// </summary>
public sealed class NoteAttachment
{
    /// <summary>The largest file a note can carry.</summary>
    public const int MaxSize = 512 * 1024;

    public int NoteId { get; set; }

    public string FileName { get; set; } = "";

    public string ContentType { get; set; } = "";

    public long Size { get; set; }

    public byte[] Content { get; set; } = [];
}
