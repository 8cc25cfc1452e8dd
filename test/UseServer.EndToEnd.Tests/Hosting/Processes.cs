using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace UseServer.EndToEnd.Tests.Hosting;

/// <summary>Commands run to their end, free loopback ports, and the repository's root.</summary>
public static class Processes
{
    /// <summary>Runs a command to its end and fails with everything it printed when it exits non-zero.</summary>
    public static async Task RunAsync(string fileName, IReadOnlyList<string> args, string workingDirectory, CancellationToken cancellationToken)
    {
        (int exitCode, string output) = await RunCaptureAsync(fileName, args, workingDirectory, cancellationToken);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"{fileName} {string.Join(' ', args)} failed ({exitCode}):\n{output}");
        }
    }

    /// <summary>Runs a command to its end: its exit code and everything it printed.</summary>
    public static async Task<(int ExitCode, string Output)> RunCaptureAsync(
        string fileName, IReadOnlyList<string> args, string workingDirectory, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start) ?? throw new InvalidOperationException(fileName + " did not start.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return (process.ExitCode, await output + "\n" + await error);
    }

    /// <summary>A loopback port nothing listens on right now.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The folder of UseServer.slnx above the test binaries.</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "UseServer.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("UseServer.slnx not found above " + AppContext.BaseDirectory);
    }
}
