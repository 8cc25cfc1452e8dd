using System.ComponentModel.DataAnnotations;
using System.Runtime.CompilerServices;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using UseServer.Flight.Values;

namespace UseServer.Functional.Tests;

/// <summary>A scoped service injected into <see cref="TestFunctions.Greet"/>.</summary>
public sealed class Greeter
{
    public string Greet(string name) => "Hello, " + name;
}

public sealed record Author([property: Required] string? Name);

public sealed record NoteInput([property: Required, StringLength(100)] string? Title, Author? Author);

/// <summary>The in-process app's server functions (registered by the source generator, with explicit IDs "test." + method name).</summary>
[AllowAnonymous]
public static class TestFunctions
{
    private static int s_sentinel;
    private static int s_concurrent;
    private static int s_maxConcurrent;

    public static int SentinelCount => Volatile.Read(ref s_sentinel);

    private static int s_closureCalls;

    /// <summary>How often a function with <see cref="BoundAttribute"/> parameters ran.</summary>
    public static int ClosureCalls => Volatile.Read(ref s_closureCalls);

    public static int MaxConcurrent => Volatile.Read(ref s_maxConcurrent);

    public static TaskCompletionSource HangStarted { get; set; } = NewSignal();

    public static TaskCompletionSource HangCancelled { get; set; } = NewSignal();

    public static TaskCompletionSource TimeoutCancelled { get; set; } = NewSignal();

    public static TaskCompletionSource StreamGate { get; set; } = NewSignal();

    public static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    [ServerFunction(Id = "test.Sentinel")]
    public static int Sentinel(string a, string b)
    {
        _ = (a, b);
        return Interlocked.Increment(ref s_sentinel);
    }

    [ServerFunction(Id = "test.Hashed#c4624c0ff5d0")]
    public static string Hashed() => "hashed";

    /// <summary>Navigates instead of returning a value.</summary>
    [ServerFunction(Id = "test.GoHome")]
    public static ServerRedirect GoHome() => ServerRedirect.To("/home?from=fn");

    /// <summary>A value, or a redirect when <paramref name="n"/> is not positive.</summary>
    [ServerFunction(Id = "test.Positive")]
    public static Task<ServerResult<int>> Positive(int n) =>
        Task.FromResult<ServerResult<int>>(n > 0 ? n : ServerRedirect.To("/positive-only"));

    /// <summary>A reference to <see cref="Hashed"/> made from the method group.</summary>
    [ServerFunction(Id = "test.ReferToHashed")]
    public static Flight.ServerReference ReferToHashed(HttpContext context) =>
        context.RequestServices.GetRequiredService<IServerFunctionReferences>().Reference(Hashed);

    /// <summary>Hands <see cref="Closure"/> to the client with sealed bound arguments, as a server component would.</summary>
    [ServerFunction(Id = "test.MintClosure")]
    public static Flight.ServerReference MintClosure(HttpContext context, string noteId) =>
        context.RequestServices.GetRequiredService<IServerFunctionReferences>().Bind("test.Closure", noteId, 3);

    /// <summary>Two sealed bound arguments, then one from the client.</summary>
    [ServerFunction(Id = "test.Closure")]
    public static string Closure([Bound] string noteId, [Bound] int version, string action)
    {
        Interlocked.Increment(ref s_closureCalls);
        return noteId + "|" + version + "|" + action;
    }

    /// <summary>Another function with a bound argument (its tokens must not open <see cref="Closure"/>).</summary>
    [ServerFunction(Id = "test.ClosureOther")]
    public static string ClosureOther([Bound] string noteId, [Bound] int version, string action)
    {
        Interlocked.Increment(ref s_closureCalls);
        return "other:" + noteId + version + action;
    }

    /// <summary>A bound record and a text that starts with '$'.</summary>
    [ServerFunction(Id = "test.ClosureValues")]
    public static string ClosureValues([Bound] NoteInput note, [Bound] string dollar)
    {
        Interlocked.Increment(ref s_closureCalls);
        return note.Title + "|" + note.Author?.Name + "|" + dollar;
    }

    [ServerFunction(Id = "test.NothingHere")]
    public static ServerResult<string> NothingHere() => ServerResult.NotFound();

    [ServerFunction(Id = "test.Optional")]
    public static string Optional(string a, string b = "-default") => a + b;

    [ServerFunction(Id = "test.Limited")]
    [EnableRateLimiting("one-per-minute")]
    public static int Limited() => 1;

    [ServerFunction(Id = "test.Timeout")]
    [RequestTimeout(300)]
    public static async Task Timeout(CancellationToken ct)
    {
        try
        {
            await Task.Delay(System.Threading.Timeout.Infinite, ct);
        }
        catch (OperationCanceledException)
        {
            TimeoutCancelled.TrySetResult();
            throw;
        }
    }

    [ServerFunction(Id = "test.Hang")]
    public static async Task Hang(CancellationToken ct)
    {
        HangStarted.TrySetResult();
        try
        {
            await Task.Delay(System.Threading.Timeout.Infinite, ct);
        }
        catch (OperationCanceledException)
        {
            HangCancelled.TrySetResult();
            throw;
        }
    }

    [ServerFunction(Id = "test.Delay")]
    public static async Task<int> Delay([Range(0, 10000)] int ms, CancellationToken ct)
    {
        int now = Interlocked.Increment(ref s_concurrent);
        int max;
        while (now > (max = Volatile.Read(ref s_maxConcurrent)) && Interlocked.CompareExchange(ref s_maxConcurrent, now, max) != max)
        {
        }

        try
        {
            await Task.Delay(ms, ct);
            return ms;
        }
        finally
        {
            Interlocked.Decrement(ref s_concurrent);
        }
    }

    [ServerFunction(Id = "test.Greet")]
    public static string Greet(string name, [FromServices] Greeter greeter, ClaimsPrincipal user, HttpContext context, HttpRequest request) =>
        $"{greeter.Greet(name)}|{user.Identity?.IsAuthenticated == true}|{ReferenceEquals(context.Request, request)}";

    [ServerFunction(Id = "test.Stream")]
    public static async IAsyncEnumerable<int> Stream([EnumeratorCancellation] CancellationToken ct = default)
    {
        yield return 1;
        await StreamGate.Task.WaitAsync(ct);
        yield return 2;
    }

    [ServerFunction(Id = "test.FileSize")]
    public static double FileSize(object? file) => file is JsBlob blob ? blob.Length : -1;

    [ServerFunction(Id = "test.CreateNote")]
    public static string CreateNote(NoteInput input) => input.Title ?? "";

    [ServerFunction(Id = "test.Fail")]
    public static void Fail(string message) => throw new InvalidOperationException(message);

    [ServerFunction(Id = "test.FailSafely")]
    public static void FailSafely(string message) => throw new ServerFunctionException(message);
}

/// <summary>Functions that require an authenticated user (no [AllowAnonymous] anywhere: it would win).</summary>
[Authorize]
public static class SecureFunctions
{
    [ServerFunction(Id = "test.Secure")]
    public static string Secure(ClaimsPrincipal user) => user.Identity?.Name ?? "";
}
