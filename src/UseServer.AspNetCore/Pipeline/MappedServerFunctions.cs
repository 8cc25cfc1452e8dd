namespace UseServer.AspNetCore.Pipeline;

/// <summary>
/// The one catalog of the application (a singleton): <c>MapServerFunctions</c> publishes it, and services that make
/// references to functions (<see cref="IServerFunctionReferences"/>) read it.
/// </summary>
internal sealed class MappedServerFunctions
{
    private ServerFunctionCatalog? _catalog;

    /// <summary>The mapped functions.</summary>
    /// <exception cref="InvalidOperationException"><c>MapServerFunctions</c> has not run yet.</exception>
    public ServerFunctionCatalog Catalog => Volatile.Read(ref _catalog) ?? throw new InvalidOperationException(
        "No server functions are mapped yet: call app.MapServerFunctions() before making references to them (IServerFunctionReferences).");

    /// <exception cref="InvalidOperationException">The functions were already mapped.</exception>
    public void Publish(ServerFunctionCatalog catalog)
    {
        if (Interlocked.CompareExchange(ref _catalog, catalog, null) is not null)
        {
            throw new InvalidOperationException("MapServerFunctions() maps every server function; call it once.");
        }
    }
}
