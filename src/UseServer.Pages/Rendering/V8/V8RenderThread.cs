using System.Collections.Concurrent;

namespace UseServer.Pages.Rendering.V8;

/// <summary>
/// The thread an isolate runs on. Calls into V8 are synchronous and CPU-bound (React renders inside them), so they run
/// here instead of on ASP.NET's thread pool, which would otherwise be starved under load and answer everything late.
/// </summary>
internal sealed class V8RenderThread : IDisposable
{
    private readonly BlockingCollection<Action> _work = [];
    private readonly Thread _thread;

    public V8RenderThread(string name)
    {
        _thread = new Thread(Run) { IsBackground = true, Name = name };
        _thread.Start();
    }

    /// <summary>Runs <paramref name="work"/> on this thread; completes with its result or its exception.</summary>
    public Task<T> RunAsync<T>(Func<T> work)
    {
        var result = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        _work.Add(() =>
        {
            try
            {
                result.SetResult(work());
            }
            catch (Exception e)
            {
                result.SetException(e);
            }
        });
        return result.Task;
    }

    public void Dispose() => _work.CompleteAdding();

    private void Run()
    {
        foreach (Action work in _work.GetConsumingEnumerable())
        {
            work();
        }

        _work.Dispose();
    }
}
