using UseServer.Components;

namespace UseServer.Pages;

/// <summary>
/// A layout: a server component around the pages of a route group (or one page), declared with
/// <c>WithLayout&lt;TLayout&gt;()</c>. It renders <see cref="Children"/> (the page, or the next layout) where the page
/// goes. Pages that share a layout keep its client components' state when the app navigates between them, as React
/// keeps state where two trees agree.
/// <code>
/// var notes = app.MapGroup("/notes").WithLayout&lt;NotesLayout&gt;();
/// notes.MapPage&lt;NoteListPage&gt;("/");
/// notes.MapPage("/{id:int}", (int id) => new NotePage { Id = id });
/// </code>
/// </summary>
public abstract class PageLayout : Component
{
    /// <summary>What the layout wraps: the page, or the layout nested inside this one.</summary>
    public Node? Children { get; init; }
}
