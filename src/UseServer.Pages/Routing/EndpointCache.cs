using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Primitives;

namespace UseServer.Pages.Routing;

/// <summary>
/// A value derived from the app's endpoints (a table of pages, of functions by ID), built once and again only when the
/// data source says its endpoints changed (<see cref="EndpointDataSource.GetChangeToken"/>), not on a guess such as
/// their count.
/// </summary>
/// <typeparam name="T">The derived value.</typeparam>
internal sealed class EndpointCache<T>(Func<IReadOnlyList<Endpoint>, T> build)
    where T : class
{
    private Entry? _entry; // a reference: concurrent readers see a whole entry

    public T Get(EndpointDataSource source)
    {
        if (Volatile.Read(ref _entry) is { Token.HasChanged: false } entry)
        {
            return entry.Value;
        }

        // The token first: endpoints that change while the table is built make it fire, and the next call rebuilds.
        IChangeToken token = source.GetChangeToken();
        T value = build(source.Endpoints);
        Volatile.Write(ref _entry, new Entry(token, value));
        return value;
    }

    private sealed record Entry(IChangeToken Token, T Value);
}
