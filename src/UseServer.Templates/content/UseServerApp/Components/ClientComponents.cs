using UseServer.Components;

namespace UseServerApp.Components.Client;

// The C# handles of the client components in ClientApp/src/components (each file starts with "use client"). Their
// properties are the props the TSX components take; the app stops at startup if the client build lacks one of them.

/// <summary><c>&lt;AddTodoForm /&gt;</c>: <c>useActionState(addTodo, initial, "/")</c>.</summary>
[ClientComponent("src/components/AddTodoForm.tsx")]
public sealed class AddTodoForm : ClientComponent;

/// <summary><c>&lt;ToggleButton id done /&gt;</c>: calls <c>toggleTodo</c> in a transition.</summary>
[ClientComponent("src/components/ToggleButton.tsx")]
public sealed class ToggleButton : ClientComponent
{
    /// <summary>The task's ID.</summary>
    public required int Id { get; init; }

    /// <summary>Whether the task is done.</summary>
    public required bool Done { get; init; }
}

/// <summary><c>&lt;ClearCompleted /&gt;</c>: <c>&lt;form action={clearCompleted}&gt;</c>.</summary>
[ClientComponent("src/components/ClearCompleted.tsx")]
public sealed class ClearCompleted : ClientComponent;
