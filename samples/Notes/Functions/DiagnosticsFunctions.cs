using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Notes.Hosting;
using UseServer;

namespace Notes.Functions;

/// <summary>
/// Server functions for the scale-out, cancellation and version-skew tests (test/UseServer.EndToEnd.Tests/ScaleOut)
/// and the soak (benchmarks/soak). They answer 404 unless <c>Notes:Diagnostics:Enabled</c> is true; the page never
/// calls them.
/// </summary>
[ServerFunction]
[AllowAnonymous]
[DiagnosticsOnly]
public static class DiagnosticsFunctions
{
    /// <summary>Longest hold: a test holds a call for seconds, never minutes.</summary>
    public const int MaxHoldMilliseconds = 120_000;

    /// <summary>
    /// Waits <paramref name="milliseconds"/>, honouring cancellation, and returns it. The state under
    /// <paramref name="tag"/> goes Started → Completed, or Cancelled when the request's CancellationToken fires
    /// (the client aborted, its tab closed, or the server is shutting down past its drain time).
    /// </summary>
    [ServerFunction(Id = "diagnostics.hold")]
    public static async Task<int> Hold(string tag, [Range(0, MaxHoldMilliseconds)] int milliseconds, [FromServices] HoldRegistry holds, CancellationToken cancellationToken)
    {
        holds.Set(tag, HoldState.Started);
        try
        {
            await Task.Delay(milliseconds, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            holds.Set(tag, HoldState.Cancelled);
            throw;
        }

        holds.Set(tag, HoldState.Completed);
        return milliseconds;
    }

    /// <summary>The same in every build: its generated ID does not change, so pages of an older build keep calling it.</summary>
    public static string Echo(string text) => text;

#if NOTES_DIAGNOSTICS_V2
    /// <summary>Build 2's signature (a parameter added): a new generated ID, so build 1's pages get 404 for the old one.</summary>
    public static string Greet(string name, int times) => string.Concat(Enumerable.Repeat("Hello, " + name + "! ", times)).TrimEnd();

    /// <summary>Which build answered.</summary>
    public static int BuildVersion() => 2;
#else
    /// <summary>Build 1's signature (the default build).</summary>
    public static string Greet(string name) => "Hello, " + name + "!";

    /// <summary>Which build answered.</summary>
    public static int BuildVersion() => 1;
#endif
}
