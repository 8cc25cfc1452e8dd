using Microsoft.AspNetCore.Authorization;
using Notes.Data;
using UseServer;
using UseServer.Flight.Values;

namespace Notes.Functions;

/// <summary>What <c>addNote</c> answers to <c>useActionState</c>: a message for the user, and the note when one was added.</summary>
public sealed record AddNoteState(bool Ok, string Message, NoteView? Note);

/// <summary>Everything the page shows: the notebook and its notes.</summary>
public sealed record NotesPage(NotebookView Notebook, NoteView[] Notes);

/// <summary>
/// The sample's server functions. Every public method becomes a typed export of
/// <c>ClientApp/src/server-functions/index.ts</c>; <see cref="NotesStore"/> and the
/// <see cref="CancellationToken"/> are injected, the other parameters come from the browser.
/// </summary>
[ServerFunction]
[AllowAnonymous]
public static class NotesFunctions
{
    /// <summary>The notebook and every note, for the first render and after each change.</summary>
    [ServerFunction(Id = "notes.load")]
    public static async Task<NotesPage> LoadNotes(NotesStore store, CancellationToken cancellationToken) =>
        new(await store.GetNotebookAsync(cancellationToken), await store.ListNotesAsync(cancellationToken));

    /// <summary>Creates an empty-titled note (the "New note" button, inside a transition).</summary>
    [ServerFunction(Id = "notes.create")]
    public static Task<NoteView> CreateNote(NotesStore store, CancellationToken cancellationToken) =>
        store.CreateNoteAsync("", upload: null, cancellationToken);

    /// <summary>
    /// Creates an empty note in the notebook the page showed: the function the <c>EmptyNote</c> server component hands
    /// to the client <c>Button</c>. <paramref name="notebookId"/> is bound by the server component and sealed; the form's
    /// data (the button's form sends one, empty) is not needed.
    /// </summary>
    [ServerFunction(Id = "notes.createEmpty")]
    public static async Task<NoteView> CreateEmptyNote([Bound] int notebookId, NotesStore store, CancellationToken cancellationToken, JsFormData? form = null)
    {
        _ = form;
        var notebook = await store.GetNotebookAsync(cancellationToken);
        if (notebook.Id != notebookId)
        {
            throw new ServerFunctionException("That notebook no longer exists.");
        }

        return await store.CreateNoteAsync("", upload: null, cancellationToken);
    }

    /// <summary>Renames the notebook: the action of <c>&lt;form action={renameNotebook}&gt;</c>. A blank name changes nothing.</summary>
    [ServerFunction(Id = "notes.renameNotebook")]
    public static async Task RenameNotebook(JsFormData form, NotesStore store, CancellationToken cancellationToken)
    {
        var name = form.GetString("name")?.Trim() ?? "";
        if (name.Length is > 0 and <= Notebook.MaxNameLength)
        {
            await store.RenameNotebookAsync(name, cancellationToken);
        }
    }

    /// <summary>
    /// Adds a titled note, with an optional attached file: the action of <c>useActionState(addNote, initial, "/")</c>.
    /// The title is validated here, with DataAnnotations, whatever the browser checked.
    /// </summary>
    [ServerFunction(Id = "notes.add")]
    public static async Task<AddNoteState> AddNote(AddNoteState? previous, JsFormData form, NotesStore store, CancellationToken cancellationToken)
    {
        _ = previous; // The last state: this action does not need it, but useActionState always passes it.
        var input = AddNoteInput.From(form);
        if (AddNoteInput.Validate(input) is { } error)
        {
            return new AddNoteState(false, error, null);
        }

        var note = await store.CreateNoteAsync(input.Title!.Trim(), input.Upload(), cancellationToken);
        return new AddNoteState(true, "Added: " + note.Title, note);
    }

    /// <summary>Always throws: shows how an exception reaches the client (its message only in Development).</summary>
    [ServerFunction(Id = "notes.fail")]
    public static Task Fail() => throw new InvalidOperationException("notes-secret-failure");
}
