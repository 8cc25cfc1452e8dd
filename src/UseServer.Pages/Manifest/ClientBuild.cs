namespace UseServer.Pages.Manifest;

/// <summary>
/// The client build the server renders with: the manifest (and the resolver reading it). In Development it follows
/// the build as it changes (<c>vite build --watch</c>): when the manifest file is newer than the one loaded (checked
/// at most twice a second), it is read again; the server bundle follows the same way (<c>V8BundleCache</c>).
/// </summary>
internal sealed class ClientBuild(string manifestPath, bool watch)
{
    private static readonly TimeSpan s_checkInterval = TimeSpan.FromMilliseconds(500);

    private readonly Lock _lock = new();
    private Loaded? _current; // a reference: readers outside the lock see a whole snapshot or none
    private DateTime _checkedAt;

    /// <summary>The resolver over the current manifest.</summary>
    public ManifestClientComponentResolver Resolver
    {
        get
        {
            if (_current is { } current && (!watch || DateTime.UtcNow - _checkedAt < s_checkInterval))
            {
                return current.Resolver;
            }

            lock (_lock)
            {
                _checkedAt = DateTime.UtcNow;
                DateTime stamp = File.Exists(manifestPath) ? File.GetLastWriteTimeUtc(manifestPath) : default;
                if (_current is not { } loaded || loaded.Stamp != stamp)
                {
                    _current = new Loaded(stamp, new ManifestClientComponentResolver(ClientManifest.Load(manifestPath)));
                }

                return _current.Resolver;
            }
        }
    }

    private sealed record Loaded(DateTime Stamp, ManifestClientComponentResolver Resolver);
}
