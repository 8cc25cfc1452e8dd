using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Primitives;
using UseServer.Pages.Routing;

namespace UseServer.Pages.Tests.Routing;

public sealed class EndpointCacheTests
{
    [Fact]
    public void The_table_is_built_once_and_again_only_when_the_data_source_signals_a_change()
    {
        var source = new ChangingSource();
        int builds = 0;
        var cache = new EndpointCache<string[]>(endpoints =>
        {
            builds++;
            return [.. endpoints.Select(e => e.DisplayName ?? "")];
        });

        Assert.Equal(["a"], cache.Get(source));
        Assert.Equal(["a"], cache.Get(source));
        Assert.Equal(1, builds);

        source.Replace("b"); // same count, other endpoints: the count alone would miss it
        Assert.Equal(["b"], cache.Get(source));
        Assert.Equal(2, builds);
    }

    private sealed class ChangingSource : EndpointDataSource
    {
        private CancellationTokenSource _changed = new();
        private IReadOnlyList<Endpoint> _endpoints = [new Endpoint(_ => Task.CompletedTask, EndpointMetadataCollection.Empty, "a")];

        public override IReadOnlyList<Endpoint> Endpoints => _endpoints;

        public override IChangeToken GetChangeToken() => new CancellationChangeToken(_changed.Token);

        public void Replace(string name)
        {
            _endpoints = [new Endpoint(_ => Task.CompletedTask, EndpointMetadataCollection.Empty, name)];
            CancellationTokenSource previous = _changed;
            _changed = new CancellationTokenSource();
            previous.Cancel();
        }
    }
}
