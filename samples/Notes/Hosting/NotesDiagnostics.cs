using System.Diagnostics;

namespace Notes.Hosting;

/// <summary>
/// Test and measurement hooks, off unless <c>Notes:Diagnostics:Enabled</c> is true (never in a real deployment):
/// the <see cref="DiagnosticsOnlyAttribute"/> server functions, <c>GET /diagnostics/holds/{tag}</c> (what became of a
/// held call) and <c>GET /diagnostics/runtime</c> (process ID, working set, GC heap: the soak samples it). Off, all of
/// them answer 404 as if they did not exist.
/// </summary>
internal static class NotesDiagnostics
{
    public const string EnabledKey = "Notes:Diagnostics:Enabled";

    public static IServiceCollection AddNotesDiagnostics(this IServiceCollection services)
    {
        services.AddSingleton<HoldRegistry>();
        return services;
    }

    public static WebApplication UseNotesDiagnostics(this WebApplication app)
    {
        bool enabled = app.Configuration.GetValue(EnabledKey, false);
        // Runs after routing (WebApplication routes first), so the endpoint's metadata says what it is.
        app.Use((context, next) =>
            !enabled && context.GetEndpoint()?.Metadata.GetMetadata<DiagnosticsOnlyAttribute>() is not null
                ? Results.NotFound().ExecuteAsync(context)
                : next(context));
        if (enabled)
        {
            app.MapGet("/diagnostics/holds/{tag}", (string tag, HoldRegistry holds) =>
                holds.Get(tag) is { } state ? Results.Text(state.ToString()) : Results.NotFound());
            app.MapGet("/diagnostics/runtime", () =>
            {
                using var process = Process.GetCurrentProcess();
                GCMemoryInfo gc = GC.GetGCMemoryInfo();
                return Results.Json(new RuntimeFigures(
                    Environment.ProcessId,
                    process.WorkingSet64,
                    GC.GetTotalMemory(forceFullCollection: false),
                    gc.HeapSizeBytes,
                    GC.CollectionCount(0),
                    GC.CollectionCount(1),
                    GC.CollectionCount(2)));
            });
        }

        return app;
    }

    /// <summary>What <c>GET /diagnostics/runtime</c> answers.</summary>
    internal sealed record RuntimeFigures(int ProcessId, long WorkingSet, long GcAllocatedLive, long GcHeapSize, int Gen0, int Gen1, int Gen2);
}
