using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace UseServer.Pages.Routing;

/// <summary>Resolves a <see cref="PageAddress"/> to its one endpoint.</summary>
internal sealed class PageAddressScheme : IEndpointAddressScheme<PageAddress>
{
    public IEnumerable<Endpoint> FindEndpoints(PageAddress address) => [address.Endpoint];
}
