using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;

namespace UseServer.AspNetCore.DependencyInjection;

/// <summary>
/// Builds the endpoints once the web host has started, so that a misconfigured function (one without
/// authorization metadata) stops the host instead of failing its first request.
/// </summary>
internal sealed class ServerFunctionStartupCheck(EndpointDataSource endpoints) : IHostedLifecycleService
{
    public Task StartedAsync(CancellationToken cancellationToken)
    {
        // Enumerating runs every Finally convention, including ServerFunctionPlan.Complete, which throws.
        _ = endpoints.Endpoints.Count;
        return Task.CompletedTask;
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
