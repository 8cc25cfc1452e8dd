using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text.Json;
using UseServer.Flight.Values;

namespace UseServer.Flight.Writing;

/// <summary>
/// Walks a result value and writes it as Flight model JSON (docs/protocol.md, "Responses: Flight"), outlining Maps, Sets, long
/// strings, binary data, promises and streams into rows of their own. Recursive with a depth bound: the
/// values come from application code, not from the network, and <see cref="MaxDepth"/> keeps the stack safe.
/// </summary>
internal sealed partial class FlightValueWriter(FlightRowWriter output, FlightWriterOptions options, CancellationToken cancellationToken)
{
    /// <summary>How deeply containers may nest before the value is refused.</summary>
    public const int MaxDepth = 512;

    /// <summary>Strings of this many UTF-16 units or more go into a <c>T</c> row, as React does (unless they start with U+FEFF: <see cref="FlightRowWriter.CanWriteAsTextRow"/>).</summary>
    public const int TextRowThreshold = 1024;

    private static readonly long s_unixEpochTicks = DateTime.UnixEpoch.Ticks;

    private readonly Dictionary<object, Tracked> _tracked = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<ClientReference, (int Id, int Batch)> _imports = [];
    private readonly List<FlightAsyncRow> _discovered = [];
    private int _nextId = 1;
    private int _depth;
    private int _batch;
    private int _discoveredMark;
    private FlightCollectionChain? _chain;

    /// <summary>Async sources found since the last call; the caller starts them.</summary>
    public List<FlightAsyncRow> Discovered => _discovered;

    /// <summary>Starts a group of rows that is written whole or replaced by one error row.</summary>
    public void BeginBatch()
    {
        _batch++;
        _discoveredMark = _discovered.Count;
    }

    /// <summary>Forgets everything the failed batch registered: no later row may point into rows that were discarded.</summary>
    public void RollbackBatch()
    {
        foreach (var entry in _tracked.Where(e => e.Value.Batch == _batch).ToList())
        {
            _tracked.Remove(entry.Key);
        }

        foreach (var entry in _imports.Where(e => e.Value.Batch == _batch).ToList())
        {
            _imports.Remove(entry.Key);
        }

        output.DiscardOpenRows();
        for (int i = _discoveredMark; i < _discovered.Count; i++)
        {
            _ = _discovered[i].CloseAsync().AsTask(); // never started: releases a stream handed over in the failed row
        }

        _discovered.RemoveRange(_discoveredMark, _discovered.Count - _discoveredMark);
        _depth = 0;
        _chain = null;
    }

    /// <summary>Writes row <paramref name="id"/> as <paramref name="value"/> and every row it references.</summary>
    public void WriteModelRow(int id, object? value)
    {
        output.StartRow(id);
        WriteValue(value, FlightSlot.RowRoot(id));
        output.EndRow();
    }

    /// <summary>Writes the portable error row <c>&lt;id&gt;:E{…}</c>: a digest, and a message only when allowed.</summary>
    public void WriteErrorRow(int id, Exception error, bool report = true)
    {
        if (report)
        {
            options.OnError?.Invoke(error);
        }

        output.StartRow(id, FlightRowTags.Error);
        output.WriteRaw("{\"digest\":"u8);
        output.WriteJsonString(options.ErrorDigest);
        output.WriteRaw(",\"name\":\"Error\",\"message\":"u8);
        output.WriteJsonString(ClientMessage(error));
        output.WriteRaw(",\"stack\":[],\"env\":\"Server\",\"owner\":null}"u8);
        output.EndRow();
    }

    /// <summary>Writes a tag-only row such as <c>2:C\n</c>.</summary>
    public void WriteTagRow(int id, byte tag) => output.WriteTagRow(id, tag);

    /// <summary>
    /// Writes one item of stream <paramref name="streamId"/> the way React's <c>emitChunk</c> does: a string as a
    /// <c>T</c> row, binary data as a binary row (a <c>b</c> row for byte streams), anything else as a model row.
    /// Items have no path, so objects inside them are written as copies.
    /// </summary>
    public void WriteStreamItem(int streamId, object? item, bool byteStream)
    {
        if (FlightBinary.TryGet(item, out byte tag, out ReadOnlyMemory<byte> bytes))
        {
            output.WriteBinaryRow(streamId, byteStream ? FlightRowTags.ByteChunk : tag, bytes.Span); // <id>:b… or <id>:<tag>…
        }
        else if (byteStream)
        {
            throw new FlightSerializationException("A byte stream can only carry byte arrays.");
        }
        else if (item switch { string s => s, JsString js => js.Value, _ => null } is { } text && FlightRowWriter.CanWriteAsTextRow(text))
        {
            output.WriteTextRow(streamId, text);                                                     // <id>:T<len>,<text>
        }
        else
        {
            output.StartRow(streamId);                                                               // <id>:<json>
            WriteValue(item, FlightSlot.None);
            output.EndRow();
        }
    }

