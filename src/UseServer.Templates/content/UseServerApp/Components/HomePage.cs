using Microsoft.EntityFrameworkCore;
using UseServer.Components;
using UseServerApp.Data;

namespace UseServerApp.Components;

/// <summary>
/// The home page, a server component: it reads the tasks from the database and renders the page, with the
/// interactive parts as client components (ClientApp/src/components). React renders it to HTML on the server, and
/// every server function called from the page answers with this tree rendered again, so the list stays current.
/// </summary>
public sealed class HomePage : Component
{
    /// <inheritdoc/>
    protected override async ValueTask<Node?> RenderAsync(ComponentContext context)
    {
        var db = context.GetRequiredService<AppDbContext>();
        var todos = await db.Todos.OrderBy(t => t.Id).AsNoTracking().ToListAsync(context.CancellationToken);

        return new Fragment
        {
            Children =
            [
                // React hoists these into the document's <head>.
                new TitleElement { Children = ["UseServerApp"] },
                new Link { Rel = "icon", Type = "image/svg+xml", Href = "/favicon.svg" },
                new Main
                {
                    ClassName = "app",
                    Children =
                    [
                        new H1 { Children = ["Tasks"] },
                        new P
                        {
                            ClassName = "hint",
                            Children = ["This page is a C# server component; the buttons call C# server functions."],
                        },
                        new Client.AddTodoForm(),
                        new H2
                        {
                            Children = ["To do ", new Span { ClassName = "count", TestId = "todo-count", Children = [todos.Count(t => !t.Done)] }],
                        },
                        new Ul
                        {
                            ClassName = "todos",
                            TestId = "todo-list",
                            Children = [Node.List(todos.Select(TodoRow))],
                        },
                        new Client.ClearCompleted(),
                    ],
                },
            ],
        };
    }

    private static Li TodoRow(TodoItem todo) => new()
    {
        Key = todo.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ClassName = todo.Done ? "todo done" : "todo",
        TestId = "todo-item",
        Children = [new Client.ToggleButton { Id = todo.Id, Done = todo.Done }, new Span { Children = [todo.Title] }],
    };
}
