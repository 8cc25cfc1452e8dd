using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Notes.Data;

namespace Notes.Hosting;

/// <summary>
/// ASP.NET health checks for a load balancer or an orchestrator:
/// <c>GET /healthz/live</c> (liveness: the process answers; runs no check) and <c>GET /healthz/ready</c> (readiness:
/// the notes database answers a query). Both are 200 <c>Healthy</c> or 503 <c>Unhealthy</c>, plain text, never cached.
/// </summary>
internal static class NotesHealth
{
    public const string LivePath = "/healthz/live";
    public const string ReadyPath = "/healthz/ready";
    private const string ReadyTag = "ready";

    public static IServiceCollection AddNotesHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks().AddDbContextCheck<NotesDbContext>("database", tags: [ReadyTag]);
        return services;
    }

    public static IEndpointRouteBuilder MapNotesHealthChecks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks(LivePath, new HealthCheckOptions { Predicate = _ => false });
        endpoints.MapHealthChecks(ReadyPath, new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) });
        return endpoints;
    }
}
