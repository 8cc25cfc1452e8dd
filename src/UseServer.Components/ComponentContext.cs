namespace UseServer.Components;

/// <summary>What a component can reach while it renders: the request's services, its cancellation and its features.</summary>
public sealed class ComponentContext
{
    private readonly IReadOnlyDictionary<Type, object> _features;

    internal ComponentContext(IServiceProvider services, CancellationToken cancellationToken, IReadOnlyDictionary<Type, object> features)
    {
        Services = services;
        CancellationToken = cancellationToken;
        _features = features;
    }

    /// <summary>The request's (scoped) services.</summary>
    public IServiceProvider Services { get; }

    /// <summary>Signalled when the request is aborted.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>A required service.</summary>
    /// <typeparam name="T">The service type.</typeparam>
    /// <returns>The service.</returns>
    /// <exception cref="InvalidOperationException">The service is not registered.</exception>
    public T GetRequiredService<T>() where T : notnull =>
        Services.GetService(typeof(T)) is T service
            ? service
            : throw new InvalidOperationException($"No service for type '{typeof(T)}' has been registered.");

    /// <summary>A feature the host provides (the Pages host provides <c>HttpContext</c>), or <see langword="null"/>.</summary>
    /// <typeparam name="T">The feature type.</typeparam>
    /// <returns>The feature.</returns>
    public T? Get<T>() where T : class => _features.TryGetValue(typeof(T), out object? value) ? (T)value : null;
}
