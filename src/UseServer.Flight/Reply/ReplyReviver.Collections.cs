using System.Text;
using UseServer.Flight.Values;

namespace UseServer.Flight.Reply;

/// <content>Map, Set, iterator and FormData values.</content>
internal sealed partial class ReplyReviver
{
    /// <summary>FormData string values are strict UTF-8.</summary>
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary><c>$Q&lt;id&gt;</c>: part <c>id</c> must be an array of distinct <c>[key, value]</c> pairs.</summary>
    private JsMap ResolveMap(int id)
    {
        var init = TakeInitializer(id, "Map");
        var map = new JsMap(init.Count);
        var seen = new HashSet<JsValue>(SameValueZeroComparer.Instance);
        for (int i = 0; i < init.Count; i++)
        {
            if (init[i] is not JsArray { Count: 2 } pair)
            {
                throw Fail(ReplyErrorCode.InvalidInitializer, $"Map part {id} has an entry that is not a [key, value] pair.");
            }

            if (!seen.Add(pair[0]))
            {
                throw Fail(ReplyErrorCode.InvalidInitializer, $"Map part {id} repeats a key.");
            }

            map.Add(pair[0], pair[1]);
        }

        return map;
    }

    /// <summary><c>$W&lt;id&gt;</c>: part <c>id</c> must be an array of distinct items.</summary>
    private JsSet ResolveSet(int id)
    {
        var init = TakeInitializer(id, "Set");
        var set = new JsSet(init.Count);
        var seen = new HashSet<JsValue>(SameValueZeroComparer.Instance);
        for (int i = 0; i < init.Count; i++)
        {
            if (!seen.Add(init[i]))
            {
                throw Fail(ReplyErrorCode.InvalidInitializer, $"Set part {id} repeats an item.");
            }

            set.Add(init[i]);
        }

        return set;
    }

    /// <summary><c>$i&lt;id&gt;</c>: part <c>id</c> must be an array; the iterator yields its items.</summary>
    private JsIterator ResolveIterator(int id) => new(TakeInitializer(id, "Iterator"));

    /// <summary>The array in part <paramref name="id"/>, which backs at most one Map, Set or iterator.</summary>
    private JsArray TakeInitializer(int id, string what)
    {
        var state = State(id);
        if (state.InitializerConsumed)
        {
            throw Fail(ReplyErrorCode.InvalidInitializer, $"Part {id} already initialized a Map, Set or iterator; {what} parts are single use.");
        }

        state.InitializerConsumed = true;
        return GetCompleteModel(id) as JsArray
            ?? throw Fail(ReplyErrorCode.InvalidInitializer, $"Part {id} is not an array, so it cannot initialize a {what}.");
    }

    /// <summary>
    /// <c>$K&lt;id&gt;</c>: every entry named <c>prefix_&lt;decimal id&gt;_&lt;name&gt;</c>, in arrival order. String values are
    /// raw form values (not <c>$</c>-unescaped); files stay files. Every use shares one FormData.
    /// </summary>
    private JsFormData ResolveFormData(int id)
    {
        var state = State(id);
        if (state.FormData is not null)
        {
            _budget.AddReferenced(state.FormData);
            return state.FormData;
        }

        var indexes = Entries.FormDataEntries(id);
        var entries = new KeyValuePair<string, JsValue>[indexes.Count];
        int nameStart = _prefix.Length + 1;
        for (int i = 0; i < indexes.Count; i++)
        {
            var part = _payload.Entries[indexes[i]];
            string name = part.Name[(part.Name.IndexOf('_', nameStart) + 1)..];
            JsValue value = part.IsFile
                ? new JsBlob(part.Data, part.ContentType ?? string.Empty, part.FileName ?? string.Empty)
                : new JsString(DecodeFormValue(part.Data.Span));
            _budget.Add(1); // entries in the body count once, like strings and bytes
            entries[i] = new(name, value);
        }

        _budget.Add(1);
        state.FormData = new JsFormData(entries);
        return state.FormData;
    }

    private string DecodeFormValue(ReadOnlySpan<byte> utf8)
    {
        // Every UTF-16 unit takes at most 3 UTF-8 bytes, so this refuses before decoding what must be too long.
        CheckStringLength(utf8.Length / 3);
        try
        {
            return CheckStringLength(StrictUtf8.GetString(utf8));
        }
        catch (DecoderFallbackException e)
        {
            throw new ReplyDecodeException(ReplyErrorCode.Malformed, "A FormData value is not valid UTF-8.", e);
        }
    }
}
