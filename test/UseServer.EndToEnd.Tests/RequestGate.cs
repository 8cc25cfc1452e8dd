using Microsoft.Playwright;

namespace UseServer.EndToEnd.Tests;

/// <summary>
/// Holds the browser's calls to one server function until released: the pending UI can be observed
/// without timing, and the gate opens only once <c>expected</c> calls are held at the same time, which
/// proves the client sent them concurrently.
/// </summary>
public sealed class RequestGate
{
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _allArrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly int _expected;
    private int _arrived;

    private RequestGate(int expected) => _expected = expected;

    public static async Task<RequestGate> HoldAsync(IPage page, string functionId, int expected = 1)
    {
        var gate = new RequestGate(expected);
        await page.RouteAsync("**/_serverfn/" + Uri.EscapeDataString(functionId), async route =>
        {
            if (Interlocked.Increment(ref gate._arrived) >= gate._expected)
            {
                gate._allArrived.TrySetResult();
            }

            await gate._release.Task;
            await route.ContinueAsync();
        });
        return gate;
    }

    /// <summary>Completes when <c>expected</c> calls are held at once (fails after a generous minute).</summary>
    public Task AllArrivedAsync() => _allArrived.Task.WaitAsync(TimeSpan.FromMinutes(1));

    public int Arrived => Volatile.Read(ref _arrived);

    public void Release() => _release.TrySetResult();
}
