using Microsoft.Extensions.Logging;

namespace UseServer.Pages.Development;

/// <summary>The dev server's log: its own lines (stdout as Information, stderr as Warning), start and stop.</summary>
internal sealed partial class DevServer
{
    private static partial class Log
    {
        [LoggerMessage(430, LogLevel.Information, "Starting the client dev server: {Command} in {Directory}.", EventName = "DevServerStarting")]
        public static partial void Starting(ILogger logger, string command, string directory);

        [LoggerMessage(431, LogLevel.Information, "The client dev server is ready at {Origin}; pages render with its manifest and server bundle in {Directory}.", EventName = "DevServerReady")]
        public static partial void Ready(ILogger logger, string origin, string directory);

        [LoggerMessage(432, LogLevel.Information, "{Line}", EventName = "DevServerOutput")]
        public static partial void Output(ILogger logger, string line);

        [LoggerMessage(433, LogLevel.Warning, "{Line}", EventName = "DevServerErrorOutput")]
        public static partial void ErrorOutput(ILogger logger, string line);

        [LoggerMessage(434, LogLevel.Debug, "Stopping the client dev server (process {ProcessId} and its children).", EventName = "DevServerStopping")]
        public static partial void Stopping(ILogger logger, int processId);
    }
}
