namespace UseServer.Components.Rendering;

/// <summary>What rendering a tree needs: the request's services, its cancellation, the client component resolver and host features.</summary>
public sealed class ComponentRenderContext
{
    /// <summary>The (scoped) services components resolve.</summary>
    public required IServiceProvider Services { get; init; }

    /// <summary>Signalled when the request is aborted.</summary>
    public CancellationToken CancellationToken { get; init; }

    /// <summary>Resolves client component classes; required when the tree has any.</summary>
    public IClientComponentResolver? ClientComponents { get; init; }

    /// <summary>Host features components read with <see cref="ComponentContext.Get{T}"/> (the Pages host adds <c>HttpContext</c>).</summary>
    public IDictionary<Type, object> Features { get; } = new Dictionary<Type, object>();
}
