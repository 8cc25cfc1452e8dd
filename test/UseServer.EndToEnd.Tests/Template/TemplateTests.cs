using System.IO.Compression;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using UseServer.EndToEnd.Tests.Hosting;
using static Microsoft.Playwright.Assertions;

namespace UseServer.EndToEnd.Tests.Template;

/// <summary>
/// <c>dotnet new useserver</c> from the packed artifacts only (<see cref="TemplateApp"/>), built and run, driven in
/// Chromium: an imported server function called in a transition, a server function as a form's action, and
/// <c>useActionState</c> with JavaScript off (the form posts as HTML and the server renders the page with the result).
/// </summary>
[Collection(TemplateCollection.Name)]
public sealed class TemplateTests(TemplateFixture fixture)
{
    [Fact]
    public void The_app_references_only_the_packed_packages()
    {
        string project = File.ReadAllText(Path.Combine(fixture.App.AppDir, "MyApp.csproj"));
        Assert.Contains($"Include=\"UseServer\" Version=\"{fixture.App.Version}\"", project, StringComparison.Ordinal);
        Assert.Contains($"Include=\"UseServer.Pages\" Version=\"{fixture.App.Version}\"", project, StringComparison.Ordinal);
        Assert.DoesNotContain("ProjectReference", project, StringComparison.Ordinal);
        string lockFile = File.ReadAllText(Path.Combine(fixture.App.AppDir, "ClientApp", "package-lock.json"));
        Assert.Contains($"useserver-client-{fixture.App.Version}.tgz", lockFile, StringComparison.Ordinal);

        // The build wrote the stubs from the package's generator and targets, and the client build ran.
        string stubs = File.ReadAllText(Path.Combine(fixture.App.AppDir, "ClientApp", "src", "server-functions", "index.ts"));
        Assert.Contains("export const toggleTodo", stubs, StringComparison.Ordinal);
        string manifest = File.ReadAllText(Path.Combine(fixture.App.AppDir, "useserver", "client-manifest.json"));
        foreach (string component in new[] { "AddTodoForm", "ToggleButton", "ClearCompleted" })
        {
            // The npm package's browser entry keeps its side effects (package.json "sideEffects"): the manifest lists
            // every "use client" export of the app.
            Assert.Contains($"\"src/components/{component}.tsx#{component}\"", manifest, StringComparison.Ordinal);
        }

        Assert.True(File.Exists(Path.Combine(fixture.App.AppDir, "useserver", "ssr.js")));
    }

