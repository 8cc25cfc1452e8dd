using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using UseServer;
using UseServer.AspNetCore.Endpoints;
using UseServer.AspNetCore.Pipeline;
using UseServer.AspNetCore.Refresh;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps server functions as endpoints.</summary>
public static class ServerFunctionsEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps every registered server function to <c>POST {PathPrefix}/{id}</c>, one endpoint each, so the
    /// attributes on the method and its class (<c>[Authorize]</c>, <c>[AllowAnonymous]</c>,
    /// <c>[EnableRateLimiting]</c>, <c>[RequestTimeout]</c>, <c>[RequestSizeLimit]</c>…) apply through
    /// ASP.NET Core's own middleware. Other paths under the prefix answer 404 (the client is out of date).
    /// </summary>
    /// <param name="endpoints">The application's endpoint route builder.</param>
    /// <returns>A builder whose conventions (such as <c>.RequireAuthorization()</c>) apply to every function.</returns>
    /// <exception cref="InvalidOperationException"><c>AddServerFunctions()</c> was not called, two functions share an ID, or the functions were already mapped.</exception>
    public static IEndpointConventionBuilder MapServerFunctions(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ServerFunctionRuntime runtime = endpoints.ServiceProvider.GetService<ServerFunctionRuntime>()
            ?? throw new InvalidOperationException("Call services.AddServerFunctions() before app.MapServerFunctions().");

        // The catalog is built here, once, from what the generated code registered; references read it afterwards.
        var catalog = ServerFunctionCatalog.Build(ServerFunctionRegistry.Snapshot(), runtime);
        endpoints.ServiceProvider.GetRequiredService<MappedServerFunctions>().Publish(catalog);

        // UseServer.Pages renders the calling page for the refresh envelope; absent without it (the last registration wins).
        IPageRefresher? refresher = endpoints.ServiceProvider.GetServices<IPageRefresher>().LastOrDefault();
        var builders = new List<IEndpointConventionBuilder>(catalog.Plans.Count);
        foreach (ServerFunctionPlan plan in catalog.Plans)
        {
            builders.Add(MapFunction(endpoints, plan, refresher));
        }

        MapNotFound(endpoints, runtime);
        ServerFunctionHandler.Log.FunctionsMapped(runtime.Logger, builders.Count, runtime.PathPrefix);
        return new CompositeConventionBuilder(builders);
    }

    private static IEndpointConventionBuilder MapFunction(IEndpointRouteBuilder endpoints, ServerFunctionPlan plan, IPageRefresher? refresher)
    {
        var handler = new ServerFunctionHandler(plan, refresher);
        RoutePattern pattern = RoutePatternFactory.Pattern(
            [.. plan.Runtime.PathPrefix.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Literal), Literal(plan.Id)]);
        IEndpointConventionBuilder builder = endpoints.Map(pattern, handler.InvokeAsync);

        // Class attributes first, then the method's: for single-valued metadata the last one wins, as in MVC.
        Type? declaringType = plan.Descriptor.Method.DeclaringType;
        object[] typeAttributes = declaringType?.GetCustomAttributes(inherit: true) ?? [];
        object[] methodAttributes = plan.Descriptor.Method.GetCustomAttributes(inherit: true);
        builder.Add(endpoint =>
        {
            endpoint.DisplayName = "Server function " + plan.Id;
            foreach (object attribute in typeAttributes)
            {
                endpoint.Metadata.Add(attribute);
            }

            foreach (object attribute in methodAttributes)
            {
                endpoint.Metadata.Add(attribute);
            }

            endpoint.Metadata.Add(plan.Endpoints);
        });
        builder.Finally(endpoint => plan.Complete(endpoint.Metadata));
        ServerFunctionHandler.Log.FunctionMapped(plan.Runtime.Logger, plan.LogId, $"{declaringType?.FullName}.{plan.Descriptor.Method.Name}");
        return builder;
    }

    private static void MapNotFound(IEndpointRouteBuilder endpoints, ServerFunctionRuntime runtime)
    {
        var metadata = new ServerFunctionEndpointMetadata(runtime, plan: null, exactPath: null);
        var notFound = new UnknownFunctionHandler(runtime);
        IEndpointConventionBuilder builder = endpoints.Map(runtime.PathPrefix + "/{**path}", notFound.InvokeAsync);
        builder.Add(endpoint =>
        {
            endpoint.DisplayName = "Server function not found";
            endpoint.Metadata.Add(metadata);
            endpoint.Metadata.Add(new Authorization.AllowAnonymousAttribute());
            if (endpoint is RouteEndpointBuilder route)
            {
                route.Order = int.MaxValue; // below every function, whatever their route precedence
            }
        });
    }

    private static RoutePatternPathSegment Literal(string text) => RoutePatternFactory.Segment(RoutePatternFactory.LiteralPart(text));
}
