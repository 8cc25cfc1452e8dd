using UseServer.Components;
using UseServer.Flight;

namespace Notes.Components.Client;

// The C# handles of the client components in ClientApp/src/components (each file starts with "use client").
// Their properties are the props the TSX components take; the app stops at startup if the client build's manifest
// lacks one of them.

/// <summary><c>&lt;RenameForm /&gt;</c>: <c>&lt;form action={renameNotebook}&gt;</c>.</summary>
[ClientComponent("src/components/RenameForm.tsx")]
public sealed class RenameForm : ClientComponent;

/// <summary><c>&lt;AddNoteForm /&gt;</c>: <c>useActionState(addNote, initial, "/")</c>.</summary>
[ClientComponent("src/components/AddNoteForm.tsx")]
public sealed class AddNoteForm : ClientComponent;

/// <summary><c>&lt;QuickAdd /&gt;</c>: a form whose action is a client function (replayed if submitted before hydration).</summary>
[ClientComponent("src/components/QuickAdd.tsx")]
public sealed class QuickAdd : ClientComponent;

/// <summary><c>&lt;CreateNoteButton /&gt;</c>: an imported server function called in a transition.</summary>
[ClientComponent("src/components/CreateNoteButton.tsx")]
public sealed class CreateNoteButton : ClientComponent;

/// <summary><c>&lt;FailButton /&gt;</c>: a server function that throws, caught in the action.</summary>
[ClientComponent("src/components/FailButton.tsx")]
public sealed class FailButton : ClientComponent;

/// <summary><c>&lt;ErrorBoundary&gt;…&lt;/ErrorBoundary&gt;</c>: shows an error that escaped every action.</summary>
[ClientComponent("src/components/ErrorBoundary.tsx")]
public sealed class ErrorBoundary : ClientComponent
{
    /// <summary>React's children.</summary>
    public IReadOnlyList<Node>? Children { get; init; }
}

/// <summary><c>&lt;Button action={…}&gt;…&lt;/Button&gt;</c>: React's first Server Functions example, on the client side.</summary>
[ClientComponent("src/components/Button.tsx")]
public sealed class Button : ClientComponent
{
    /// <summary>The server function the button's form runs.</summary>
    public required ServerReference Action { get; init; }

    /// <summary>The button's label.</summary>
    public IReadOnlyList<Node>? Children { get; init; }
}

/// <summary><c>&lt;RenameNoteForm action={…} title={…} /&gt;</c>: renames one note (the action is bound to it).</summary>
[ClientComponent("src/components/RenameNoteForm.tsx")]
public sealed class RenameNoteForm : ClientComponent
{
    /// <summary>The rename function, bound to the note.</summary>
    public required ServerReference Action { get; init; }

    /// <summary>The note's current title.</summary>
    public required string Title { get; init; }
}

/// <summary><c>&lt;DeleteNoteButton action={…} /&gt;</c>: deletes one note; its function redirects to the list.</summary>
[ClientComponent("src/components/DeleteNoteButton.tsx")]
public sealed class DeleteNoteButton : ClientComponent
{
    /// <summary>The delete function, bound to the note.</summary>
    public required ServerReference Action { get; init; }
}

/// <summary><c>&lt;QuickJump /&gt;</c>: "go to note #", in the shared layout (its text is client state that navigations keep).</summary>
[ClientComponent("src/components/QuickJump.tsx")]
public sealed class QuickJump : ClientComponent;

/// <summary><c>&lt;NavigationStatus /&gt;</c>: a bar while a client navigation is under way.</summary>
[ClientComponent("src/components/NavigationStatus.tsx")]
public sealed class NavigationStatus : ClientComponent;
