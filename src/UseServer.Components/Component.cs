namespace UseServer.Components;

/// <summary>
/// A server component: a class whose init properties are its props and whose <see cref="Render"/> (or
/// <see cref="RenderAsync"/>, to await a database) returns its tree. It runs on the server only; the client
/// receives its output. <c>new NoteList { Notes = notes }</c> is the C# for <c>&lt;NoteList notes={notes} /&gt;</c>.
/// </summary>
public abstract class Component : Node
{
    /// <summary>The component's output. Override this or <see cref="RenderAsync"/>.</summary>
    /// <param name="context">Services, cancellation and request features.</param>
    /// <returns>The tree, or <see langword="null"/> for nothing.</returns>
    protected virtual Node? Render(ComponentContext context) =>
        throw new NotImplementedException($"{GetType().Name} overrides neither Render nor RenderAsync.");

    /// <summary>The component's output, asynchronously (an async component streams in when it completes).</summary>
    /// <param name="context">Services, cancellation and request features.</param>
    /// <returns>The tree, or <see langword="null"/> for nothing.</returns>
    protected virtual ValueTask<Node?> RenderAsync(ComponentContext context) => new(Render(context));

    internal ValueTask<Node?> Run(ComponentContext context) => RenderAsync(context);
}
