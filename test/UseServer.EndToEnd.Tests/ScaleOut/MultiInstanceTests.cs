using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace UseServer.EndToEnd.Tests.ScaleOut;

/// <summary>
/// Two instances of the published sample behind YARP on loopback, sharing PostgreSQL and the Data Protection key ring
/// in it (<c>DataProtection:Keys=Database</c>, one application name): what one instance seals, the other opens.
/// </summary>
[Collection(NotesCollection.Name)]
public sealed partial class MultiInstanceTests(NotesFixture notes, PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    [Fact]
    public async Task A_server_components_bound_function_rendered_by_one_instance_runs_on_the_other_in_the_browser()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(8));
        await using var farm = await Farm.StartAsync(postgres.Server, timeout.Token);
        await using IBrowserContext context = await notes.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = farm.Proxy.BaseUrl.ToString() });
        IPage page = await context.NewPageAsync();
        // The document from instance 0, every server function call to instance 1.
        await page.RouteAsync("**/*", route => route.ContinueAsync(new RouteContinueOptions
        {
            Headers = new Dictionary<string, string>(route.Request.Headers)
            {
                [ReverseProxy.RouteHeader] = route.Request.Url.Contains("/_serverfn/", StringComparison.Ordinal) ? "1" : "0",
            },
        }));
        IResponse document = (await page.GotoAsync("/"))!;
        Assert.Equal("0", await document.HeaderValueAsync(ReverseProxy.UpstreamHeader));
        await Expect(page.Locator("body[data-hydrated='true']")).ToHaveCountAsync(1);

        IResponse call = await page.RunAndWaitForResponseAsync(
            () => page.GetByTestId("empty-note-button").ClickAsync(),
            response => response.Url.Contains("/_serverfn/notes.createEmpty", StringComparison.Ordinal));

        Assert.Equal(200, call.Status);
        Assert.Equal("1", await call.HeaderValueAsync(ReverseProxy.UpstreamHeader));
        await Expect(page.GetByTestId("note-count")).ToHaveTextAsync("1");
    }

    [Fact]
    public async Task Bound_arguments_and_antiforgery_tokens_minted_by_one_instance_open_on_the_other()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(8));
        await using var farm = await Farm.StartAsync(postgres.Server, timeout.Token);
        var cookies = new CookieContainer();
        using var client = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = farm.Proxy.BaseUrl };

        FunctionCalls.Answer page = await FunctionCalls.GetAsync(client, "/", timeout.Token, route: 0);
        Assert.Equal("0", page.Upstream);
        string bound = FunctionCalls.BoundToken(page.Body);
        string antiforgery = AntiforgeryField().Match(page.Body).Groups[1].Value;
        Assert.NotEmpty(antiforgery);
        Assert.NotEmpty(cookies.GetCookies(farm.Proxy.BaseUrl)); // the antiforgery cookie, sealed by instance 0

        FunctionCalls.Answer call = await FunctionCalls.CallAsync(client, "notes.createEmpty", $"[\"{bound}\"]", timeout.Token, route: 1);
        Assert.Equal((HttpStatusCode.OK, "1"), (call.Status, call.Upstream));

        // A no-JS form post (rename) with instance 0's token and cookie, on instance 1: accepted (303 back to the page).
        HttpStatusCode renamed = await RenameAsync(client, antiforgery, "Renamed on instance 1", route: 1, timeout.Token);
        Assert.Equal(HttpStatusCode.SeeOther, renamed);
        Assert.Contains("Renamed on instance 1", (await FunctionCalls.GetAsync(client, "/", timeout.Token, route: 0)).Body, StringComparison.Ordinal);
        // The check is real: the same post with a damaged token is refused.
        Assert.Equal(HttpStatusCode.BadRequest, await RenameAsync(client, antiforgery[..^4] + "AAAA", "Forged", route: 1, timeout.Token));
    }

    [Fact]
    public async Task A_token_sealed_with_a_foreign_key_ring_answers_the_uniform_400_on_every_instance()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(8));
        await using var farm = await Farm.StartAsync(postgres.Server, timeout.Token);
        using var client = new HttpClient { BaseAddress = farm.Proxy.BaseUrl };
        string genuine = FunctionCalls.BoundToken((await FunctionCalls.GetAsync(client, "/", timeout.Token, route: 0)).Body);
        // Same application name, function, purpose and plaintext as the instances use: only the key ring differs.
        IDataProtector foreignRing = DataProtectionProvider.Create("Notes").CreateProtector("ReactServerFunctions.BoundArgs.v1", "notes.createEmpty");
        string foreign = "usb1." + Base64Url(foreignRing.Protect(Encoding.UTF8.GetBytes("[1]")));
        string tampered = genuine[..^6] + (genuine[^6] == 'A' ? 'B' : 'A') + genuine[^5..];

        foreach (int instance in new[] { 0, 1 })
        {
            FunctionCalls.Answer fromForeignRing = await FunctionCalls.CallAsync(client, "notes.createEmpty", $"[\"{foreign}\"]", timeout.Token, instance);
            FunctionCalls.Answer fromTampering = await FunctionCalls.CallAsync(client, "notes.createEmpty", $"[\"{tampered}\"]", timeout.Token, instance);
            Assert.Equal(HttpStatusCode.BadRequest, fromForeignRing.Status);
            Assert.Contains("bound-args-invalid", fromForeignRing.Body, StringComparison.Ordinal);
            Assert.Equal(fromTampering.Body, fromForeignRing.Body); // one uniform answer, whatever failed
        }

        Assert.Empty(await Sql.TitlesAsync(farm.Database, timeout.Token));
    }

    [Fact]
    public async Task After_key_rotation_new_tokens_use_the_new_key_and_old_tokens_still_open_on_every_instance()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(8));
        await using var farm = await Farm.StartAsync(postgres.Server, timeout.Token);
        using var client = new HttpClient { BaseAddress = farm.Proxy.BaseUrl };
        string before = FunctionCalls.BoundToken((await FunctionCalls.GetAsync(client, "/", timeout.Token, route: 0)).Body);

        Guid rotated = CreateNewKey(farm.Database);
        await farm.RestartAsync(timeout.Token); // a rolling deploy: each instance reads the ring anew
        string after = FunctionCalls.BoundToken((await FunctionCalls.GetAsync(client, "/", timeout.Token, route: 1)).Body);

        Assert.NotEqual(KeyId(before), KeyId(after));
        Assert.Equal(rotated, KeyId(after));
        foreach (int instance in new[] { 0, 1 })
        {
            Assert.Equal(HttpStatusCode.OK, (await FunctionCalls.CallAsync(client, "notes.createEmpty", $"[\"{before}\"]", timeout.Token, instance)).Status);
            Assert.Equal(HttpStatusCode.OK, (await FunctionCalls.CallAsync(client, "notes.createEmpty", $"[\"{after}\"]", timeout.Token, instance)).Status);
        }

        Assert.Equal(4, (await Sql.TitlesAsync(farm.Database, timeout.Token)).Count);
    }

    /// <summary>Adds a key, active now, to the instances' ring: ASP.NET's key manager over the same table, as an operator's tool would.</summary>
    private static Guid CreateNewKey(string database)
    {
        var services = new ServiceCollection();
        services.AddDbContext<KeyRingContext>(options => options.UseNpgsql(database));
        services.AddDataProtection().SetApplicationName("Notes").PersistKeysToDbContext<KeyRingContext>();
        using ServiceProvider provider = services.BuildServiceProvider();
        var keys = provider.GetRequiredService<IKeyManager>();
        Assert.NotEmpty(keys.GetAllKeys()); // the ones the instances made
        return keys.CreateNewKey(DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddDays(90)).KeyId;
    }

    /// <summary>The key a Data Protection payload was sealed with: bytes 4–19, after the magic header.</summary>
    private static Guid KeyId(string token)
    {
        string base64 = token["usb1.".Length..].Replace('-', '+').Replace('_', '/');
        byte[] payload = Convert.FromBase64String(base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '='));
        return new Guid(payload.AsSpan(4, 16));
    }

    private static async Task<HttpStatusCode> RenameAsync(HttpClient client, string antiforgery, string name, int route, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/")
        {
            Content = new MultipartFormDataContent
            {
                { new StringContent(""), "$ACTION_ID_notes.renameNotebook" },
                { new StringContent(antiforgery), "__RequestVerificationToken" },
                { new StringContent(name), "name" },
            },
        };
        request.Headers.Add("Origin", client.BaseAddress!.GetLeftPart(UriPartial.Authority));
        request.Headers.Add(ReverseProxy.RouteHeader, route.ToString());
        using HttpResponseMessage response = await client.SendAsync(request, cancellationToken);
        return response.StatusCode;
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    private sealed class KeyRingContext(DbContextOptions<KeyRingContext> options) : DbContext(options), IDataProtectionKeyContext
    {
        public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    }
}
