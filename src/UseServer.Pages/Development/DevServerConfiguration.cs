using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace UseServer.Pages.Development;

/// <summary>
/// Reads <see cref="DevServerOptions"/> from configuration (<c>UseServer:DevServer</c>) after the app's own code:
/// environment variables and the command line switch the dev server off (tests, tools) without a code change.
/// Read by key rather than with the configuration binder: five settings, no reflection.
/// </summary>
internal sealed class DevServerConfiguration(IConfiguration configuration) : IPostConfigureOptions<PageOptions>
{
    public const string SectionName = "UseServer:DevServer";

    public void PostConfigure(string? name, PageOptions options)
    {
        IConfigurationSection section = configuration.GetSection(SectionName);
        DevServerOptions dev = options.DevServer;
        if (section[nameof(DevServerOptions.Enabled)] is { Length: > 0 } enabled)
        {
            dev.Enabled = bool.TryParse(enabled, out bool value)
                ? value
                : throw new InvalidOperationException($"{SectionName}:{nameof(DevServerOptions.Enabled)} must be true or false, not '{enabled}'.");
        }

        if (section[nameof(DevServerOptions.ClientPath)] is { Length: > 0 } clientPath)
        {
            dev.ClientPath = clientPath;
        }

        if (section[nameof(DevServerOptions.Command)] is { Length: > 0 } command)
        {
            dev.Command = command;
        }

        if (section[nameof(DevServerOptions.Arguments)] is { } arguments)
        {
            dev.Arguments = arguments;
        }

        if (section[nameof(DevServerOptions.OutputPath)] is { Length: > 0 } outputPath)
        {
            dev.OutputPath = outputPath;
        }

        if (section[nameof(DevServerOptions.StartTimeout)] is { Length: > 0 } timeout)
        {
            dev.StartTimeout = TimeSpan.Parse(timeout, CultureInfo.InvariantCulture);
        }
    }
}
