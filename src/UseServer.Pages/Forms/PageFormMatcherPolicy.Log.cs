using Microsoft.Extensions.Logging;

namespace UseServer.Pages.Forms;

/// <summary>The form routing policy's log events (410–419, docs/logging.md).</summary>
internal sealed partial class PageFormMatcherPolicy
{
    private static partial class Log
    {
        [LoggerMessage(410, LogLevel.Debug, "Form post to page {Path} refused ({Reason}); nothing was invoked.", EventName = "FormPostRefused")]
        public static partial void Refused(ILogger logger, string path, string reason);
    }
}
