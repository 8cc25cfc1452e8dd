using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using UseServer.EndToEnd.Tests.Hosting;
using static Microsoft.Playwright.Assertions;

namespace UseServer.EndToEnd.Tests;

/// <summary>
/// The development loop: <c>dotnet run --project samples/Notes</c> (its launch profile: Development) starts the Vite
/// dev server with the app; the page's scripts come from it. Editing a client component's TSX hot-reloads it with
/// React Fast Refresh: the new text shows, the component's state is kept, and the document is not reloaded. The
/// server's bundle follows too: a new document request renders the edited text.
/// </summary>
/// <remarks>
/// The test edits <c>samples/Notes/ClientApp/src/components/QuickAdd.tsx</c> in place (the Vite config, the npm
/// client's source and the generated stubs are found relative to it, so a copy elsewhere would not build) and always
/// writes the original back; a run killed half-way is repaired by the next one. Its collection runs alone, so no
/// other test builds the sample meanwhile.
/// </remarks>
[Collection(DevServerCollection.Name)]
public sealed class DevServerTests : IAsyncLifetime
{
    private const string OriginalLabel = ">Add</button>";
    private const string EditedLabel = ">Add (hot reloaded)</button>";
    private const string OriginalTagline = "React 19 server components and server functions, in C# on ASP.NET Core";
    private const string EditedTagline = "Server components hot reloaded by dotnet watch";

    private static readonly Regex DevToolsNotice = new("React DevTools", RegexOptions.IgnoreCase);

