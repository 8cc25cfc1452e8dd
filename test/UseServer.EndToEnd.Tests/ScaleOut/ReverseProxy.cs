using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using UseServer.EndToEnd.Tests.Hosting;
using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.Model;
using Yarp.ReverseProxy.Transforms;

namespace UseServer.EndToEnd.Tests.ScaleOut;

/// <summary>
/// YARP on a free loopback port in front of the instances, as a load balancer is deployed: round robin over every
/// instance, no session affinity, the public <c>Host</c> passed through (so the app's origin check sees the origin the
/// browser used), an active health check on <c>/healthz/ready</c> every half second that takes a dead instance out.
/// A request with <c>X-Route: N</c> goes to instance N only (how a test mints on one and opens on another); every
/// answer says which instance served it in <c>X-Upstream</c>.
/// </summary>
public sealed class ReverseProxy : IAsyncDisposable
{
    public const string RouteHeader = "X-Route";
    public const string UpstreamHeader = "X-Upstream";
    private const string AllCluster = "all";

    private readonly WebApplication _app;

    private ReverseProxy(WebApplication app, Uri baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }

    public static async Task<ReverseProxy> StartAsync(IReadOnlyList<NotesInstance> instances)
    {
        var baseUrl = new Uri($"http://127.0.0.1:{Processes.FreePort()}");
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(baseUrl.ToString().TrimEnd('/'));
        builder.Logging.ClearProviders();
        var routes = new List<RouteConfig>();
        var clusters = new List<ClusterConfig> { Cluster(AllCluster, instances, Enumerable.Range(0, instances.Count)) };
        for (int i = 0; i < instances.Count; i++)
        {
            string id = "only-" + i;
            clusters.Add(Cluster(id, instances, [i]));
            routes.Add(new RouteConfig
            {
                RouteId = id,
                ClusterId = id,
                Order = 0,
                Match = new RouteMatch { Path = "{**rest}", Headers = [new RouteHeader { Name = RouteHeader, Values = [i.ToString()] }] },
            });
        }

        routes.Add(new RouteConfig { RouteId = AllCluster, ClusterId = AllCluster, Order = 1, Match = new RouteMatch { Path = "{**rest}" } });
        builder.Services.AddReverseProxy()
            .LoadFromMemory(routes, clusters)
            .AddTransforms(context =>
            {
                context.AddOriginalHost(useOriginal: true);
                context.AddResponseTransform(transform =>
                {
                    if (transform.HttpContext.Features.Get<IReverseProxyFeature>()?.ProxiedDestination is { } destination)
                    {
                        transform.HttpContext.Response.Headers[UpstreamHeader] = destination.DestinationId;
                    }

                    return ValueTask.CompletedTask;
                });
            });
        WebApplication app = builder.Build();
        app.MapReverseProxy();
        await app.StartAsync();
        return new ReverseProxy(app, baseUrl);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static ClusterConfig Cluster(string id, IReadOnlyList<NotesInstance> instances, IEnumerable<int> members) => new()
    {
        ClusterId = id,
        LoadBalancingPolicy = "RoundRobin",
        Destinations = members.ToDictionary(i => i.ToString(), i => new DestinationConfig { Address = instances[i].BaseUrl.ToString() }),
        HealthCheck = new HealthCheckConfig
        {
            Active = new ActiveHealthCheckConfig
            {
                Enabled = true,
                Interval = TimeSpan.FromMilliseconds(500),
                Timeout = TimeSpan.FromSeconds(2),
                Policy = "ConsecutiveFailures",
                Path = "/healthz/ready",
            },
        },
        Metadata = new Dictionary<string, string> { ["ConsecutiveFailuresHealthPolicy.Threshold"] = "1" },
    };
}
