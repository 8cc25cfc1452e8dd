using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using UseServer.Components;
using UseServer.Pages.Tests.Support;

namespace UseServer.Pages.Tests.Serving;

/// <summary>
/// Page segments on real Kestrel: layouts from route groups (outer first) and pages, loading and error pages, the
/// not-found page (unknown paths, <c>Results.NotFound()</c>, a component's <c>ServerResult.NotFound()</c>), and
/// server functions that redirect (the envelope carries the target's tree) or answer "not found".
/// </summary>
public sealed class SegmentTests(SegmentTests.App app) : IClassFixture<SegmentTests.App>
{
    [Fact]
    public async Task A_page_renders_inside_its_groups_layouts_outer_first_with_its_loading_boundary_keyed_by_path()
    {
        string flight = await app.GetFlightAsync("/group/a");

        int outer = flight.IndexOf("outer-layout", StringComparison.Ordinal);
        int inner = flight.IndexOf("inner-layout", StringComparison.Ordinal);
        int page = flight.IndexOf("page-a", StringComparison.Ordinal);
        Assert.True(outer >= 0 && outer < inner && inner < page, flight);
        Assert.Contains("\"$Sreact.suspense\",\"page:/group/a\"", flight, StringComparison.Ordinal);
        Assert.Contains("loading-a", flight, StringComparison.Ordinal);
        Assert.Contains("\"path\":\"/group/a\"", flight, StringComparison.Ordinal); // what the router's hooks answer in SSR
    }

    [Fact]
    public async Task Pages_that_share_a_layout_render_it_the_same_and_their_own_boundaries_differ()
    {
        string a = await app.GetFlightAsync("/group/a");
        string b = await app.GetFlightAsync("/group/b");

        Assert.Contains("page:/group/a", a, StringComparison.Ordinal);
        Assert.Contains("page:/group/b", b, StringComparison.Ordinal);
        Assert.Contains("\"layout:" + typeof(InnerLayout).FullName + "\"", a, StringComparison.Ordinal); // the outer segment's boundary names the inner layout
        Assert.Contains("\"layout:" + typeof(InnerLayout).FullName + "\"", b, StringComparison.Ordinal);
        Assert.DoesNotContain("loading-a", b, StringComparison.Ordinal); // WithLoading was page a's own
    }

    [Theory]
    [InlineData("/no/such/page")]
    [InlineData("/group/missing")] // the delegate answered Results.NotFound()
    [InlineData("/group/gone")]    // a component threw ServerResult.NotFound() in the shell
    public async Task Not_found_answers_the_not_found_page_with_404(string path)
    {
        using HttpResponseMessage response = await app.Client.GetAsync(path);
        string html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("not-found-text", html, StringComparison.Ordinal);
        Assert.Contains("outer-layout", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_shell_that_fails_answers_the_segments_error_page_with_500_and_no_message()
    {
        using HttpResponseMessage response = await app.Client.GetAsync("/group/broken");
        string html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("error-page-text", html, StringComparison.Ordinal);
        Assert.Contains("outer-layout", html, StringComparison.Ordinal);
        Assert.DoesNotContain("segment-secret", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_redirect_from_a_call_carries_the_targets_tree_in_the_envelope()
    {
        using HttpResponseMessage response = await app.CallAsync("segments.go", refresh: "/group/a");
        string body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("/group/b", Assert.Single(response.Headers.GetValues("X-UseServer-Redirect")));
        Assert.Contains("page-b", body, StringComparison.Ordinal);
        Assert.DoesNotContain("page-a", body, StringComparison.Ordinal);
        Assert.Contains("\"redirect\":\"/group/b\",\"replace\":true", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_call_that_answers_not_found_rejects_with_the_marker_and_404()
    {
        using HttpResponseMessage response = await app.CallAsync("segments.missing", refresh: null);
        string body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/x-component", response.Content.Headers.ContentType?.MediaType);
        Assert.Matches("^0:E\\{.*\"message\":\"USESERVER_NOT_FOUND\"", body);
    }

    [Fact]
    public async Task The_not_found_page_does_not_take_the_server_function_routes()
    {
        using HttpResponseMessage get = await app.Client.GetAsync("/_serverfn/segments.go");
        Assert.Equal(HttpStatusCode.MethodNotAllowed, get.StatusCode);
        using HttpResponseMessage unknown = await app.CallAsync("segments.unknown", refresh: null);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
    }

    public sealed class App : IAsyncLifetime
    {
        private WebApplication? _app;

        public HttpClient Client { get; private set; } = null!;

        private string Origin { get; set; } = "";

        public async Task InitializeAsync()
        {
            WebApplicationBuilder builder = PageHost.CreateBuilder(poolSize: 1);
            _app = builder.Build();
            _app.MapServerFunctions();
            RouteGroupBuilder group = _app.MapGroup("/group").WithLayout<OuterLayout>().WithErrorPage<ErrorText>();
            RouteGroupBuilder inner = group.MapGroup("").WithLayout<InnerLayout>();
            inner.MapPage("/a", () => new Text { Value = "page-a" }).WithLoading(() => new Text { Value = "loading-a" });
            inner.MapPage("/b", () => new Text { Value = "page-b" });
            inner.MapPage("/missing", () => Results.NotFound());
            inner.MapPage("/gone", () => new Gone());
            inner.MapPage("/broken", () => new Broken());
            _app.MapNotFoundPage<NotFoundText>().WithLayout<OuterLayout>();
            await _app.StartAsync();
            (Origin, Client) = PageHost.Connect(_app);
        }

        public async Task<string> GetFlightAsync(string path)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.Add("Accept", "text/x-component");
            using HttpResponseMessage response = await Client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return await response.Content.ReadAsStringAsync();
        }

        public Task<HttpResponseMessage> CallAsync(string id, string? refresh)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/_serverfn/" + id) { Content = new StringContent("[]") };
            request.Headers.Add("Origin", Origin);
            if (refresh is not null)
            {
                request.Headers.Add("X-UseServer-Refresh", refresh);
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
}

internal sealed class Text : Component
{
    public required string Value { get; init; }

    protected override Node? Render(ComponentContext context) => new Div { Children = [Value] };
}

internal sealed class OuterLayout : PageLayout
{
    protected override Node? Render(ComponentContext context) => new Div { ClassName = "outer", Children = ["outer-layout", Children] };
}

internal sealed class InnerLayout : PageLayout
{
    protected override Node? Render(ComponentContext context) => new Section { Children = ["inner-layout", Children] };
}

internal sealed class ErrorText : Component
{
    protected override Node? Render(ComponentContext context) => new P { Children = ["error-page-text", new ErrorDigest()] };
}

internal sealed class NotFoundText : Component
{
    protected override Node? Render(ComponentContext context) => new P { Children = ["not-found-text"] };
}

internal sealed class Gone : Component
{
    protected override Node? Render(ComponentContext context) => throw ServerResult.NotFound();
}

internal sealed class Broken : Component
{
    protected override Node? Render(ComponentContext context) => throw new InvalidOperationException("segment-secret");
}
