using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace UseServer.Pages.Development;

/// <summary>
/// Binds <see cref="DevServerOptions"/> from configuration (<c>UseServer:DevServer</c>) after the app's own code:
/// environment variables and the command line switch the dev server off (tests, tools) without a code change. A value
/// that does not convert fails the start with the configuration binder's message, which names the key.
/// </summary>
internal sealed class DevServerConfiguration(IConfiguration configuration) : IPostConfigureOptions<PageOptions>
{
    public const string SectionName = "UseServer:DevServer";

    public void PostConfigure(string? name, PageOptions options) => configuration.GetSection(SectionName).Bind(options.DevServer);
}
