using Microsoft.AspNetCore.Builder;

namespace UseServer.AspNetCore.Endpoints;

/// <summary>Applies a convention (<c>.RequireAuthorization()</c>, <c>.RequireRateLimiting()</c>…) to every server function endpoint.</summary>
internal sealed class CompositeConventionBuilder(IReadOnlyList<IEndpointConventionBuilder> builders) : IEndpointConventionBuilder
{
    public void Add(Action<EndpointBuilder> convention)
    {
        foreach (IEndpointConventionBuilder builder in builders)
        {
            builder.Add(convention);
        }
    }

    public void Finally(Action<EndpointBuilder> finallyConvention)
    {
        foreach (IEndpointConventionBuilder builder in builders)
        {
            builder.Finally(finallyConvention);
        }
    }
}
