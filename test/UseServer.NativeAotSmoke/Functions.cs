using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Authorization;
using UseServer;
using UseServer.Flight.Values;

namespace UseServer.NativeAotSmoke;

/// <summary>A note.</summary>
public sealed record Note(int Id, string Title, Priority Priority, DateTimeOffset CreatedAt);

/// <summary>How urgent a note is.</summary>
public enum Priority
{
    /// <summary>Whenever.</summary>
    Low,

    /// <summary>Now.</summary>
    High,
}

/// <summary>A service the instance functions receive by constructor injection.</summary>
public sealed class NoteStore
{
    private int _count;

    /// <summary>Adds a note.</summary>
    public Note Add(string title, Priority priority) => new(Interlocked.Increment(ref _count), title, priority, DateTimeOffset.UnixEpoch);
}

/// <summary>Instance functions: a new instance per request, services from its constructor.</summary>
[AllowAnonymous]
public sealed class NoteFunctions(NoteStore store)
{
    /// <summary>Creates a note.</summary>
    [ServerFunction]
    public Task<Note> CreateNote(string title, Priority priority = Priority.Low, CancellationToken cancellationToken = default) =>
        Task.FromResult(store.Add(title, priority));

    /// <summary>Streams numbers.</summary>
    [ServerFunction]
    public async IAsyncEnumerable<int> Count(int upTo, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (var i = 1; i <= upTo; i++)
        {
            await Task.Yield();
            yield return i;
        }
    }
}

/// <summary>Static functions over the wider set of shapes.</summary>
[AllowAnonymous]
public static class ShapeFunctions
{
    /// <summary>Echoes structured input.</summary>
    [ServerFunction(Id = "smoke.echo")]
    public static Dictionary<string, List<Note>> Echo(Note[] notes, HashSet<Guid> ids, long? big, JsBlob? file, object? anything) =>
        new() { ["notes"] = [.. notes] };

    /// <summary>Returns bytes as a stream.</summary>
    [ServerFunction]
    public static Stream Download(ReadOnlyMemory<byte> bytes) => new MemoryStream(bytes.ToArray());

    /// <summary>Does nothing.</summary>
    [ServerFunction]
    public static ValueTask Nothing() => ValueTask.CompletedTask;
}

/// <summary>System.Text.Json metadata for records bound from the client, so binding stays AOT-safe.</summary>
[JsonSerializable(typeof(Note))]
[JsonSerializable(typeof(Note[]))]
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true)]
internal sealed partial class SmokeJsonContext : JsonSerializerContext;
