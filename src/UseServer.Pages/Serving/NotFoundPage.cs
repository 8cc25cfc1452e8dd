using UseServer.Components;

namespace UseServer.Pages.Serving;

/// <summary>The app's not-found page (<c>MapNotFoundPage</c>), shown for unknown paths and for "not found" answers.</summary>
internal sealed class NotFoundPage
{
    private Func<Node>? _create;

    /// <summary>Builds the page's tree, or <see langword="null"/> when the app maps none.</summary>
    public Func<Node>? Create => Volatile.Read(ref _create);

    public void Set(Func<Node> create) => Volatile.Write(ref _create, create);
}
