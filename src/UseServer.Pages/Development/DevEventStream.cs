using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace UseServer.Pages.Development;

/// <summary>
/// The development events of this app (<c>GET /_useserver/dev/events</c>, Development only), as server-sent events:
/// <c>hello</c> with this process's boot ID when a page connects, <c>refresh</c> after every .NET Hot Reload update.
/// The browser runtime, served by the Vite dev server, subscribes and refreshes the page's tree in place.
/// </summary>
/// <remarks>
/// Server-sent events rather than a WebSocket: one direction, EventSource reconnects by itself (and the boot ID on
/// reconnect reveals a restarted process), and ASP.NET writes them (<c>TypedResults.ServerSentEvents</c>).
/// </remarks>
internal sealed partial class DevEventStream : IDisposable
{
    /// <summary>The path the browser runtime subscribes to (the Vite plugin's <c>DEV_EVENTS_PATH</c>).</summary>
    public const string Path = "/_useserver/dev/events";

    /// <summary>How soon EventSource reconnects after the stream ended (the app restarting).</summary>
    private static readonly TimeSpan s_reconnect = TimeSpan.FromMilliseconds(500);

    private readonly Lock _lock = new();
    private readonly List<Channel<string>> _subscribers = [];
    private readonly IHostApplicationLifetime _lifetime;
    private readonly ILogger<DevEventStream> _logger;

    public DevEventStream(IHostApplicationLifetime lifetime, ILogger<DevEventStream> logger)
    {
        _lifetime = lifetime;
        _logger = logger;
        HotReload.Updated += OnUpdated;
    }

    /// <summary>Identifies this start of the app: a page that reconnects and sees another one refreshes.</summary>
    public string BootId { get; } = Guid.NewGuid().ToString("N");

    /// <summary>Tells every connected page to refresh.</summary>
    public void Refresh()
    {
        lock (_lock)
        {
            Log.Refreshing(_logger, _subscribers.Count);
            foreach (Channel<string> subscriber in _subscribers)
            {
                subscriber.Writer.TryWrite("refresh");
            }
        }
    }

    /// <summary>Answers one subscription: the stream stays open until the page leaves or the app stops.</summary>
    public Task ServeAsync(HttpContext context)
    {
        context.Response.Headers.CacheControl = "no-store";
        return TypedResults.ServerSentEvents(Events(context.RequestAborted)).ExecuteAsync(context);
    }

    private async IAsyncEnumerable<SseItem<string>> Events([EnumeratorCancellation] CancellationToken requestAborted)
    {
        Channel<string> channel = Channel.CreateBounded<string>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
        lock (_lock)
        {
            _subscribers.Add(channel);
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(requestAborted, _lifetime.ApplicationStopping);
        try
        {
            yield return new SseItem<string>("{\"boot\":\"" + BootId + "\"}", "hello") { ReconnectionInterval = s_reconnect };
            while (true)
            {
                string eventType;
                try
                {
                    eventType = await channel.Reader.ReadAsync(stop.Token);
                }
                catch (OperationCanceledException)
                {
                    yield break; // the page left, or the app stops: the stream ends and EventSource reconnects
                }

                yield return new SseItem<string>("{}", eventType);
            }
        }
        finally
        {
            lock (_lock)
            {
                _subscribers.Remove(channel);
            }
        }
    }

    private void OnUpdated(Type[]? updatedTypes) => Refresh();

    public void Dispose() => HotReload.Updated -= OnUpdated;
}
