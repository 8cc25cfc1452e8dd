using System.Diagnostics.CodeAnalysis;
using UseServer.Flight.Values;

namespace UseServer.Flight.Reply;

/// <content>Path references, promises and server references (references walk decoded data only; nothing is awaited).</content>
internal sealed partial class ReplyReviver
{
    /// <summary>
    /// <c>$&lt;hex&gt;[:k1:k2…]</c>: part <c>hex</c>, then each key in turn. Only own keys of plain objects and
    /// in-range canonical indexes of arrays are walked (references walk decoded data only); anything else is <see cref="ReplyErrorCode.InvalidReference"/>.
    /// </summary>
    private JsValue ResolvePathReference(ReadOnlySpan<char> reference)
    {
        ReadOnlySpan<char> whole = reference;
        int separator = reference.IndexOf(ReplyTags.PathSeparator);
        ReadOnlySpan<char> hex = separator < 0 ? reference : reference[..separator];
        int id = ParseId(hex, reference);
        JsValue current = GetModel(id, out bool revivedNow);
        bool walked = false;
        while (separator >= 0)
        {
            _budget.Step();
            reference = reference[(separator + 1)..];
            separator = reference.IndexOf(ReplyTags.PathSeparator);
            ReadOnlySpan<char> key = separator < 0 ? reference : reference[..separator];
            if (!TryStep(current, key, out JsValue? next))
            {
                if (!State(id).Done)
                {
                    return Defer(whole); // the slot is later in a part still being revived (ReplyReviver.Pending.cs)
                }

                throw InvalidStep(key);
            }

            current = next;
            walked = true;
        }

        if (walked || !revivedNow)
        {
            _budget.AddReferenced(current); // pulled in again: counts in full, like React's arraySizeLimit
        }

        return current;
    }

    private static bool TryStep(JsValue current, ReadOnlySpan<char> key, [NotNullWhen(true)] out JsValue? next)
    {
        switch (current)
        {
            case JsObject obj when !key.SequenceEqual("__proto__"):
                if (obj.Count <= 8)
                {
                    for (int i = 0; i < obj.Count; i++)
                    {
                        if (key.SequenceEqual(obj[i].Key))
                        {
                            next = obj[i].Value;
                            return true;
                        }
                    }
                }
                else if (obj.TryGetValue(key.ToString(), out next))
                {
                    return true; // large objects: the value model's index (allocates the key once)
                }

                break;
            case JsArray array when ReplyIds.TryParseDecimal(key, out int index) && index < array.Count:
                next = array[index];
                return true;
        }

        next = null;
        return false;
    }

    private static ReplyDecodeException InvalidStep(ReadOnlySpan<char> key) =>
        Fail(ReplyErrorCode.InvalidReference, $"A reference walks to \"{Shorten(key)}\", which is not an own key of a plain object or an index of an array.");

    /// <summary><c>$@&lt;id&gt;</c>: an inert promise already resolved with part <c>id</c>'s value (nothing is invoked or awaited while decoding). Every use shares one promise.</summary>
    private JsPromise ResolvePromise(int id)
    {
        var state = State(id);
        if (state.Promise is not null)
        {
            _budget.AddReferenced(state.Promise);
            return state.Promise;
        }

        JsValue value = GetModel(id, out bool revivedNow);
        if (!revivedNow)
        {
            _budget.AddReferenced(value);
        }

        state.Promise = new JsPromise(value);
        return state.Promise;
    }

    /// <summary>
    /// <c>$h&lt;id&gt;</c>: part <c>id</c> must be <c>{"id":string,"bound":null|"$@n"}</c> where part <c>n</c> is an
    /// array of at most <see cref="ReplyLimits.MaxBoundArguments"/> values. Never under a <c>then</c> key.
    /// </summary>
    private JsServerReference ResolveServerReference(int id, bool thenSlot)
    {
        if (thenSlot)
        {
            throw Fail(ReplyErrorCode.InvalidServerReference, "A server reference cannot be the value of a \"then\" property.");
        }

        var state = State(id);
        if (state.ServerReference is not null)
        {
            _budget.AddReferenced(state.ServerReference);
            return state.ServerReference;
        }

        if (GetCompleteModel(id) is not JsObject metadata ||
            !metadata.TryGetValue("id", out var idValue) || idValue is not JsString functionId ||
            !metadata.TryGetValue("bound", out var bound))
        {
            throw Fail(ReplyErrorCode.InvalidServerReference, $"Part {id} is not {{\"id\":string,\"bound\":…}} server-reference metadata.");
        }

        IReadOnlyList<JsValue>? arguments = bound switch
        {
            JsNull => null,
            JsPromise { Value: JsArray array } => array,
            _ => throw Fail(ReplyErrorCode.InvalidServerReference, "A server reference's bound arguments must be null or a \"$@\" promise of an array."),
        };
        if (arguments is not null && arguments.Count > _limits.MaxBoundArguments)
        {
            throw Fail(ReplyErrorCode.InvalidServerReference,
                $"A server reference has {arguments.Count} bound arguments; the limit is {_limits.MaxBoundArguments} (MaxBoundArguments).");
        }

        state.ServerReference = new JsServerReference(functionId.Value, arguments);
        return state.ServerReference;
    }
}
