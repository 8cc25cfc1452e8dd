using System.Security.Claims;
using System.Text.Encodings.Web;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Http.Features;

namespace UseServer.Functional.Tests.Infrastructure;

/// <summary>
/// An in-process app on real Kestrel (127.0.0.1, dynamic port) with the test functions, a test
/// authentication scheme, a rate limiter and request timeouts, in the middleware order an application uses.
/// </summary>
public class TestAppFixture : IAsyncLifetime
{
    public const string UserHeader = "X-Test-User";

    private WebApplication? _app;

    public int Port { get; private set; }

    public string Origin => $"http://127.0.0.1:{Port}";

    public HttpClient Client { get; private set; } = null!;

    public FakeLogCollector Logs { get; private set; } = null!;

    public IServiceProvider Services => _app!.Services;

    protected virtual void Configure(ServerFunctionOptions options)
    {
    }

    public async Task InitializeAsync()
    {
        WebApplicationBuilder builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Production });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration["AllowedHosts"] = "127.0.0.1;localhost";
        builder.Logging.ClearProviders().AddFakeLogging().SetMinimumLevel(LogLevel.Debug);
        builder.Services.AddServerFunctions(Configure);
        builder.Services.AddAuthentication(TestAuthHandler.SchemeName).AddScheme<AuthenticationSchemeOptions, TestAuthHandler>(TestAuthHandler.SchemeName, null);
        builder.Services.AddAuthorization();
        builder.Services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = 429;
            options.AddFixedWindowLimiter("one-per-minute", window =>
            {
                window.PermitLimit = 1;
                window.Window = TimeSpan.FromMinutes(1);
                window.QueueLimit = 0;
                window.QueueProcessingOrder = QueueProcessingOrder.OldestFirst;
            });
        });
        builder.Services.AddRequestTimeouts();
        builder.Services.AddScoped<Greeter>();

        _app = builder.Build();
        _app.UseRouting();
        _app.UseAuthentication();
        _app.UseAuthorization();
        _app.UseRateLimiter();
        _app.UseRequestTimeouts();
        _app.MapServerFunctions();
        await _app.StartAsync();

        string address = _app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        Port = new Uri(address).Port;
        Client = new HttpClient { BaseAddress = new Uri(Origin) };
        Logs = _app.Services.GetFakeLogCollector();
    }

    public async Task DisposeAsync()
    {
        Client?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}

/// <summary>The same app with detailed errors on (what Development gives).</summary>
public sealed class DetailedErrorsAppFixture : TestAppFixture
{
    protected override void Configure(ServerFunctionOptions options) => options.DetailedErrors = true;
}

/// <summary>Authenticates a request that carries <see cref="TestAppFixture.UserHeader"/> as that user.</summary>
public sealed class TestAuthHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Test";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (Request.Headers[TestAppFixture.UserHeader] is not [{ } name])
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, name)], SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }
}

[CollectionDefinition(Name)]
public sealed class TestAppCollection : ICollectionFixture<TestAppFixture>
{
    public const string Name = "TestApp";
}
