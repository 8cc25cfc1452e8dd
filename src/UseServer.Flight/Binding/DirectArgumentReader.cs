using System.Buffers;
using System.Diagnostics;
using System.Text.Json;
using UseServer.Flight.Reply;

namespace UseServer.Flight.Binding;

/// <summary>
/// Binds a call's arguments straight from the reply's JSON tokens into the parameters' CLR types, without building the
/// value model first (issue #13: the model costs an object per JavaScript value). It is an optimistic fast path: it
/// takes what typed parameters usually receive (numbers, strings, the scalar tags, arrays, records and classes with
/// Maps, Sets and byte arrays inside) and gives up on anything else, on any failure and on any limit, so that
/// <see cref="ReplyDecoder"/> and the converters' value-model path decide every refusal exactly as before: same error
/// code, same path, same message. Its reading is counted against the same <see cref="ReplyLimits"/>, at least as
/// strictly, and <see cref="ReplyLimits.MaxDecodeTime"/> covers the attempt and the decode that follows it together.
/// </summary>
internal sealed partial class DirectArgumentReader
{
    private DirectArgumentReader(ReplyReviver reviver, ReplyBindingContext context)
    {
        Reviver = reviver;
        Context = context;
    }

    /// <summary>Reads scalars, keys and parts under the decode's budget.</summary>
    public ReplyReviver Reviver { get; }

    /// <summary>The binding context of the call.</summary>
    public ReplyBindingContext Context { get; }

    /// <summary>
    /// Binds the root argument array of <paramref name="payload"/> with <paramref name="converters"/> (one per client
    /// parameter, in order) into <paramref name="values"/>; <paramref name="count"/> is how many the client sent (at least
    /// <paramref name="required"/>). <see langword="false"/>: decode the body into the value model and bind from that.
    /// </summary>
    public static bool TryRead(
        ReplyPayload payload,
        ReadOnlySpan<ReplyConverter> converters,
        int required,
        ReplyBindingContext context,
        long started,
        CancellationToken cancellationToken,
        Span<object?> values,
        out int count)
    {
        count = 0;
        DirectArgumentReader? direct = null;
        try
        {
            var reviver = new ReplyReviver(payload, context.Limits, string.Empty, cancellationToken, started);
            direct = new DirectArgumentReader(reviver, context);
            if (!reviver.TryEnterPart(0, out Utf8JsonReader reader))
            {
                return false;
            }

            if (!reviver.Read(ref reader) || reader.TokenType != JsonTokenType.StartArray)
            {
                return false; // not an array of arguments: the value model's binder names the problem
            }

            reviver.OpenDirect(ref reader);
            while (reviver.Read(ref reader) && reader.TokenType != JsonTokenType.EndArray)
            {
                if (count >= converters.Length || !converters[count].TryReadBoxed(ref reader, direct, out values[count]))
                {
                    return false;
                }

                count++;
            }

            // Trailing bytes after the array make Read throw, as they make the walk fail.
            return reader.TokenType == JsonTokenType.EndArray && !reviver.Read(ref reader) && count >= required;
        }
#pragma warning disable CA1031 // Every failure, whatever it is, is the value-model path's to report.
        catch (Exception)
#pragma warning restore CA1031
        {
            return false;
        }
        finally
        {
            direct?.ReleaseSlots();
        }
    }

    /// <summary>Reads an array at <paramref name="reader"/> item by item into <paramref name="into"/>; the reader ends on its <c>]</c>.</summary>
    public bool TryReadItems<T>(ref Utf8JsonReader reader, ReplyConverter<T> item, ICollection<T> into)
    {
        Debug.Assert(reader.TokenType == JsonTokenType.StartArray, "called on an array");
        Reviver.OpenDirect(ref reader);
        while (Reviver.Read(ref reader) && reader.TokenType != JsonTokenType.EndArray)
        {
            if (!item.TryRead(ref reader, this, out T value))
            {
                return false;
            }

            into.Add(value);
        }

        return reader.TokenType == JsonTokenType.EndArray;
    }

    /// <summary>A buffer for the JSON of one record or class, reused by every record of the call.</summary>
    private ArrayBufferWriter<byte> Buffer => _buffer ??= new ArrayBufferWriter<byte>(1024);

    private ArrayBufferWriter<byte>? _buffer;
}
