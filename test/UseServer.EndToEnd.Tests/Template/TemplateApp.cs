using System.Diagnostics;
using System.Text.RegularExpressions;
using UseServer.EndToEnd.Tests.Hosting;

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
    private AppProcess? _process;

    private TemplateApp(string workDir, string appDir, string version)
    {
        WorkDir = workDir;
        PackagesDir = Path.Combine(workDir, "packages");
        AppDir = appDir;
        Version = version;
        BaseUrl = new Uri($"http://127.0.0.1:{Processes.FreePort()}");
    }

    public string WorkDir { get; }

    /// <summary>Where eng/pack.sh wrote the packages.</summary>
    public string PackagesDir { get; }

    /// <summary>The created app's folder (<c>MyApp</c>).</summary>
    public string AppDir { get; }

    /// <summary>The folder of the apps made from the packages (its nuget.config names the packed folder as a feed).</summary>
    public string AppsDir => Path.GetDirectoryName(AppDir)!;

    /// <summary>The version every package was packed with.</summary>
    public string Version { get; }

    /// <summary>Where the app runs in Production (<see cref="StartAsync"/>).</summary>
    public Uri BaseUrl { get; }

    public static async Task<TemplateApp> CreateAsync(string workDir, CancellationToken cancellationToken)
    {
        string root = Processes.RepositoryRoot();
        string prefix = VersionPrefix().Match(await File.ReadAllTextAsync(Path.Combine(root, "src", "Directory.Build.props"), cancellationToken)).Groups[1].Value;
        string version = $"{prefix}-e2e.{DateTime.UtcNow:yyyyMMddHHmmss}.{Environment.ProcessId}";
        var app = new TemplateApp(workDir, Path.Combine(workDir, "apps", "MyApp"), version);
        string packages = app.PackagesDir;
        string apps = app.AppsDir;
        Directory.CreateDirectory(apps);

        await Processes.RunAsync("bash", [Path.Combine(root, "eng", "pack.sh"), "--version", version, "--output", packages], root, cancellationToken);
        await Processes.RunAsync("dotnet", ["new", "install", Path.Combine(packages, $"UseServer.Templates.{version}.nupkg"), "--debug:custom-hive", HiveDir(workDir)], apps, cancellationToken);

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

        await app.NewAppAsync("MyApp", cancellationToken);
        await Processes.RunAsync("dotnet", ["build", "-c", "Release", "-nologo", "-v:q"], app.AppDir, cancellationToken);
        return app;
    }

    /// <summary><c>dotnet new useserver -o <paramref name="name"/></c> beside the first app (same template, feeds and npm tarball); its folder.</summary>
    public async Task<string> NewAppAsync(string name, CancellationToken cancellationToken)
    {
        string dir = Path.Combine(AppsDir, name);
        string tarball = Path.Combine(PackagesDir, $"useserver-client-{Version}.tgz");
        await Processes.RunAsync(
            "dotnet",
            ["new", "useserver", "-o", dir, "--debug:custom-hive", HiveDir(WorkDir), "--client-package", "file:" + tarball, "--no-restore"],
            AppsDir,
            cancellationToken);
        return dir;
    }

    /// <summary><c>dotnet run</c> in the app's folder (the build above, Production, its own SQLite file), until it answers <c>GET /</c>.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _process = Run(AppDir, ["run", "-c", "Release", "--no-build", "--no-launch-profile", "--", "--urls", BaseUrl.ToString().TrimEnd('/')], "Production", "app.db");
        await _process.WaitForPageAsync(BaseUrl, cancellationToken);
    }

    /// <summary>
    /// <c>dotnet run</c> as a developer types it: the launch profile (Development, so the app starts the client's Vite
    /// dev server), a Debug build, on <paramref name="url"/> and a database of its own, in <paramref name="appDir"/> (an app
    /// of its own, <see cref="NewAppAsync"/>: its Debug build rewrites the client's files). The caller disposes it.
    /// </summary>
    public AppProcess StartDevelopment(string appDir, Uri url) =>
        Run(appDir, ["run", "--", "--urls", url.ToString().TrimEnd('/')], environment: null, "app-dev.db");

    private AppProcess Run(string appDir, string[] args, string? environment, string database)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = appDir };
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        if (environment is not null)
        {
            start.Environment["ASPNETCORE_ENVIRONMENT"] = environment;
        }

        start.Environment["ConnectionStrings__App"] = "Data Source=" + Path.Combine(WorkDir, database);
        return AppProcess.Start("The app made by dotnet new useserver", start);
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is { } process)
        {
            _process = null;
            await process.DisposeAsync();
        }
    }

    /// <summary>The private template hive the template package is installed into (the user's templates stay untouched).</summary>
    private static string HiveDir(string workDir) => Path.Combine(workDir, "template-hive");

    [GeneratedRegex("<VersionPrefix>([^<]+)</VersionPrefix>")]
    private static partial Regex VersionPrefix();
}
