using Microsoft.Extensions.Logging;

namespace UseServer.Pages.Development;

internal sealed partial class DevEventStream
{
    private static partial class Log
    {
        [LoggerMessage(435, LogLevel.Debug, "Hot Reload applied an update: refreshing {Count} open page(s).", EventName = "DevRefresh")]
        public static partial void Refreshing(ILogger logger, int count);
    }
}
