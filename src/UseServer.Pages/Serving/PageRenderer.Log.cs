using Microsoft.Extensions.Logging;

namespace UseServer.Pages.Serving;

/// <summary>The page renderer's log events (400–409, docs/logging.md).</summary>
internal sealed partial class PageRenderer
{
    private static partial class Log
    {
        [LoggerMessage(400, LogLevel.Error, "Page {Path} could not be rendered to HTML (digest {Digest}).", EventName = "PageRenderFailed")]
        public static partial void RenderFailed(ILogger logger, string path, string digest, Exception exception);

        [LoggerMessage(401, LogLevel.Error, "A server component of page {Path} threw; the client shows its error boundary.", EventName = "ComponentFailed")]
        public static partial void ComponentFailed(ILogger logger, string path, Exception exception);

        [LoggerMessage(402, LogLevel.Debug, "A server component of page {Path} answered \"not found\".", EventName = "ComponentAnsweredNotFound")]
        public static partial void ComponentAnsweredNotFound(ILogger logger, string path);
    }
}
