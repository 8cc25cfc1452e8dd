using System.Net.Http.Json;

namespace UseServer.Soak;

/// <summary>One reading of the app's memory: RSS from /proc (the kernel's figure), the GC's from the app itself.</summary>
internal sealed record Sample(TimeSpan At, long RssBytes, long GcHeapBytes, long GcLiveBytes, int Gen2, long Requests);

/// <summary>
/// Reads the app's resident set (<c>VmRSS</c> in <c>/proc/PID/status</c>) and its GC figures
/// (<c>GET /diagnostics/runtime</c>: <c>GC.GetGCMemoryInfo().HeapSizeBytes</c> after the last collection, and
/// <c>GC.GetTotalMemory(false)</c>), the sample's test-only endpoint behind <c>Notes:Diagnostics:Enabled</c>.
/// </summary>
internal sealed class Sampler(HttpClient client, int processId)
{
    public async Task<Sample> ReadAsync(TimeSpan at, long requests, CancellationToken cancellationToken)
    {
        Runtime figures = (await client.GetFromJsonAsync<Runtime>("/diagnostics/runtime", cancellationToken))!;
        return new Sample(at, Rss(), figures.GcHeapSize, figures.GcAllocatedLive, figures.Gen2, requests);
    }

    private long Rss()
    {
        string line = File.ReadLines($"/proc/{processId}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) * 1024; // kB
    }

    private sealed record Runtime(int ProcessId, long WorkingSet, long GcAllocatedLive, long GcHeapSize, int Gen0, int Gen1, int Gen2);
}
