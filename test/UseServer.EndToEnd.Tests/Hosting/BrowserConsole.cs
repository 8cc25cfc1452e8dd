using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace UseServer.EndToEnd.Tests.Hosting;

/// <summary>What the pages it watches log: console messages, uncaught errors and failed responses, for assertions and failure messages.</summary>
public sealed partial class BrowserConsole
{
    private readonly List<string> _messages = [];

    /// <summary>
    /// Collects <paramref name="page"/>'s console messages, page errors and failed responses (Chromium logs those as
    /// "Failed to load resource" without the URL; this names it).
    /// </summary>
    public void Watch(IPage page)
    {
        page.Console += (_, m) => Add(m.Type + ": " + m.Text);
        page.PageError += (_, e) => Add("page error: " + e);
        page.Response += (_, r) =>
        {
            if (r.Status >= 400)
            {
                Add($"error: {r.Status} {r.Url}");
            }
        };
    }

    /// <summary>Everything collected, a line each.</summary>
    public string Text
    {
        get
        {
            lock (_messages)
            {
                return string.Join('\n', _messages);
            }
        }
    }

    /// <summary>Errors, warnings and page errors, less React's development-build notice about its DevTools.</summary>
    public IReadOnlyList<string> Problems
    {
        get
        {
            lock (_messages)
            {
                return [.. _messages.Where(m => !DevToolsNotice().IsMatch(m) &&
                    (m.StartsWith("error", StringComparison.Ordinal) || m.StartsWith("warning", StringComparison.Ordinal) || m.StartsWith("page error", StringComparison.Ordinal)))];
            }
        }
    }

    private void Add(string message)
    {
        lock (_messages)
        {
            _messages.Add(message);
        }
    }

    [GeneratedRegex("React DevTools", RegexOptions.IgnoreCase)]
    private static partial Regex DevToolsNotice();
}
