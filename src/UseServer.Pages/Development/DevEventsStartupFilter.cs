using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace UseServer.Pages.Development;

/// <summary>
/// Puts the development event stream (<see cref="DevEventStream.Path"/>) at the front of the app's pipeline, in
/// Development only: the app maps nothing for it, and a production app has no such path at all.
/// </summary>
internal sealed class DevEventsStartupFilter(IHostEnvironment environment) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next)
    {
        if (!environment.IsDevelopment())
        {
            return next;
        }

        return app =>
        {
            DevEventStream events = app.ApplicationServices.GetRequiredService<DevEventStream>();
            app.Use((context, nextMiddleware) =>
                HttpMethods.IsGet(context.Request.Method) && context.Request.Path == new PathString(DevEventStream.Path)
                    ? events.ServeAsync(context)
                    : nextMiddleware(context));
            next(app);
        };
    }
}
