namespace UseServer.Generator.Tests;

/// <summary>C# sources the tests compile: realistic server functions covering every parameter source and shape.</summary>
internal static class Scenarios
{
    /// <summary>Instance and static functions, a record, an enum, optional, injected and [Bound] parameters, explicit ID.</summary>
    public const string Notes = """
        using System;
        using System.Security.Claims;
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.AspNetCore.Authorization;
        using Microsoft.AspNetCore.Http;
        using Microsoft.AspNetCore.Mvc;
        using UseServer;

        namespace Notes;

        /// <summary>A note in the notebook.</summary>
        public sealed record Note(int Id, string Title, Priority Priority, string? Body, DateTime CreatedAt);

        /// <summary>How urgent a note is.</summary>
        public enum Priority { Low, Normal, High }

        public interface INoteStore
        {
            int Count { get; }
        }

        public sealed class NoteFunctions(INoteStore store)
        {
            /// <summary>Creates a note with the given <paramref name="title"/>; see <see cref="Note"/>.</summary>
            /// <param name="title">The note's title; may be empty.</param>
            /// <param name="priority">How urgent it is.</param>
            [ServerFunction]
            public Task<Note> CreateNote(string title, Priority priority = Priority.Normal, CancellationToken cancellationToken = default) =>
                Task.FromResult(new Note(store.Count + 1, title, priority, null, DateTime.UnixEpoch));

            /// <summary>Renames the notebook. Returns nothing: the client gets undefined.</summary>
            [ServerFunction(Id = "notes.rename")]
            [AllowAnonymous]
            public static void RenameNotebook(string name, HttpContext context, ClaimsPrincipal user)
            {
            }

            [ServerFunction]
            [Authorize]
            public async ValueTask<int> CountNotes([FromServices] INoteStore other, HttpRequest request)
            {
                await Task.Yield();
                return other.Count;
            }

            /// <summary>Moves a note to the archive: a server component binds the note and its version.</summary>
            /// <param name="noteId">Sealed into the reference; never in the TypeScript signature.</param>
            /// <param name="confirm">Whether the user confirmed.</param>
            [ServerFunction]
            [Authorize]
            public static Task<bool> Archive([Bound] long noteId, [Bound] string version, INoteStore store, CancellationToken cancellationToken, bool confirm, string? reason = null) =>
                Task.FromResult(confirm && version.Length > 0);

            [ServerFunction]
            internal static Task Delete(long id, INoteStore store, double weight = 0.5, string? reason = null) => Task.CompletedTask;
        }
        """;

    /// <summary>Every collection, nullable, numeric, date, binary and streaming shape.</summary>
    public const string Shapes = """
        using System;
        using System.Collections.Generic;
        using System.IO;
        using System.Text.Json.Serialization;
        using System.Threading.Tasks;
        using UseServer;
        using UseServer.Flight.Values;

        namespace Shapes;

        public enum Color { Red, Green }

        /// <summary>A tag; */ must not end the JSDoc.</summary>
        public record Tag(string Name, [property: JsonPropertyName("colour")] Color Color, Tag? Parent);

        public record Page<T>(T[] Items, int Total);

        public class Filter
        {
            public string? Text { get; set; }
            public List<Color> Colors { get; set; } = [];
        }

        public static class ShapeFunctions
        {
            [ServerFunction]
            public static Page<Tag> Everything(
                List<string> names, Dictionary<string, int> counts, Dictionary<Guid, string?> labels, HashSet<long> ids,
                int?[] maybe, byte[] data, DateOnly day, DateTimeOffset at, decimal price, Int128 huge, JsBlob file,
                JsFormData form, object? anything, JsValue raw, Task<string> later, IAsyncEnumerable<int> numbers,
                Filter filter, ReadOnlyMemory<byte> bytes, IReadOnlyList<Tag> tags, char letter, float ratio = 1.5f) => throw null!;

            [ServerFunction]
            public static async IAsyncEnumerable<Tag> StreamTags()
            {
                await Task.Yield();
                yield break;
            }

            [ServerFunction]
            public static Stream Download() => Stream.Null;

            [ServerFunction]
            public static Task<Dictionary<string, List<Tag?>>> Index(IDictionary<Color, bool> flags) => throw null!;

            [ServerFunction]
            public static TimeSpan Elapsed() => TimeSpan.Zero;

            [ServerFunction]
            public static Page<Color[]> Palettes(Page<int?>? previous) => throw null!;
        }
        """;

    /// <summary>The attribute on a class: every public method, overloads, a name clash across types.</summary>
    public const string ClassAttribute = """
        using UseServer;

        namespace Counters
        {
            [ServerFunction]
            public class Counter
            {
                private int _value;

                public int Increment(int by = 1) => _value += by;

                public int Increment(int by, int times) => _value += by * times;

                public static double Add(double a, double b) => a + b;

                private void Hidden()
                {
                }

                public override string ToString() => _value.ToString();
            }

            public static class Math
            {
                [ServerFunction(Id = "math.add")]
                public static double Add(double a, double b) => a + b;

                [ServerFunction]
                public static void Delete()
                {
                }
            }
        }
        """;
}
