using Microsoft.ClearScript.V8;

namespace UseServer.Pages.Rendering.V8;

/// <summary>
/// V8's process-wide settings (<see cref="V8Settings.GlobalFlags"/>), which V8 reads once, when the process's first
/// isolate starts: the first pool to start sets them, and later pools find them set.
/// </summary>
internal static class V8ProcessSettings
{
    private static readonly Lock s_lock = new();
    private static bool s_applied;

    /// <summary>Sets the flags from <see cref="HtmlRenderingOptions.DisableV8BackgroundWork"/>, unless a pool set them before.</summary>
    public static void Apply(bool disableBackgroundWork)
    {
        lock (s_lock)
        {
            if (s_applied)
            {
                return;
            }

            s_applied = true;
            if (disableBackgroundWork)
            {
                V8Settings.GlobalFlags |= V8GlobalFlags.DisableBackgroundWork;
            }
        }
    }
}
