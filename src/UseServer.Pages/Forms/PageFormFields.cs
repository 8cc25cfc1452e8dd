using System.Text;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using UseServer.Flight.Forms;
using UseServer.Flight.Reply;

namespace UseServer.Pages.Forms;

/// <summary>
/// A form post's fields as ASP.NET sees them (<see cref="IFormFeature"/>): the body is read by UseServer, so ASP.NET
/// antiforgery is handed the token field during routing, and the function's endpoint the user's text fields once it
/// has decoded them (as before routing stopped decoding the form, issue 12).
/// </summary>
internal static class PageFormFields
{
    /// <summary>The form field the antiforgery token travels in, or <see langword="null"/> when form posts are not validated.</summary>
    public static string? AntiforgeryField(HttpContext context, PageOptions options) =>
        options.ValidateAntiforgery && context.RequestServices.GetService<IAntiforgery>() is not null
            ? context.RequestServices.GetRequiredService<IOptions<AntiforgeryOptions>>().Value.FormFieldName
            : null;

    /// <summary>Validates the antiforgery token in <paramref name="fields"/> (the parts routing read) and its cookie.</summary>
    public static async Task<bool> AntiforgeryValidAsync(HttpContext context, ReplyPayload fields, string? tokenField)
    {
        if (tokenField is null)
        {
            return true;
        }

        context.Features.Set<IFormFeature>(new RoutingFormFeature(Collect(fields, name => name == tokenField)));
        return await context.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(context);
    }

    /// <summary>Where antiforgery was handed the token, hands the function's endpoint every user text field instead.</summary>
    public static void Expose(HttpContext context, ReplyPayload payload)
    {
        if (context.Features.Get<IFormFeature>() is RoutingFormFeature)
        {
            context.Features.Set<IFormFeature>(new FormFeature(Collect(payload, static name => !name.StartsWith(ActionFormDecoder.ActionPrefix, StringComparison.Ordinal))));
        }
    }

    private static FormCollection Collect(ReplyPayload payload, Func<string, bool> include)
    {
        var fields = new Dictionary<string, StringValues>(StringComparer.Ordinal);
        foreach (ReplyPart part in payload.Entries)
        {
            if (!part.IsFile && include(part.Name))
            {
                fields[part.Name] = Encoding.UTF8.GetString(part.Data.Span);
            }
        }

        return new FormCollection(fields);
    }

    /// <summary>The token-only form set during routing.</summary>
    private sealed class RoutingFormFeature(IFormCollection form) : FormFeature(form);
}
