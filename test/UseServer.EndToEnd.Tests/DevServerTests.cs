using System.Diagnostics;
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

    private readonly TempDirectory _workDir = new("notes-devserver-");
    private HeadlessChromium? _chromium;

    public async Task InitializeAsync() => _chromium = await HeadlessChromium.LaunchAsync(expectTimeout: 30_000);

    public async Task DisposeAsync()
    {
        if (_chromium is not null)
        {
            await _chromium.DisposeAsync();
        }

        _workDir.Dispose();
    }

    [Fact]
    public async Task Editing_a_client_component_hot_reloads_it_in_place_and_keeps_its_state()
    {
        string component = Path.Combine(Processes.RepositoryRoot(), "samples", "Notes", "ClientApp", "src", "components", "QuickAdd.tsx");
        string original = Restore(component, EditedLabel, OriginalLabel);

        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(8));
        await using DevApp app = await DevApp.StartAsync(Path.Combine(_workDir.Path, "notes.db"), timeout.Token);
        await using IBrowserContext context = await _chromium!.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseUrl.ToString() });
        IPage page = await context.NewPageAsync();
        var console = new BrowserConsole();
        console.Watch(page);

        await CheckEditAsync(component, original, console, app, async () =>
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
            console.Watch(second);
            await second.GotoAsync("/");
            await Expect(second.Locator("body[data-hydrated='true']")).ToHaveCountAsync(1);
            await Expect(second.GetByTestId("quick-add-submit")).ToHaveTextAsync("Add (hot reloaded)");
        });
    }

    [Fact]
    public async Task Editing_a_server_component_under_dotnet_watch_refreshes_the_page_in_place()
    {
        string component = Path.Combine(Processes.RepositoryRoot(), "samples", "Notes", "Components", "NotesLayout.cs");
        string original = Restore(component, EditedTagline, OriginalTagline);

        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(8));
        await using DevApp app = await DevApp.StartAsync(Path.Combine(_workDir.Path, "notes-watch.db"), timeout.Token, watch: true);
        await using IBrowserContext context = await _chromium!.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseUrl.ToString() });
        IPage page = await context.NewPageAsync();
        var console = new BrowserConsole();
        console.Watch(page);

        await CheckEditAsync(component, original, console, app, async () =>
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
        });
    }

    /// <summary>The file as it is in the repository: an edit a killed run left behind is undone first.</summary>
    private static string Restore(string file, string edited, string original)
    {
        string source = File.ReadAllText(file).Replace(edited, original, StringComparison.Ordinal);
        Assert.Contains(original, source, StringComparison.Ordinal);
        File.WriteAllText(file, source);
        return source;
    }

    /// <summary>
    /// Runs the steps that edit <paramref name="file"/> and check the page, then writes the file back whatever happened;
    /// a failure carries the browser's console and the app's log; the page logged no errors or warnings.
    /// </summary>
    private static async Task CheckEditAsync(string file, string original, BrowserConsole console, DevApp app, Func<Task> steps)
    {
        try
        {
            await steps();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new InvalidOperationException($"{e.Message}\nConsole:\n{console.Text}\nApp:\n{app.Log}", e);
        }
        finally
        {
            File.WriteAllText(file, original);
        }

        Assert.Empty(console.Problems);
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
