using System.Diagnostics;
using Npgsql;
using UseServer.EndToEnd.Tests.Hosting;

namespace UseServer.EndToEnd.Tests.ScaleOut;

/// <summary>
/// A throwaway PostgreSQL server for one test class: Debian's binaries (<c>/usr/lib/postgresql/*/bin</c>, the newest;
/// <c>POSTGRES_BIN</c> names another folder), <c>initdb</c> into a new temp folder, <c>postgres</c> on a free port of
/// 127.0.0.1 with trust authentication for loopback only, stopped and deleted on dispose. PostgreSQL refuses to run as
/// root, so as root (CI) the cluster belongs to the <c>postgres</c> user that Debian's package creates and the commands
/// run through <c>runuser</c>. Without PostgreSQL this fails, naming the package (.ci/run installs it): these tests
/// are never skipped silently.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private const string Superuser = "postgres";
    private readonly TempDirectory _root;
    private AppProcess? _server;

    private PostgresServer(TempDirectory root, int port)
    {
        _root = root;
        Port = port;
    }

    public int Port { get; }

    /// <summary>What the server printed (for failure messages).</summary>
    public string Log => _server?.Log ?? "";

    /// <summary>Starts a new cluster and waits until it accepts connections.</summary>
    public static async Task<PostgresServer> StartAsync(CancellationToken cancellationToken)
    {
        string bin = BinDirectory();
        var root = new TempDirectory("notes-pg-");
        var server = new PostgresServer(root, Processes.FreePort());
        string data = Path.Combine(root.Path, "data");
        if (IsRoot())
        {
            // The postgres user must own the cluster and reach it through the temp folder.
            await Processes.RunAsync("chmod", ["755", root.Path], root.Path, cancellationToken);
            await Processes.RunAsync("chown", [Superuser + ":", root.Path], root.Path, cancellationToken);
        }

        await Processes.RunAsync(
            AsServerUser(Path.Combine(bin, "initdb"), out var prefix),
            [.. prefix, "-D", data, "-U", Superuser, "--auth=trust", "--encoding=UTF8", "--no-sync"],
            root.Path,
            cancellationToken);

        var start = new ProcessStartInfo(AsServerUser(Path.Combine(bin, "postgres"), out prefix)) { WorkingDirectory = root.Path };
        foreach (string arg in (string[])[.. prefix, "-D", data, "-h", "127.0.0.1", "-p", server.Port.ToString(), "-k", root.Path,
            "-c", "fsync=on", "-c", "max_connections=200", "-c", "shared_buffers=32MB"])
        {
            start.ArgumentList.Add(arg);
        }

        server._server = AppProcess.Start("postgres", start);
        await server.WaitUntilReadyAsync(cancellationToken);
        return server;
    }

    /// <summary>A connection string to <paramref name="database"/> on this server.</summary>
    public string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = Port, Username = Superuser, Database = database, Pooling = false }.ConnectionString;

    /// <summary>Creates an empty database with a new name and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(CancellationToken cancellationToken)
    {
        string name = "notes_" + Guid.NewGuid().ToString("N")[..12];
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
        return ConnectionString(name);
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync(); // SIGKILL: the cluster is thrown away with its folder
            _server = null;
        }

        _root.Dispose();
    }

    private async Task WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        using var ready = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        ready.CancelAfter(TimeSpan.FromSeconds(60));
        while (true)
        {
            try
            {
                await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
                await connection.OpenAsync(ready.Token);
                return;
            }
            catch (NpgsqlException) when (!ready.IsCancellationRequested)
            {
                await Task.Delay(100, ready.Token);
            }
            catch (OperationCanceledException)
            {
                throw new InvalidOperationException("PostgreSQL did not accept connections within 60 s.\n" + Log);
            }
        }
    }

    /// <summary>The server's binaries: POSTGRES_BIN, or the newest of Debian's versions.</summary>
    private static string BinDirectory()
    {
        if (Environment.GetEnvironmentVariable("POSTGRES_BIN") is { Length: > 0 } configured)
        {
            return configured;
        }

        string? newest = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Where(dir => File.Exists(Path.Combine(dir, "bin", "postgres")))
                .OrderByDescending(dir => int.TryParse(Path.GetFileName(dir), out int version) ? version : 0)
                .FirstOrDefault()
            : null;
        return newest is not null
            ? Path.Combine(newest, "bin")
            : throw new InvalidOperationException(
                "PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/postgres): apt-get install -y postgresql, as .ci/run does, "
                + "or set POSTGRES_BIN to a folder holding initdb and postgres.");
    }

    private static bool IsRoot() => Environment.UserName == "root";

    /// <summary>The command to run <paramref name="program"/> as the cluster's owner: itself, or runuser when we are root.</summary>
    private static string AsServerUser(string program, out string[] prefix)
    {
        if (!IsRoot())
        {
            prefix = [];
            return program;
        }

        prefix = ["-u", Superuser, "--", program];
        return "runuser";
    }
}
