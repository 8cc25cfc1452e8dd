using Microsoft.AspNetCore.Authorization;
using Notes.Data;
using UseServer;
using UseServer.Flight.Values;

namespace Notes.Functions;

/// <summary>
/// The functions of one note's page (<c>/notes/{id}</c>). The note's ID is bound by the page's server component and
/// sealed, so the browser can neither read nor change which note a form acts on.
/// </summary>
[ServerFunction]
[AllowAnonymous]
public static class NoteFunctions
{
    /// <summary>
    /// Renames the note: the action of the page's rename form. The new title arrives with the page's tree in the same
    /// answer. A blank or too long title changes nothing; a note deleted meanwhile answers "not found".
    /// </summary>
    [ServerFunction(Id = "notes.renameNote")]
    public static async Task RenameNote([Bound] int noteId, JsFormData form, NotesStore store, CancellationToken cancellationToken)
    {
        string title = form.GetString("title")?.Trim() ?? "";
        if (title.Length is 0 or > Note.MaxTitleLength)
        {
            return;
        }

        if (!await store.RenameNoteAsync(noteId, title, cancellationToken))
        {
            throw ServerResult.NotFound();
        }
    }

    /// <summary>
    /// Deletes the note and goes back to the list: the redirect's answer carries the list's tree, so the browser shows it
    /// without another request (a no-JS form post gets 303 to it).
    /// </summary>
    [ServerFunction(Id = "notes.deleteNote")]
    public static async Task<ServerRedirect> DeleteNote([Bound] int noteId, NotesStore store, CancellationToken cancellationToken, JsFormData? form = null)
    {
        _ = form; // the button's form sends one, empty
        await store.DeleteNoteAsync(noteId, cancellationToken);
        return ServerRedirect.To("/");
    }
}
