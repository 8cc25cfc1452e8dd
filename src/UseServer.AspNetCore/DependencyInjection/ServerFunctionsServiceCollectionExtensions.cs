using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using UseServer;
using UseServer.AspNetCore.BoundArguments;
using UseServer.AspNetCore.DependencyInjection;
using UseServer.AspNetCore.Diagnostics;
using UseServer.AspNetCore.Endpoints;
using UseServer.AspNetCore.Pipeline;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the services that serve server functions.</summary>
public static class ServerFunctionsServiceCollectionExtensions
{
    /// <summary>Adds server functions with the default, secure options. Safe to call more than once.</summary>
    /// <param name="services">The application's services.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    public static IServiceCollection AddServerFunctions(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);

        services.AddRouting();
        services.AddMetrics();
        services.AddOptions();
        services.TryAddEnumerable(ServiceDescriptor.Transient<IConfigureOptions<ServerFunctionOptions>, ServerFunctionOptionsSetup>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<AspNetCore.Routing.MatcherPolicy, ServerFunctionMatcherPolicy>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, ServerFunctionStartupCheck>());
        services.TryAddSingleton<ServerFunctionDiagnostics>();
        services.TryAddSingleton<ServerFunctionRuntime>();
        services.TryAddSingleton<MappedServerFunctions>();
        services.AddDataProtection();
        services.TryAddSingleton<IServerFunctionReferences, ServerFunctionReferences>();
        return services;
    }

    /// <summary>Adds server functions and configures their options.</summary>
    /// <param name="services">The application's services.</param>
    /// <param name="configure">Changes to the defaults.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    public static IServiceCollection AddServerFunctions(this IServiceCollection services, Action<ServerFunctionOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);

        services.AddServerFunctions();
        services.Configure(configure);
        return services;
    }
}