    /// <summary>Writes any supported value at <paramref name="slot"/>.</summary>
    /// <param name="value">The value.</param>
    /// <param name="slot">Where it is written, for references to it.</param>
    /// <param name="declaredType">The declared type of the member holding it, for metadata when the runtime type has none.</param>
    public void WriteValue(object? value, FlightSlot slot, Type? declaredType = null)
    {
        switch (value)
        {
            case null: output.WriteNull(); break;                                      // null
            case JsValue js: WriteJsValue(js, slot); break;                           // the JavaScript value model
            case string s: WriteString(s); break;                                     // "$$"-escaped, or a T row
            case bool b: output.WriteBoolean(b); break;                               // true / false
            case int i: output.WriteInteger(i); break;                                // 32 bits and less: a number
            case uint i: output.WriteInteger(i); break;
            case short i: output.WriteInteger(i); break;
            case ushort i: output.WriteInteger(i); break;
            case byte i: output.WriteInteger(i); break;
            case sbyte i: output.WriteInteger(i); break;
            case long i: output.WriteBigInt(i); break;                                // 64 bits and more: bigint, as the TS stubs type them
            case ulong i: output.WriteBigInt(i); break;
            case nint i: output.WriteBigInt((long)i); break;
            case nuint i: output.WriteBigInt((ulong)i); break;
            case Int128 i: output.WriteBigInt(i); break;
            case UInt128 i: output.WriteBigInt(i); break;
            case BigInteger i: output.WriteBigInt(i); break;
            case double d: output.WriteNumber(d); break;                              // number; NaN, ±Infinity and -0 are tags
            case float f: output.WriteNumber(ShortestDouble(f)); break;               // 0.1f is 0.1, not 0.10000000149…
            case Half h: output.WriteNumber(ShortestDouble((float)h)); break;
            case decimal m: output.WriteNumber((double)m); break;                     // a number (JavaScript has no decimal)
            case char c: WriteString(c.ToString()); break;                            // a one-character string
            case Guid g: output.WriteJsonString(g.ToString("D")); break;              // its "D" text (never starts with '$')
            case DateTime dt: WriteDate(dt); break;                                   // $D (Unspecified is taken as UTC)
            case DateTimeOffset dto: WriteDate(dto.UtcDateTime); break;               // $D
            case DateOnly d: WriteDate(d.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc)); break; // $D at UTC midnight
            case TimeSpan ts: output.WriteJsonString(ts.ToString("c", CultureInfo.InvariantCulture)); break; // "[-][d.]hh:mm:ss[.fffffff]", as System.Text.Json
            case Enum e: WriteString(e.ToString()); break;                            // the member name
            case JsonElement el: WriteJsonElement(el, slot); break;                   // JSON, re-tagged
            case ReactSymbol sym: output.WriteTagged(FlightValueTags.Symbol, sym.Name); break; // $S<name>
            case ClientReference c: output.WriteReference(FlightValueTags.Reference, ImportId(c)); break; // $<I row>
            default: WriteObject(value, slot, declaredType); break;                                // FlightValueWriter.Objects.cs
        }
    }

    private void WriteString(string value)
    {
        if (value.Length >= TextRowThreshold && FlightRowWriter.CanWriteAsTextRow(value))
        {
            int id = _nextId++;
            Outline(new FlightOutlinedRow(id, FlightRowKind.Text, value));
            output.WriteReference(FlightValueTags.Reference, id);
            return;
        }

        output.WriteStringValue(value);
    }

    private void WriteDate(DateTime value)
    {
        DateTime utc = value.Kind switch
        {
            DateTimeKind.Local => value.ToUniversalTime(),
            DateTimeKind.Unspecified => DateTime.SpecifyKind(value, DateTimeKind.Utc), // documented: no zone means UTC
            _ => value,
        };
        long ms = (utc.Ticks - s_unixEpochTicks) / TimeSpan.TicksPerMillisecond;
        if (utc.Ticks < s_unixEpochTicks && (utc.Ticks - s_unixEpochTicks) % TimeSpan.TicksPerMillisecond != 0)
        {
            ms--; // floor, as sub-millisecond ticks are dropped toward the past
        }

        output.WriteDate(ms);
    }

    private static double ShortestDouble(float value)
    {
        if (!float.IsFinite(value))
        {
            return value;
        }

        Span<char> text = stackalloc char[32];
        value.TryFormat(text, out int n, "R", CultureInfo.InvariantCulture);
        return double.Parse(text[..n], NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    private string ClientMessage(Exception error) =>
        options.DetailedErrors || (options.IsSafeForClient?.Invoke(error) ?? false) ? error.Message : string.Empty;

    private void Enter()
    {
        if (++_depth > MaxDepth)
        {
            throw new FlightSerializationException($"The result nests deeper than {MaxDepth} levels.");
        }

        RuntimeHelpers.EnsureSufficientExecutionStack();
    }

    private void Exit() => _depth--;

    /// <summary>Where a written object lives, for references to it (a struct: one per container written, kept in the table).</summary>
    private readonly record struct Tracked(FlightRefPath? Path, int Batch)
    {
        /// <summary>Written inline where no path names it: reaching it again before it ends is a cycle that cannot be expressed.</summary>
        public bool InProgress => Path is null;
    }
}
