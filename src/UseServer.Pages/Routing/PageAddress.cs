using Microsoft.AspNetCore.Routing;

namespace UseServer.Pages.Routing;

/// <summary>One page endpoint as a routing address, so routing's <see cref="LinkParser"/> parses paths with its pattern.</summary>
internal readonly record struct PageAddress(RouteEndpoint Endpoint);
