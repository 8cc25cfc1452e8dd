using Microsoft.Extensions.Logging;

namespace UseServer.Pages.Rendering.V8;

/// <summary>What React reports while rendering to HTML (event IDs 420–429, docs/logging.md).</summary>
internal sealed partial class V8HtmlRenderer
{
    private static partial class Log
    {
        [LoggerMessage(420, LogLevel.Warning, "React reported errors while rendering to HTML (those parts render in the browser instead): {Errors}", EventName = "RenderRecoverableErrors")]
        public static partial void RecoverableErrors(ILogger logger, string errors);

        [LoggerMessage(421, LogLevel.Debug, "React's console during server rendering: {Messages}", EventName = "RenderConsole")]
        public static partial void ConsoleOutput(ILogger logger, string messages);
    }
}
