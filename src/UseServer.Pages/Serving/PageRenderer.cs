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
using UseServer.Components.Rendering;
using UseServer.Flight.Writing;
using UseServer.Pages.Manifest;
using UseServer.Pages.Navigation;
using UseServer.Pages.Rendering;

namespace UseServer.Pages.Serving;

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
    NotFoundPage notFoundPage,
    ILogger<PageRenderer> logger)
{
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
        double at = FlightResponse.RenderedAt();
        var payload = new Dictionary<string, object?>(4, StringComparer.Ordinal)
        {
            ["tree"] = Tree(context, page),
            ["formState"] = formState,
            ["at"] = at, // when it was rendered: the client keeps the newest tree it saw
            ["path"] = context.Request.Path.Value + context.Request.QueryString.Value, // what the router's hooks answer while React renders it
        };
        var notFound = new NotFoundSeen();
        FlightWriterOptions writerOptions = WriterOptions(context, notFound);
        HttpResponse response = context.Response;
        response.StatusCode = statusCode;
        FlightResponse.NoStore(response);
        response.Headers.Vary = HeaderNames.Accept;

        if (WantsFlight(context.Request))
        {
            response.ContentType = FlightResponse.ContentType; // status and no-store are set above, for both answers
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
        (Node Tree, int Status)? retry = null;
        try
        {
            await htmlRenderer.RenderAsync(flight.Reader, html, request, cancellationToken);
            await html.FlushAsync(cancellationToken);
        }
        catch (Exception e) when (!response.HasStarted && e is not OperationCanceledException)
        {
            if (notFound.Seen && statusCode != StatusCodes.Status404NotFound && notFoundPage.Create is { } create)
            {
                // A component of the shell answered "not found" (ServerResult.NotFound()) before anything was sent: the
                // not-found page, with its status. (Inside a Suspense boundary, the segment's boundary shows it instead.)
                response.Clear();
                retry = (Layouts.PageSegments.Wrap(create(), context.GetEndpoint(), context.Request.Path, notFound: null), StatusCodes.Status404NotFound);
            }
            else
            {
                Log.RenderFailed(logger, context.Request.Path.Value ?? "/", writerOptions.ErrorDigest, e);
                var failure = new SegmentFailure(writerOptions.ErrorDigest, runtime.DetailedErrors ? e.Message : null);
                if (statusCode < StatusCodes.Status500InternalServerError && Layouts.PageSegments.Failed(context.GetEndpoint(), failure) is { } errorPage)
                {
                    // The shell failed before anything was sent: the segment's error page, inside its layouts, with 500.
                    response.Clear();
                    retry = (errorPage, StatusCodes.Status500InternalServerError);
                }
                else
                {
                    await WriteFailurePageAsync(response, writerOptions.ErrorDigest);
                }
            }
        }
        finally
        {
            await flight.Reader.CompleteAsync();
            await stopProducer.CancelAsync(); // a server component still running when the render ended is not waited for
            await producer;
            (html as FormTokenWriter)?.ReturnBuffer();
        }

        if (retry is ({ } tree, int status))
        {
            await RenderAsync(context, tree, formState: null, status);
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
            if (accept is not null && accept.Contains(FlightResponse.MediaType, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    public FlightWriterOptions WriterOptions(HttpContext context, NotFoundSeen? notFound = null) =>
        FlightResponse.WriterOptions(runtime, context, e =>
        {
            if (e is NotFoundException)
            {
                notFound?.Set(); // an answer, not a failure: the segment boundary (or the 404 page) shows it
                Log.ComponentAnsweredNotFound(logger, context.Request.Path.Value ?? "/");
                return;
            }

            Log.ComponentFailed(logger, context.Request.Path.Value ?? "/", e);
        });

    /// <summary>Whether a component of the render answered "not found".</summary>
    public sealed class NotFoundSeen
    {
        private int _seen;

        public bool Seen => Volatile.Read(ref _seen) != 0;

        public void Set() => Volatile.Write(ref _seen, 1);
    }

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
}
