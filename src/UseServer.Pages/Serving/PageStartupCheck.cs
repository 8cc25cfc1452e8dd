using System.Reflection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using UseServer.Components.Rendering;
using UseServer.Pages.Manifest;

namespace UseServer.Pages.Serving;

/// <summary>
/// Loads the client manifest when the host starts and checks that every <c>[ClientComponent]</c> class of the
/// app names an export the manifest lists, so a renamed or un-marked client module stops the app at startup
/// rather than failing a render.
/// </summary>
internal sealed class PageStartupCheck(IOptions<PageOptions> options, ClientBuild build) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        PageOptions value = options.Value;
        _ = build.Resolver; // loads the manifest: a missing or broken one stops the app here
        if (value.ValidateClientComponents)
        {
            IEnumerable<Assembly> assemblies = value.ClientComponentAssemblies.Count > 0
                ? value.ClientComponentAssemblies
                : Assembly.GetEntryAssembly() is { } entry ? [entry] : [];
            // With the app's own, this package's: links and segment boundaries come from @useserver/client, whose Vite
            // plugin lists them in every manifest; a client package older than this one stops the app here.
            build.Resolver.Check(assemblies.Append(typeof(PageStartupCheck).Assembly).Distinct().SelectMany(ComponentTree.FindClientComponents));
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
