using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;

namespace UseServer.EndToEnd.Tests.Template;

/// <summary>
/// A new app made the way a new user makes one, from nothing but the packed artifacts: <c>bash eng/pack.sh</c> (every
/// NuGet package and the npm tarball, under a version no cache has seen), <c>dotnet new install</c> of the template
/// package into a private template hive, <c>dotnet new useserver</c> in an empty temp folder whose NuGet feeds are the
/// packed folder and the public registry, <c>dotnet build</c> (which installs and builds the client) and
/// <c>dotnet run</c>. Nothing of the repository is referenced by the app.
/// </summary>
public sealed partial class TemplateApp : IAsyncDisposable
{
    private readonly StringBuilder _log = new();
    private Process? _process;

    private TemplateApp(string workDir, string appDir, string version)
    {
        WorkDir = workDir;
        PackagesDir = Path.Combine(workDir, "packages");
        AppDir = appDir;
        Version = version;
        BaseUrl = new Uri($"http://127.0.0.1:{FreePort()}");
    }

    public string WorkDir { get; }

    /// <summary>Where eng/pack.sh wrote the packages.</summary>
    public string PackagesDir { get; }

    /// <summary>The created app's folder (<c>MyApp</c>).</summary>
    public string AppDir { get; }

    /// <summary>The version every package was packed with.</summary>
    public string Version { get; }

    public Uri BaseUrl { get; }

    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    public static async Task<TemplateApp> CreateAsync(string workDir, CancellationToken cancellationToken)
    {
        string root = RepositoryRoot();
        string prefix = VersionPrefix().Match(await File.ReadAllTextAsync(Path.Combine(root, "src", "Directory.Build.props"), cancellationToken)).Groups[1].Value;
        string version = $"{prefix}-e2e.{DateTime.UtcNow:yyyyMMddHHmmss}.{Environment.ProcessId}";
        string packages = Path.Combine(workDir, "packages");
        string hive = Path.Combine(workDir, "template-hive");
        string apps = Path.Combine(workDir, "apps");
        Directory.CreateDirectory(apps);

        await RunAsync("bash", [Path.Combine(root, "eng", "pack.sh"), "--version", version, "--output", packages], root, cancellationToken);
        await RunAsync("dotnet", ["new", "install", Path.Combine(packages, $"UseServer.Templates.{version}.nupkg"), "--debug:custom-hive", hive], apps, cancellationToken);

        // The feeds a user outside this repository has (the packed folder standing in for the public UseServer
        // packages); packages are restored into a folder of this test, falling back to the machine's cache read-only.
        string userCache = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        await File.WriteAllTextAsync(Path.Combine(apps, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config>
                <add key="globalPackagesFolder" value="{Path.Combine(workDir, "nuget-packages")}" />
              </config>
              <packageSources>
                <clear />
                <add key="packed" value="{packages}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
              <fallbackPackageFolders>
                <add key="machine" value="{userCache}" />
              </fallbackPackageFolders>
            </configuration>
            """, cancellationToken);

        string appDir = Path.Combine(apps, "MyApp");
        string tarball = Path.Combine(packages, $"useserver-client-{version}.tgz");
        await RunAsync("dotnet", ["new", "useserver", "-o", appDir, "--debug:custom-hive", hive, "--client-package", "file:" + tarball, "--no-restore"], apps, cancellationToken);
        await RunAsync("dotnet", ["build", "-c", "Release", "-nologo", "-v:q"], appDir, cancellationToken);
        return new TemplateApp(workDir, appDir, version);
    }

    /// <summary><c>dotnet run</c> in the app's folder (the build above, Production, its own SQLite file), until it answers <c>GET /</c>.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = AppDir, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string arg in new[] { "run", "-c", "Release", "--no-build", "--no-launch-profile", "--", "--urls", BaseUrl.ToString().TrimEnd('/') })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ConnectionStrings__App"] = "Data Source=" + Path.Combine(WorkDir, "app.db");
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet run did not start.");
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        for (var attempt = 0; attempt < 600; attempt++)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The app exited with code {process.ExitCode} before it was ready.\n{Log}");
            }

            try
            {
                using var response = await http.GetAsync(BaseUrl, cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100, cancellationToken);
        }

        throw new InvalidOperationException($"The app did not answer GET / in time.\n{Log}");
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is { } process)
        {
            _process = null;
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            await process.WaitForExitAsync();
            process.Dispose();
        }
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_log)
            {
                _log.AppendLine(line);
            }
        }
    }

    /// <summary>The folder of the apps made from the packages (its nuget.config names the packed folder as a feed).</summary>
    public string AppsDir => Path.GetDirectoryName(AppDir)!;

    private static async Task RunAsync(string fileName, string[] args, string workingDirectory, CancellationToken cancellationToken)
    {
        (int exitCode, string output) = await RunCaptureAsync(fileName, args, workingDirectory, cancellationToken);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"{fileName} {string.Join(' ', args)} failed ({exitCode}):\n{output}");
        }
    }

    /// <summary>Runs a command to its end: its exit code and everything it printed.</summary>
    internal static async Task<(int ExitCode, string Output)> RunCaptureAsync(string fileName, string[] args, string workingDirectory, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(fileName) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
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

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    internal static string RepositoryRoot()
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

    [GeneratedRegex("<VersionPrefix>([^<]+)</VersionPrefix>")]
    private static partial Regex VersionPrefix();
}
