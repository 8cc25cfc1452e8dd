using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using UseServer;
using UseServer.Flight.Values;
using UseServerApp.Data;

namespace UseServerApp.Functions;

/// <summary>What <c>addTodo</c> answers to <c>useActionState</c>: whether it worked, and a message for the user.</summary>
public sealed record AddTodoState(bool Ok, string Message);

/// <summary>
/// The app's server functions. Every public method of a [ServerFunction] class is one: the build writes a typed
/// export for each to ClientApp/src/server-functions, which client components import. Services (the database) and
/// the CancellationToken are injected; the other parameters are what the browser sends.
/// </summary>
[ServerFunction]
[AllowAnonymous] // Anyone may call these; use [Authorize] (on the class or a method) to require a signed-in user.
public static class TodoFunctions
{
    /// <summary>
    /// Adds a task: the action of <c>useActionState(addTodo, initial, "/")</c>, so it also works as a plain HTML form
    /// before JavaScript loads. The title is checked here, whatever the browser checked.
    /// </summary>
    public static async Task<AddTodoState> AddTodo(AddTodoState? previous, JsFormData form, AppDbContext db, CancellationToken cancellationToken)
    {
        _ = previous; // useActionState passes the last state first; this action does not need it.
        var title = form.GetString("title")?.Trim() ?? "";
        if (title.Length == 0)
        {
            return new AddTodoState(false, "The title is required.");
        }

        if (title.Length > TodoItem.MaxTitleLength)
        {
            return new AddTodoState(false, $"The title must be at most {TodoItem.MaxTitleLength} characters.");
        }

        db.Todos.Add(new TodoItem { Title = title });
        await db.SaveChangesAsync(cancellationToken);
        return new AddTodoState(true, "Added: " + title);
    }

    /// <summary>Marks a task done or not done (called in a transition); answers its new state.</summary>
    public static async Task<bool> ToggleTodo(int id, AppDbContext db, CancellationToken cancellationToken)
    {
        var todo = await db.Todos.FindAsync([id], cancellationToken)
            ?? throw new ServerFunctionException("That task no longer exists.");
        todo.Done = !todo.Done;
        await db.SaveChangesAsync(cancellationToken);
        return todo.Done;
    }

    /// <summary>Removes every done task: the action of <c>&lt;form action={clearCompleted}&gt;</c> (React passes the form's data).</summary>
    public static async Task ClearCompleted(JsFormData form, AppDbContext db, CancellationToken cancellationToken)
    {
        _ = form;
        await db.Todos.Where(t => t.Done).ExecuteDeleteAsync(cancellationToken);
    }
}
