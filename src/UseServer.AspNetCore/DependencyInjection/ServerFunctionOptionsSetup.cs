using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace UseServer.AspNetCore.DependencyInjection;

/// <summary>
/// Defaults that depend on other services: records bind and serialize with the application's minimal-API
/// JSON options unless <see cref="ServerFunctionOptions.JsonSerializerOptions"/> is set.
/// </summary>
internal sealed class ServerFunctionOptionsSetup(IOptions<JsonOptions> jsonOptions) : IConfigureOptions<ServerFunctionOptions>
{
    public void Configure(ServerFunctionOptions options) =>
        options.JsonSerializerOptions ??= jsonOptions.Value.SerializerOptions;
}
