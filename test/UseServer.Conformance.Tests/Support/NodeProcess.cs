using System.Diagnostics;
using System.Text;

namespace UseServer.Conformance.Tests.Support;

/// <summary>Starts <c>node</c> on a script of <c>test/fixtures-js</c> with redirected UTF-8 standard streams.</summary>
internal static class NodeProcess
{
    /// <param name="script">The script, relative to <c>test/fixtures-js</c>.</param>
    /// <param name="reactServer">Resolve packages under the <c>react-server</c> condition (React's server builds).</param>
    /// <param name="nodeEnv"><c>NODE_ENV</c> for the process (<c>production</c> or <c>development</c>); inherited when null.</param>
    public static Process Start(string script, bool reactServer = false, string? nodeEnv = null)
    {
        var info = new ProcessStartInfo("node")
        {
            WorkingDirectory = FixturesJs.Directory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardInputEncoding = new UTF8Encoding(false),
        };
        if (reactServer)
        {
            info.ArgumentList.Add("--conditions=react-server");
        }

        info.ArgumentList.Add(script);
        if (nodeEnv is not null)
        {
            info.Environment["NODE_ENV"] = nodeEnv;
        }

        try
        {
            return Process.Start(info) ?? throw new InvalidOperationException("node did not start.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("The conformance tests need Node.js 20+ (`node`) on PATH.", e);
        }
    }
}
