using System.Buffers;
using System.Text.Json;
using UseServer.Flight.Reply;
using UseServer.Flight.Values;

namespace UseServer.Flight.Binding;

/// <summary>
/// Writes a decoded value as JSON so that System.Text.Json can bind it to a record or class with the
/// application's metadata. Hand-written because the value model is ours; the JSON is the platform's.
/// Iterative with an explicit stack (the input is untrusted), refuses cycles, and counts written values
/// against <see cref="ReplyLimits.MaxExpansion"/> so a small graph of shared references cannot expand into
/// a huge document.
/// </summary>
/// <remarks>
/// Mapping: <c>undefined</c> properties are left out (an array slot becomes <c>null</c>); a <c>Date</c> is its
/// ISO text; a bigint is a bare JSON number; NaN and the infinities are the strings System.Text.Json reads
/// with <c>AllowNamedFloatingPointLiterals</c>; a <c>Map</c> with string or number keys is an object; a
/// <c>Set</c> or drained iterator is an array; an <c>ArrayBuffer</c>, <c>Uint8Array</c>, <c>Uint8ClampedArray</c>
/// or <c>DataView</c> is base64 (a <c>byte[]</c>), other typed arrays are arrays of their numbers. Blobs,
/// form data, promises, streams and references have no JSON form and are refused.
/// </remarks>
internal sealed partial class JsValueJsonWriter
{
    private readonly Stack<Frame> _stack = new();
    private readonly HashSet<JsValue> _open = new(ReferenceEqualityComparer.Instance);
    private readonly Utf8JsonWriter _json;
    private readonly ReplyLimits _limits;
    private long _written;

    private JsValueJsonWriter(IBufferWriter<byte> output, ReplyLimits limits)
    {
        _json = new Utf8JsonWriter(output, new JsonWriterOptions { SkipValidation = true });
        _limits = limits;
    }

    /// <summary>Writes <paramref name="root"/> to <paramref name="output"/>; a failure carries the path of the offending value.</summary>
    public static void Write(JsValue root, IBufferWriter<byte> output, ReplyLimits limits)
    {
        var writer = new JsValueJsonWriter(output, limits);
        try
        {
            writer.Run(root);
        }
        catch (ReplyDecodeException e)
        {
            throw BindingErrors.Prepend(e, writer.CurrentPath());
        }
        finally
        {
            writer._json.Dispose();
        }
    }

    private void Run(JsValue root)
    {
        WriteValue(root);
        while (_stack.TryPeek(out var frame))
        {
            if (frame.Index == frame.Count)
            {
                _ = _stack.Pop();
                _ = _open.Remove(frame.Container);
                if (frame.IsObject)
                {
                    _json.WriteEndObject();
                }
                else
                {
                    _json.WriteEndArray();
                }

                continue;
            }

            var (name, child) = frame.Next();
            if (frame.IsObject)
            {
                if (child is JsUndefined)
                {
                    continue; // JSON.stringify leaves undefined properties out, and so does this
                }

                _json.WritePropertyName(WellFormed(name!));
            }

            WriteValue(child is JsUndefined ? JsValue.Null : child);
        }

        _json.Flush();
    }

    private string CurrentPath() => string.Concat(_stack.Reverse().Select(static f => f.Segment()));
}
