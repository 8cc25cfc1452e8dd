using System.Diagnostics;
using System.IO.Pipelines;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.DependencyInjection;
using UseServer.Pages.Forms;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using UseServer.AspNetCore.Pipeline;
using UseServer.Components;
using UseServer.Flight;
using UseServer.Pages.Manifest;
using UseServer.Pages.Rendering;

namespace UseServer.Pages.Pages;

/// <summary>
/// Renders a page: the C# tree becomes the Flight page payload <c>{"tree", "formState"}</c>, which is either the
/// answer (<c>Accept: text/x-component</c>: client navigation and refresh) or is turned into HTML by React's
/// react-dom/server (<see cref="IHtmlRenderer"/>) while it is being written, with the payload inlined for hydration.
/// </summary>
internal sealed partial class PageRenderer(
    IOptions<PageOptions> options,
    ClientBuild clientBuild,
    IHtmlRenderer htmlRenderer,
    ServerFunctionRuntime runtime,
    ILogger<PageRenderer> logger)
{
    private const string FlightMediaType = "text/x-component";
    private const string FlightContentType = "text/x-component; charset=utf-8";
    private const string HtmlContentType = "text/html; charset=utf-8";

    private readonly PageOptions _options = options.Value;

    /// <summary>The whole document tree of <paramref name="page"/> as a Flight-writable value.</summary>
    public object? Tree(HttpContext context, Node page)
    {
        ManifestClientComponentResolver clientComponents = clientBuild.Resolver;
        Node document = PageDocument.Wrap(page, _options, clientComponents.Manifest.Styles);
        var renderContext = new ComponentRenderContext
        {
            Services = context.RequestServices,
            CancellationToken = context.RequestAborted,
            ClientComponents = clientComponents,
        };
        renderContext.Features[typeof(HttpContext)] = context;
        return ComponentTree.ToFlightValue(document, renderContext);
    }

    /// <summary>Answers the request with <paramref name="page"/>, as HTML or Flight by its <c>Accept</c> header.</summary>
    public async Task RenderAsync(HttpContext context, Node page, object? formState, int statusCode = StatusCodes.Status200OK)
    {
        CancellationToken cancellationToken = context.RequestAborted;
        double at = (DateTime.UtcNow - DateTime.UnixEpoch).TotalMilliseconds;
        var payload = new Dictionary<string, object?>(3, StringComparer.Ordinal)
        {
            ["tree"] = Tree(context, page),
            ["formState"] = formState,
            ["at"] = at, // when it was rendered: the client keeps the newest tree it saw
        };
        FlightWriterOptions writerOptions = WriterOptions(context);
        HttpResponse response = context.Response;
        response.StatusCode = statusCode;
        response.Headers.CacheControl = "no-store";
        response.Headers.Vary = HeaderNames.Accept;
        response.Headers.XContentTypeOptions = "nosniff";

        if (WantsFlight(context.Request))
        {
            response.ContentType = FlightContentType;
            await FlightSerializer.WriteAsync(response.BodyWriter, payload, writerOptions, cancellationToken);
            return;
        }

        response.ContentType = HtmlContentType;
        if (HttpMethods.IsHead(context.Request.Method))
        {
            return;
        }

        PipeWriter html = AntiforgeryFields(context) is { } insertion ? new FormTokenWriter(response.BodyWriter, insertion) : response.BodyWriter;
        var flight = new Pipe();
        using var stopProducer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Task producer = WriteFlightAsync(flight.Writer, payload, writerOptions, stopProducer.Token);
        var request = new HtmlRenderRequest(clientBuild.Resolver.Manifest.BootstrapModules, _options.Nonce?.Invoke(context));
        try
        {
            await htmlRenderer.RenderAsync(flight.Reader, html, request, cancellationToken);
            await html.FlushAsync(cancellationToken);
        }
        catch (Exception e) when (!response.HasStarted && e is not OperationCanceledException)
        {
            Log.RenderFailed(logger, context.Request.Path.Value ?? "/", writerOptions.ErrorDigest, e);
            await WriteFailurePageAsync(response, writerOptions.ErrorDigest);
        }
        finally
        {
            await flight.Reader.CompleteAsync();
            await stopProducer.CancelAsync(); // a server component still running when the render ended is not waited for
            await producer;
        }
    }

    /// <summary>
    /// The hidden input that carries the antiforgery token in every form, when the app registered antiforgery and
    /// <see cref="PageOptions.ValidateAntiforgery"/> is on (the cookie half is set here, before the response starts).
    /// </summary>
    private byte[]? AntiforgeryFields(HttpContext context)
    {
        if (!_options.ValidateAntiforgery || context.RequestServices.GetService<IAntiforgery>() is not { } antiforgery)
        {
            return null;
        }

        AntiforgeryTokenSet tokens = antiforgery.GetAndStoreTokens(context);
        return tokens.FormFieldName is { } name && tokens.RequestToken is { } token
            ? Encoding.UTF8.GetBytes("<input type=\"hidden\" name=\"" + WebUtility.HtmlEncode(name) + "\" value=\"" + WebUtility.HtmlEncode(token) + "\"/>")
            : null;
    }

    /// <summary>Whether the request asks for the Flight payload rather than a document.</summary>
    public static bool WantsFlight(HttpRequest request)
    {
        foreach (string? accept in request.Headers.Accept)
        {
            if (accept is not null && accept.Contains(FlightMediaType, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    public FlightWriterOptions WriterOptions(HttpContext context) => new()
    {
        JsonOptions = runtime.JsonOptions,
        DetailedErrors = runtime.DetailedErrors,
        IsSafeForClient = runtime.IsSafeForClient,
        ErrorDigest = Activity.Current is { } activity ? activity.TraceId.ToHexString() : context.TraceIdentifier,
        OnError = e => Log.ComponentFailed(logger, context.Request.Path.Value ?? "/", e),
    };

    private static async Task WriteFlightAsync(PipeWriter writer, object payload, FlightWriterOptions options, CancellationToken cancellationToken)
    {
        await Task.Yield(); // the renderer starts reading while the payload is written
        try
        {
            await FlightSerializer.WriteAsync(writer, payload, options, cancellationToken);
            await writer.CompleteAsync();
        }
        catch (Exception e)
        {
            await writer.CompleteAsync(e);
        }
    }

    private static async Task WriteFailurePageAsync(HttpResponse response, string digest)
    {
        response.Clear();
        response.StatusCode = StatusCodes.Status500InternalServerError;
        response.ContentType = HtmlContentType;
        response.Headers.CacheControl = "no-store";
        await response.WriteAsync(
            "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Error</title></head><body><h1>Something went wrong</h1><p>Reference: " +
            System.Net.WebUtility.HtmlEncode(digest) + "</p></body></html>");
    }

    private static partial class Log
    {
        [LoggerMessage(400, LogLevel.Error, "Page {Path} could not be rendered to HTML (digest {Digest}).", EventName = "PageRenderFailed")]
        public static partial void RenderFailed(ILogger logger, string path, string digest, Exception exception);

        [LoggerMessage(401, LogLevel.Error, "A server component of page {Path} threw; the client shows its error boundary.", EventName = "ComponentFailed")]
        public static partial void ComponentFailed(ILogger logger, string path, Exception exception);
    }
}
