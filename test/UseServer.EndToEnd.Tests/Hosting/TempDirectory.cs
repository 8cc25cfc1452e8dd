namespace UseServer.EndToEnd.Tests.Hosting;

/// <summary>A new folder under the system's temp folder, deleted on dispose (as far as a slow shutdown lets it).</summary>
public sealed class TempDirectory : IDisposable
{
    public TempDirectory(string prefix)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), prefix + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a slow shutdown: the OS cleans the temp folder.
        }
    }
}