    private readonly string _workDir = Path.Combine(Path.GetTempPath(), "notes-devserver-" + Guid.NewGuid().ToString("N"));
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_workDir);
        Assertions.SetDefaultExpectTimeout(30_000);
        _playwright = await Playwright.CreateAsync();
        _browser = await Chromium.LaunchAsync(_playwright);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        try
        {
            Directory.Delete(_workDir, recursive: true);
        }
        catch (IOException)
        {
            // The OS cleans the temp folder.
        }
    }

    [Fact]
    public async Task Editing_a_client_component_hot_reloads_it_in_place_and_keeps_its_state()
    {
        string component = Path.Combine(Processes.RepositoryRoot(), "samples", "Notes", "ClientApp", "src", "components", "QuickAdd.tsx");
        string original = File.ReadAllText(component).Replace(EditedLabel, OriginalLabel, StringComparison.Ordinal); // repairs a killed run
        Assert.Contains(OriginalLabel, original, StringComparison.Ordinal);
        File.WriteAllText(component, original);

        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(8));
        await using DevApp app = await DevApp.StartAsync(Path.Combine(_workDir, "notes.db"), timeout.Token);
        await using IBrowserContext context = await _browser!.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseUrl.ToString() });
        IPage page = await context.NewPageAsync();
        var console = new List<string>();
        page.Console += (_, m) => { lock (console) { console.Add(m.Type + ": " + m.Text); } };
        page.PageError += (_, e) => { lock (console) { console.Add("page error: " + e); } };

        try
        {
            await page.GotoAsync("/");
            await Expect(page.Locator("body[data-hydrated='true']")).ToHaveCountAsync(1);
            // The scripts are the dev server's: Vite's client (HMR) is on the page.
            Assert.Contains(await page.EvaluateAsync<string[]>("() => performance.getEntriesByType('resource').map(e => e.name)"), n => n.EndsWith("/@vite/client", StringComparison.Ordinal));

            // Client state: QuickAdd's result (useState, set after its server function answered), and a typed draft.
            await page.GetByTestId("quick-add-form").Locator("input[name='title']").FillAsync("Before the edit");
            await page.GetByTestId("quick-add-submit").ClickAsync();
            await Expect(page.GetByTestId("quick-add-result")).ToHaveTextAsync("Added: Before the edit");
            await page.GetByTestId("quick-add-form").Locator("input[name='title']").FillAsync("draft");
            await page.EvaluateAsync("() => { window.__devMarker = 'same document'; }");
            var loads = 0;
            page.Load += (_, _) => Interlocked.Increment(ref loads);

            File.WriteAllText(component, original.Replace(OriginalLabel, EditedLabel, StringComparison.Ordinal));

            await Expect(page.GetByTestId("quick-add-submit")).ToHaveTextAsync("Add (hot reloaded)");
            await Expect(page.GetByTestId("quick-add-result")).ToHaveTextAsync("Added: Before the edit");
            await Expect(page.GetByTestId("quick-add-form").Locator("input[name='title']")).ToHaveValueAsync("draft");
            Assert.Equal("same document", await page.EvaluateAsync<string?>("() => window.__devMarker ?? null"));
            Assert.Equal(0, loads);

            // The server's bundle was rebuilt too: a new document renders the edit on the server, and hydrates cleanly.
            await app.WaitForHtmlAsync("Add (hot reloaded)", timeout.Token);
            IPage second = await context.NewPageAsync();
            second.Console += (_, m) => { lock (console) { console.Add(m.Type + ": " + m.Text); } };
            await second.GotoAsync("/");
            await Expect(second.Locator("body[data-hydrated='true']")).ToHaveCountAsync(1);
            await Expect(second.GetByTestId("quick-add-submit")).ToHaveTextAsync("Add (hot reloaded)");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            lock (console)
            {
                throw new InvalidOperationException($"{e.Message}\nConsole:\n{string.Join('\n', console)}\nApp:\n{app.Log}", e);
            }
        }
        finally
        {
            File.WriteAllText(component, original);
        }

        lock (console)
        {
            Assert.DoesNotContain(console, m => !DevToolsNotice.IsMatch(m) &&
                (m.StartsWith("error", StringComparison.Ordinal) || m.StartsWith("warning", StringComparison.Ordinal) || m.StartsWith("page error", StringComparison.Ordinal)));
        }
    }

    [Fact]
    public async Task Editing_a_server_component_under_dotnet_watch_refreshes_the_page_in_place()
    {
        string component = Path.Combine(Processes.RepositoryRoot(), "samples", "Notes", "Components", "HomePage.cs");
        string original = File.ReadAllText(component).Replace(EditedTagline, OriginalTagline, StringComparison.Ordinal); // repairs a killed run
        Assert.Contains(OriginalTagline, original, StringComparison.Ordinal);
        File.WriteAllText(component, original);

        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(8));
        await using DevApp app = await DevApp.StartAsync(Path.Combine(_workDir, "notes-watch.db"), timeout.Token, watch: true);
        await using IBrowserContext context = await _browser!.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseUrl.ToString() });
        IPage page = await context.NewPageAsync();
        var console = new List<string>();
        page.Console += (_, m) => { lock (console) { console.Add(m.Type + ": " + m.Text); } };
        page.PageError += (_, e) => { lock (console) { console.Add("page error: " + e); } };

        try
        {
            await page.GotoAsync("/");
            await Expect(page.Locator("body[data-hydrated='true']")).ToHaveCountAsync(1);
            await page.GetByTestId("quick-add-form").Locator("input[name='title']").FillAsync("Before the C# edit");
            await page.GetByTestId("quick-add-submit").ClickAsync();
            await Expect(page.GetByTestId("quick-add-result")).ToHaveTextAsync("Added: Before the C# edit");
            await page.EvaluateAsync("() => { window.__devMarker = 'same document'; }");

            // A method body edit: Hot Reload applies it to the running app, whose development events refresh the page.
            File.WriteAllText(component, original.Replace(OriginalTagline, EditedTagline, StringComparison.Ordinal));

            await Expect(page.GetByText(EditedTagline)).ToBeVisibleAsync(new() { Timeout = 120_000 });
            await Expect(page.GetByTestId("quick-add-result")).ToHaveTextAsync("Added: Before the C# edit");
            Assert.Equal("same document", await page.EvaluateAsync<string?>("() => window.__devMarker ?? null"));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            lock (console)
            {
                throw new InvalidOperationException($"{e.Message}\nConsole:\n{string.Join('\n', console)}\nApp:\n{app.Log}", e);
            }
        }
        finally
        {
            File.WriteAllText(component, original);
        }

        lock (console)
        {
            Assert.DoesNotContain(console, m => !DevToolsNotice.IsMatch(m) &&
                (m.StartsWith("error", StringComparison.Ordinal) || m.StartsWith("warning", StringComparison.Ordinal) || m.StartsWith("page error", StringComparison.Ordinal)));
        }
    }

    /// <summary><c>dotnet run --project samples/Notes</c>, with its launch profile (Development), on a free loopback port.</summary>
    private sealed class DevApp : IAsyncDisposable
    {
        private readonly AppProcess _process;

        private DevApp(AppProcess process, Uri baseUrl)
        {
            _process = process;
            BaseUrl = baseUrl;
        }

        public Uri BaseUrl { get; }

        public string Log => _process.Log;

        /// <summary>Starts the sample with <c>dotnet run</c>, or with <c>dotnet watch</c> (Hot Reload) when <paramref name="watch"/>.</summary>
        public static async Task<DevApp> StartAsync(string databaseFile, CancellationToken cancellationToken, bool watch = false)
        {
            var baseUrl = new Uri($"http://127.0.0.1:{Processes.FreePort()}");
            string root = Processes.RepositoryRoot();
            var start = new ProcessStartInfo("dotnet") { WorkingDirectory = root };
            string project = Path.Combine(root, "samples", "Notes", "Notes.csproj");
            string[] command = watch ? ["watch", "--project", project, "--non-interactive"] : ["run", "--project", project, "-c", "Debug"];
            foreach (string arg in (string[])[.. command, "--", "--urls", baseUrl.ToString().TrimEnd('/')])
            {
                start.ArgumentList.Add(arg);
            }

            start.Environment["ConnectionStrings__Notes"] = $"Data Source={databaseFile}";
            start.Environment["DOTNET_WATCH_SUPPRESS_LAUNCH_BROWSER"] = "1";
            var app = new DevApp(AppProcess.Start("Notes", start), baseUrl);
            await app.WaitForHtmlAsync("data-testid=\"quick-add-form\"", cancellationToken);
            Assert.Contains("The client dev server is ready", app.Log, StringComparison.Ordinal);
            return app;
        }

        /// <summary>Polls <c>GET /</c> until the server-rendered HTML contains <paramref name="text"/>.</summary>
        public Task WaitForHtmlAsync(string text, CancellationToken cancellationToken) => _process.WaitForPageAsync(BaseUrl, cancellationToken, text);

        public ValueTask DisposeAsync() => _process.DisposeAsync(); // dotnet run → Notes → npm → vite
    }
}

/// <summary>Runs alone: the test edits the sample's source, which other tests build.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class DevServerCollection
{
    public const string Name = "Dev server";
}
