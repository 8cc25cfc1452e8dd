using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using UseServer.Components;
using UseServer.Flight;
using UseServer.Flight.Values;
using UseServer.Pages.Tests.Support;

namespace UseServer.Pages.Tests.Serving;

/// <summary>
/// A page app on real Kestrel (127.0.0.1) over the fixture client build: a counter page with a useActionState form
/// (permalink /counter), a plain form, a form for a function that needs a signed-in user, and a page that does.
/// </summary>
public class PageTestApp : IAsyncLifetime
{
    public const string UserHeader = "X-Test-User";

    private WebApplication? _app;

    public string Origin { get; private set; } = "";

    public HttpClient Client { get; private set; } = null!;

    protected virtual bool UseAntiforgery => false;

    public async Task InitializeAsync()
    {
        WebApplicationBuilder builder = PageHost.CreateBuilder();
        builder.Services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddFixedWindowLimiter("one-per-minute", window =>
            {
                window.PermitLimit = 1;
                window.Window = TimeSpan.FromMinutes(1);
                window.QueueLimit = 0;
            });
        });
        builder.Services.AddAuthentication(TestAuth.SchemeName).AddScheme<AuthenticationSchemeOptions, TestAuth>(TestAuth.SchemeName, null);
        if (UseAntiforgery)
        {
            builder.Services.AddAntiforgery();
        }

        _app = builder.Build();
        _app.UseRouting();
        _app.UseAuthentication();
        _app.UseAuthorization();
        _app.UseRateLimiter();
        _app.MapServerFunctions();
        _app.MapPage("/counter", () => new CounterPage());
        _app.MapPage("/members", () => new MembersPage()).RequireAuthorization();
        _app.MapPage("/mixed", () => new MixedFormsPage());
        _app.MapPage("/items/{id:int}", (int id, string? tab) => new ItemPage { Id = id, Tab = tab });
        // Mapped catch-all first: routing's precedence, not the order of mapping, prefers the one-segment route.
        _app.MapPage("/docs/{**rest}", (string rest) => new DocPage { Name = "all:" + rest });
        _app.MapPage("/docs/{slug}", (string slug) => new DocPage { Name = "one:" + slug });
        await _app.StartAsync();

        (Origin, Client) = PageHost.Connect(_app);
    }

    /// <summary>POSTs a form body to <paramref name="path"/> from the app's own origin (or <paramref name="origin"/>), as <paramref name="user"/> when given.</summary>
    public Task<HttpResponseMessage> PostFormAsync(string path, HttpContent body, string? user = null, string? origin = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = body };
        request.Headers.Add("Origin", origin ?? Origin);
        if (user is not null)
        {
            request.Headers.Add(UserHeader, user);
        }

        return Client.SendAsync(request);
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}

/// <summary>The page test classes share <see cref="PageTestFunctions"/>'s counters: they run one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class PagesCollection
{
    public const string Name = "Pages app";
}

/// <summary>The same app with ASP.NET antiforgery registered.</summary>
public sealed class AntiforgeryPageTestApp : PageTestApp
{
    protected override bool UseAntiforgery => true;
}

internal sealed class CounterPage : Component
{
    protected override Node? Render(ComponentContext context)
    {
        var references = context.GetRequiredService<IServerFunctionReferences>();
        return new Main
        {
            Children =
            [
                new H1 { Children = ["Saved: ", PageTestFunctions.Saved] },
                new ActionForm { Action = references.Reference("pages.increment"), Permalink = "/counter" },
                new PlainForm { Action = references.Reference("pages.save") },
                new Div { TestId = "secret", Children = [new PlainForm { Action = references.Reference("pages.secret") }] },
                new Div { TestId = "sealed", Children = [new PlainForm { Action = references.Bind("pages.sealed", 7) }] },
            ],
        };
    }
}

/// <summary>A server-function form (a server component's own <see cref="Form"/>) between a GET form and a URL-action form.</summary>
internal sealed class MixedFormsPage : Component
{
    protected override Node? Render(ComponentContext context)
    {
        var references = context.GetRequiredService<IServerFunctionReferences>();
        return new Main
        {
            Children =
            [
                new Form { ActionUrl = "/search", Method = "get", Children = [new Input { Name = "q" }] },
                new Form { Action = references.Reference("pages.save"), Children = [new Input { Name = "name" }, new Button { Children = ["Save"] }] },
                new Form { ActionUrl = "/login", Method = "post", Children = [new Input { Name = "user" }] },
            ],
        };
    }
}

internal sealed class MembersPage : Component
{
    protected override Node? Render(ComponentContext context) => new P { Children = ["Members only: ", PageTestFunctions.Saved] };
}

internal sealed class ItemPage : Component
{
    public required int Id { get; init; }

    public string? Tab { get; init; }

    protected override Node? Render(ComponentContext context) => new P { TestId = "item", Children = ["Item ", Id, " tab ", Tab ?? "none"] };
}

internal sealed class DocPage : Component
{
    public required string Name { get; init; }

    protected override Node? Render(ComponentContext context) => new P { TestId = "doc", Children = ["Doc ", Name] };
}

/// <summary>The test app's server functions, registered by the source generator.</summary>
[AllowAnonymous]
public static class PageTestFunctions
{
    private static int s_calls;

    public static string Saved { get; private set; } = "nothing";

    public static int Calls => Volatile.Read(ref s_calls);

    [ServerFunction(Id = "pages.increment")]
    public static object Increment(JsValue previous, JsFormData form)
    {
        Interlocked.Increment(ref s_calls);
        double count = previous is JsObject state && state.TryGetValue("count", out JsValue? c) && c is JsNumber n ? n.Value : 0;
        double by = double.TryParse(form.GetString("by"), System.Globalization.CultureInfo.InvariantCulture, out double b) ? b : 1;
        return new Dictionary<string, object?> { ["count"] = count + by };
    }

    [ServerFunction(Id = "pages.save")]
    public static void Save(JsFormData form)
    {
        Interlocked.Increment(ref s_calls);
        Saved = form.GetString("name") ?? "";
    }

    internal static void Count() => Interlocked.Increment(ref s_calls);

    internal static void Save(string value) => Saved = value;

    [ServerFunction(Id = "pages.limited")]
    [EnableRateLimiting("one-per-minute")]
    public static void Limited(JsFormData form)
    {
        _ = form;
        Interlocked.Increment(ref s_calls);
    }

    [ServerFunction(Id = "pages.sealed")]
    public static void Sealed([Bound] int value, JsFormData form)
    {
        Interlocked.Increment(ref s_calls);
        Saved = "sealed:" + value + ":" + form.GetString("name");
    }
}

/// <summary>A function only signed-in users may call.</summary>
[Authorize]
public static class SecurePageTestFunctions
{
    [ServerFunction(Id = "pages.secret")]
    public static void Secret(JsFormData form)
    {
        PageTestFunctions.Count();
        PageTestFunctions.Save("secret:" + form.GetString("name"));
    }

    /// <summary>Signed-in users only, with a small body limit of its own.</summary>
    [ServerFunction(Id = "pages.guarded")]
    [RequestSizeLimit(2048)]
    public static void Guarded(JsFormData form)
    {
        PageTestFunctions.Count();
        PageTestFunctions.Save("guarded:" + form.GetString("name"));
    }
}

internal sealed class TestAuth(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Test";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync() =>
        Task.FromResult(Request.Headers[PageTestApp.UserHeader] is [{ } name]
            ? AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, name)], SchemeName)), SchemeName))
            : AuthenticateResult.NoResult());
}
