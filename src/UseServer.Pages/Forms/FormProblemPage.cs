using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace UseServer.Pages.Forms;

/// <summary>
/// The HTML answer of a no-JS form post that was refused (403, 400, 413, 415, validation) or whose function threw
/// (500): the status a fetch call would get, with a small page saying what happened and a link back.
/// </summary>
internal static class FormProblemPage
{
    public static async Task WriteAsync(HttpContext context, int status, string title, string? detail, IDictionary<string, string[]>? errors)
    {
        HttpResponse response = context.Response;
        response.Clear();
        response.StatusCode = status;
        response.ContentType = "text/html; charset=utf-8";
        response.Headers.CacheControl = "no-store";
        response.Headers.XContentTypeOptions = "nosniff";

        var html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
            .Append(WebUtility.HtmlEncode(title))
            .Append("</title></head><body><main data-testid=\"form-problem\"><h1>")
            .Append(WebUtility.HtmlEncode(title))
            .Append("</h1>");
        if (detail is not null)
        {
            html.Append("<p>").Append(WebUtility.HtmlEncode(detail)).Append("</p>");
        }

        if (errors is { Count: > 0 })
        {
            html.Append("<ul>");
            foreach ((string field, string[] messages) in errors)
            {
                foreach (string message in messages)
                {
                    html.Append("<li>").Append(WebUtility.HtmlEncode(field)).Append(": ").Append(WebUtility.HtmlEncode(message)).Append("</li>");
                }
            }

            html.Append("</ul>");
        }

        string back = context.Request.PathBase + context.Request.Path + context.Request.QueryString;
        html.Append("<p><a href=\"").Append(WebUtility.HtmlEncode(back)).Append("\">Back</a></p></main></body></html>");
        await response.WriteAsync(html.ToString(), context.RequestAborted);
    }
}
