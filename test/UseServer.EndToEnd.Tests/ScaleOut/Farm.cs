namespace UseServer.EndToEnd.Tests.ScaleOut;

/// <summary>Two instances of the published sample (build 1) on a new PostgreSQL database, behind one <see cref="ReverseProxy"/>.</summary>
public sealed class Farm : IAsyncDisposable
{
    private Farm(string database, NotesInstance[] instances, ReverseProxy proxy)
    {
        Database = database;
        Instances = instances;
        Proxy = proxy;
    }

    /// <summary>The connection string of the database both instances share.</summary>
    public string Database { get; }

    public IReadOnlyList<NotesInstance> Instances { get; }

    public ReverseProxy Proxy { get; }

    public static async Task<Farm> StartAsync(PostgresServer postgres, CancellationToken cancellationToken)
    {
        string publish = await PublishedNotes.GetAsync(1, cancellationToken);
        string database = await postgres.CreateDatabaseAsync(cancellationToken);
        // One after the other: the first creates the schema; the second finds it migrated.
        NotesInstance first = await NotesInstance.StartAsync("Notes 0", publish, database, cancellationToken);
        NotesInstance second = await NotesInstance.StartAsync("Notes 1", publish, database, cancellationToken);
        NotesInstance[] instances = [first, second];
        return new Farm(database, instances, await ReverseProxy.StartAsync(instances));
    }

    /// <summary>Restarts each instance in turn, on the same port (a rolling deploy).</summary>
    public async Task RestartAsync(CancellationToken cancellationToken)
    {
        foreach (NotesInstance instance in Instances)
        {
            await instance.DisposeAsync();
            await instance.StartAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Proxy.DisposeAsync();
        foreach (NotesInstance instance in Instances)
        {
            await instance.DisposeAsync();
        }
    }
}
