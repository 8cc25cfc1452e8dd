using Microsoft.EntityFrameworkCore;

namespace Notes.Data;

/// <summary>What the client sees of a note: no attachment bytes, only its name, type and size.</summary>
public sealed record NoteView(int Id, string Title, DateTime Created, AttachmentView? Attachment);

/// <summary>An attachment as listed: name, media type and size in bytes.</summary>
public sealed record AttachmentView(string FileName, string ContentType, int Size);

/// <summary>The notebook: its ID and name.</summary>
public sealed record NotebookView(int Id, string Name);

/// <summary>A file to attach to a new note.</summary>
public sealed record AttachmentUpload(string FileName, string ContentType, ReadOnlyMemory<byte> Content);

/// <summary>The notes data, as the server functions and the download endpoint use it (scoped, one per request).</summary>
public sealed class NotesStore(NotesDbContext db, TimeProvider clock)
{
    public Task<NotebookView> GetNotebookAsync(CancellationToken cancellationToken) =>
        db.Notebooks.Where(b => b.Id == Notebook.DefaultId).Select(b => new NotebookView(b.Id, b.Name)).SingleAsync(cancellationToken);

    /// <summary>Every note, oldest first (the list has no paging).</summary>
    public async Task<NoteView[]> ListNotesAsync(CancellationToken cancellationToken) =>
        await Views(db.Notes.Where(n => n.NotebookId == Notebook.DefaultId).OrderBy(n => n.Created).ThenBy(n => n.Id))
            .ToArrayAsync(cancellationToken);

    /// <summary>One note of the notebook, or null when there is none with that ID.</summary>
    public Task<NoteView?> GetNoteAsync(int id, CancellationToken cancellationToken) =>
        Views(db.Notes.Where(n => n.NotebookId == Notebook.DefaultId && n.Id == id)).SingleOrDefaultAsync(cancellationToken);

    /// <summary>Renames a note; false when there is none with that ID.</summary>
    public async Task<bool> RenameNoteAsync(int id, string title, CancellationToken cancellationToken) =>
        await db.Notes.Where(n => n.NotebookId == Notebook.DefaultId && n.Id == id)
            .ExecuteUpdateAsync(set => set.SetProperty(n => n.Title, title), cancellationToken) > 0;

    /// <summary>Deletes a note and its attachment; false when there is none with that ID.</summary>
    public async Task<bool> DeleteNoteAsync(int id, CancellationToken cancellationToken)
    {
        Note? note = await db.Notes.Include(n => n.Attachment).SingleOrDefaultAsync(n => n.NotebookId == Notebook.DefaultId && n.Id == id, cancellationToken);
        if (note is null)
        {
            return false;
        }

        db.Notes.Remove(note);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private static IQueryable<NoteView> Views(IQueryable<Note> notes) =>
        notes.Select(n => new NoteView(
            n.Id,
            n.Title,
            n.Created,
            n.Attachment == null ? null : new AttachmentView(n.Attachment.FileName, n.Attachment.ContentType, (int)n.Attachment.Size)));

    public async Task<NoteView> CreateNoteAsync(string title, AttachmentUpload? upload, CancellationToken cancellationToken)
    {
        var note = new Note { NotebookId = Notebook.DefaultId, Title = title, Created = clock.GetUtcNow().UtcDateTime };
        if (upload is not null)
        {
            note.Attachment = new NoteAttachment
            {
                FileName = upload.FileName,
                ContentType = upload.ContentType,
                Size = upload.Content.Length,
                Content = upload.Content.ToArray(),
            };
        }

        db.Notes.Add(note);
        await db.SaveChangesAsync(cancellationToken);
        var attachment = note.Attachment is { } a ? new AttachmentView(a.FileName, a.ContentType, (int)a.Size) : null;
        return new NoteView(note.Id, note.Title, note.Created, attachment);
    }

    public Task RenameNotebookAsync(string name, CancellationToken cancellationToken) =>
        db.Notebooks.Where(b => b.Id == Notebook.DefaultId)
            .ExecuteUpdateAsync(set => set.SetProperty(b => b.Name, name), cancellationToken);

    public Task<NoteAttachment?> GetAttachmentAsync(int noteId, CancellationToken cancellationToken) =>
        db.Attachments.AsNoTracking().SingleOrDefaultAsync(a => a.NoteId == noteId, cancellationToken);
}
