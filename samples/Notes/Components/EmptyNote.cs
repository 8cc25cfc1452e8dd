using Notes.Functions;
using UseServer;
using UseServer.Components;

namespace Notes.Components;

/// <summary>
/// React's first Server Functions example in C#: a server component hands a server function to a client
/// <c>Button</c> as a prop. The function gets the notebook's ID as a bound argument, sealed with Data Protection so
/// the browser can neither read nor change it.
/// <code>
/// function EmptyNote({ notebookId }) {
///   async function createNoteAction() { "use server"; await db.notes.create(notebookId, ""); }
///   return &lt;Button action={createNoteAction}&gt;Empty note&lt;/Button&gt;;
/// }
/// </code>
/// </summary>
public sealed class EmptyNote : Component
{
    /// <summary>The notebook the note goes into.</summary>
    public required int NotebookId { get; init; }

    /// <inheritdoc/>
    protected override Node? Render(ComponentContext context)
    {
        var references = context.GetRequiredService<IServerFunctionReferences>();
        return new Client.Button
        {
            Action = references.Bind(NotesFunctions.CreateEmptyNote, NotebookId),
            Children = ["Empty note"],
        };
    }
}
