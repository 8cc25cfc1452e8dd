using Microsoft.Playwright;
using UseServer.EndToEnd.Tests.Hosting;
using static Microsoft.Playwright.Assertions;

namespace UseServer.EndToEnd.Tests.Template;

/// <summary>
/// A new user's first minutes: <c>dotnet new useserver</c>, then <c>dotnet run</c> (the launch profile: Development).
/// The app starts the client's Vite dev server itself; editing a client component in the new app hot-reloads it with
/// React Fast Refresh: the new text shows, the component's state is kept, and the document is not reloaded.
/// </summary>
[Collection(TemplateCollection.Name)]
public sealed class TemplateDevelopmentTests(TemplateFixture fixture)
{
    private const string OriginalLabel = """{isPending ? "Adding…" : "Add"}""";
    private const string EditedLabel = """{isPending ? "Adding…" : "Add it"}""";

    [Fact]
    public async Task Dotnet_run_starts_the_dev_server_and_a_client_component_edit_hot_reloads_in_place()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(10));
        string appDir = await fixture.App.NewAppAsync("DevApp", timeout.Token);
        var url = new Uri($"http://127.0.0.1:{Processes.FreePort()}");
        await using AppProcess app = fixture.App.StartDevelopment(appDir, url);
        await app.WaitForPageAsync(url, timeout.Token, "data-testid=\"add-todo-form\"");
        Assert.Contains("The client dev server is ready", app.Log, StringComparison.Ordinal);

        await using IBrowserContext context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = url.ToString() });
        IPage page = await context.NewPageAsync();
        var console = new BrowserConsole();
        console.Watch(page);

        await page.GotoAsync("/");
        await Expect(page.Locator("body[data-hydrated='true']")).ToHaveCountAsync(1);
        Assert.Contains(await page.EvaluateAsync<string[]>("() => performance.getEntriesByType('resource').map(e => e.name)"), n => n.EndsWith("/@vite/client", StringComparison.Ordinal));

        // Client state: useActionState's result (set from the server function's answer) and a typed draft.
        ILocator input = page.GetByTestId("add-todo-form").Locator("input[name='title']");
        await input.FillAsync("Before the edit");
        await page.GetByTestId("add-todo-submit").ClickAsync();
        await Expect(page.GetByTestId("add-todo-result")).ToHaveTextAsync("Added: Before the edit");
        await input.FillAsync("draft");
        await page.EvaluateAsync("() => { window.__devMarker = 'same document'; }");
        var loads = 0;
        page.Load += (_, _) => Interlocked.Increment(ref loads);

        string component = Path.Combine(appDir, "ClientApp", "src", "components", "AddTodoForm.tsx");
        string source = await File.ReadAllTextAsync(component, timeout.Token);
        Assert.Contains(OriginalLabel, source, StringComparison.Ordinal);
        await File.WriteAllTextAsync(component, source.Replace(OriginalLabel, EditedLabel, StringComparison.Ordinal), timeout.Token);

        await Expect(page.GetByTestId("add-todo-submit")).ToHaveTextAsync("Add it");
        await Expect(page.GetByTestId("add-todo-result")).ToHaveTextAsync("Added: Before the edit");
        await Expect(input).ToHaveValueAsync("draft");
        Assert.Equal("same document", await page.EvaluateAsync<string?>("() => window.__devMarker ?? null"));
        Assert.Equal(0, loads);

        // The server renders the edit too (the dev server keeps its server bundle current).
        await app.WaitForPageAsync(url, timeout.Token, ">Add it</button>");
        Assert.True(console.Problems.Count == 0, console.Text + "\n" + app.Log);
    }
}