    [Fact]
    public void The_packages_carry_what_apps_need_and_no_runtime_specific_engine()
    {
        string Nuspec(string id)
        {
            using var package = ZipFile.OpenRead(Path.Combine(fixture.App.PackagesDir, $"{id}.{fixture.App.Version}.nupkg"));
            using var reader = new StreamReader(package.GetEntry(id + ".nuspec")!.Open());
            return reader.ReadToEnd();
        }

        IReadOnlyList<string> Files(string id)
        {
            using var package = ZipFile.OpenRead(Path.Combine(fixture.App.PackagesDir, $"{id}.{fixture.App.Version}.nupkg"));
            return [.. package.Entries.Select(e => e.FullName)];
        }

        Assert.Contains("analyzers/dotnet/cs/UseServer.Generator.dll", Files("UseServer"));
        Assert.Contains("buildTransitive/UseServer.ClientApp.targets", Files("UseServer"));
        Assert.Contains("buildTransitive/UseServer.Pages.targets", Files("UseServer.Pages"));
        string pages = Nuspec("UseServer.Pages");
        Assert.Contains("<dependency id=\"Microsoft.ClearScript.V8\"", pages, StringComparison.Ordinal);
        Assert.DoesNotContain("<dependency id=\"Microsoft.ClearScript.V8.Native", pages, StringComparison.Ordinal);
        // An app that references UseServer.Pages alone still gets the generator and the build targets.
        Assert.Matches($"<dependency id=\"UseServer\" version=\"{Regex.Escape(fixture.App.Version)}\" include=\"All\"", pages);
        foreach (string id in new[] { "UseServer", "UseServer.Flight", "UseServer.Components", "UseServer.Pages", "UseServer.Templates" })
        {
            Assert.Contains($"<version>{fixture.App.Version}</version>", Nuspec(id), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_transition_a_form_action_and_useActionState_work_in_the_browser()
    {
        await using IBrowserContext context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = fixture.App.BaseUrl.ToString() });
        IPage page = await context.NewPageAsync();
        var console = new BrowserConsole();
        console.Watch(page);

        await page.GotoAsync("/");
        await Expect(page.Locator("body[data-hydrated='true']")).ToHaveCountAsync(1);

        // useActionState: the server validates, then adds.
        ILocator form = page.GetByTestId("add-todo-form");
        await page.GetByTestId("add-todo-submit").ClickAsync();
        await Expect(page.GetByTestId("add-todo-result")).ToHaveTextAsync("The title is required.");
        string title = "Browser task " + Guid.NewGuid().ToString("N")[..6];
        await form.Locator("input[name='title']").FillAsync(title);
        await page.GetByTestId("add-todo-submit").ClickAsync();
        await Expect(page.GetByTestId("add-todo-result")).ToHaveTextAsync("Added: " + title);
        ILocator item = page.GetByTestId("todo-item").Filter(new() { HasText = title });
        await Expect(item).ToHaveCountAsync(1);
        int openBefore = int.Parse(await page.GetByTestId("todo-count").TextContentAsync() ?? "", System.Globalization.CultureInfo.InvariantCulture);

        // A transition: the pending marker shows while the call is held, and the refreshed tree marks the task done.
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await page.RouteAsync(new Regex("/_serverfn/MyApp\\.Functions\\.TodoFunctions\\.ToggleTodo"), async route =>
        {
            await release.Task.WaitAsync(TimeSpan.FromMinutes(1));
            await route.ContinueAsync();
        });
        await item.GetByTestId("todo-toggle").ClickAsync();
        await Expect(item.GetByTestId("todo-toggle-pending")).ToBeVisibleAsync();
        release.SetResult();
        await Expect(item.GetByTestId("todo-toggle")).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(item.GetByTestId("todo-toggle-pending")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("todo-count")).ToHaveTextAsync((openBefore - 1).ToString(System.Globalization.CultureInfo.InvariantCulture));

        // A form action: clearing the done tasks removes this one.
        await page.GetByTestId("clear-completed").ClickAsync();
        await Expect(item).ToHaveCountAsync(0);

        Assert.Empty(console.Problems);
    }

    [Fact]
    public async Task UseActionState_works_with_JavaScript_off()
    {
        await using IBrowserContext context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = fixture.App.BaseUrl.ToString(),
            JavaScriptEnabled = false,
        });
        IPage page = await context.NewPageAsync();
        await page.GotoAsync("/");

        string title = "No-JS task " + Guid.NewGuid().ToString("N")[..6];
        await page.GetByTestId("add-todo-form").Locator("input[name='title']").FillAsync(title);
        var post = page.WaitForResponseAsync(r => r.Request.Method == "POST");
        await page.GetByTestId("add-todo-submit").ClickAsync();
        Assert.Equal(200, (await post).Status);
        await Expect(page.GetByTestId("add-todo-result")).ToHaveTextAsync("Added: " + title);
        await Expect(page.GetByTestId("todo-item").Filter(new() { HasText = title })).ToHaveCountAsync(1);

        await page.GetByTestId("add-todo-form").Locator("input[name='title']").FillAsync("");
        await page.GetByTestId("add-todo-submit").ClickAsync();
        await Expect(page.GetByTestId("add-todo-result")).ToHaveTextAsync("The title is required.");
    }
}

/// <summary>One app made from the template, running, and one headless Chromium for <see cref="TemplateTests"/>.</summary>
public sealed class TemplateFixture : IAsyncLifetime
{
    private readonly TempDirectory _workDir = new("useserver-template-");
    private HeadlessChromium? _chromium;
    private TemplateApp? _app;

    public TemplateApp App => _app ?? throw new InvalidOperationException("Not started.");

    public IBrowser Browser => _chromium?.Browser ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(15));
        _app = await TemplateApp.CreateAsync(_workDir.Path, timeout.Token);
        await _app.StartAsync(timeout.Token);
        _chromium = await HeadlessChromium.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        if (_chromium is not null)
        {
            await _chromium.DisposeAsync();
        }

        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        _workDir.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class TemplateCollection : ICollectionFixture<TemplateFixture>
{
    public const string Name = "App made by dotnet new useserver";
}
