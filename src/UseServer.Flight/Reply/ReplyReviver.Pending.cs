using UseServer.Flight.Values;

namespace UseServer.Flight.Reply;

/// <content>
/// Path references into a part that is still being revived, to a slot that does not exist yet. encodeReply
/// writes such references when a value outlined into another part (a promise, a Map, a Set…) is revived
/// before the rest of the part that holds the first occurrence; React's decoder waits for the slot. Here the
/// reference becomes a placeholder, and once every part is complete the path is walked again (with the same
/// rules: references walk decoded data only) and the placeholder is replaced wherever it was stored. A path that still leads nowhere is
/// <see cref="ReplyErrorCode.InvalidReference"/>.
/// </content>
internal sealed partial class ReplyReviver
{
    private List<PendingReference>? _pending;

    private PendingReference Defer(ReadOnlySpan<char> reference)
    {
        var pending = new PendingReference(reference.ToString());
        (_pending ??= []).Add(pending);
        return pending;
    }

    private void ResolvePending(JsValue root)
    {
        if (_pending is null)
        {
            return;
        }

        foreach (var pending in _pending)
        {
            pending.Target = Walk(pending.Reference);
        }

        // A placeholder may point at another placeholder: follow each chain, at most once around all of them.
        foreach (var pending in _pending)
        {
            JsValue target = pending.Target!;
            for (int hops = 0; target is PendingReference next; hops++)
            {
                if (hops > _pending.Count)
                {
                    throw Fail(ReplyErrorCode.InvalidReference, "Path references form a loop that names no value.");
                }

                target = next.Target!;
            }

            pending.Target = target;
        }

        Replace(root);
    }

    private JsValue Walk(string reference)
    {
        string[] segments = reference.Split(ReplyTags.PathSeparator);
        int id = ParseId(segments[0], reference);
        JsValue current = GetModel(id, out _);
        for (int i = 1; i < segments.Length; i++)
        {
            _budget.Step();
            if (current is PendingReference { Target: { } resolved })
            {
                current = resolved;
            }

            if (!TryStep(current, segments[i], out JsValue? next))
            {
                throw InvalidStep(segments[i]);
            }

            current = next;
        }

        _budget.AddReferenced(current);
        return current;
    }

    /// <summary>Replaces every placeholder reachable from <paramref name="root"/> by its target (iterative, each container once).</summary>
    private void Replace(JsValue root)
    {
        var seen = new HashSet<JsValue>(ReferenceEqualityComparer.Instance);
        var work = new Stack<JsValue>();
        work.Push(root);
        while (work.TryPop(out JsValue? node))
        {
            _budget.Step();
            if (!seen.Add(node))
            {
                continue;
            }

            switch (node)
            {
                case JsArray array:
                    for (int i = 0; i < array.Count; i++)
                    {
                        array.Set(i, Visit(array[i], work));
                    }

                    break;
                case JsObject obj:
                    for (int i = 0; i < obj.Count; i++)
                    {
                        var (key, value) = obj[i];
                        if (value is PendingReference)
                        {
                            obj.SetProperty(key, Visit(value, work));
                        }
                        else
                        {
                            work.Push(value);
                        }
                    }

                    break;
                case JsMap map:
                    for (int i = 0; i < map.Count; i++)
                    {
                        var (key, value) = map[i];
                        map.SetAt(i, Visit(key, work), Visit(value, work));
                    }

                    break;
                case JsSet set:
                    for (int i = 0; i < set.Count; i++)
                    {
                        set.SetAt(i, Visit(set[i], work));
                    }

                    break;
                case JsPromise promise:
                    promise.Value = Visit(promise.Value, work);
                    break;
                case JsIterator { Items: JsArray items }:
                    work.Push(items);
                    break;
                case JsStream { Items: List<JsValue> items } stream:
                    ReplaceItems(items, work);
                    if (stream.ReturnValue is { } returned)
                    {
                        work.Push(returned);
                    }

                    break;
                case JsServerReference { Bound: JsArray bound }:
                    work.Push(bound);
                    break;
            }
        }
    }

    private void ReplaceItems(List<JsValue> items, Stack<JsValue> work)
    {
        for (int i = 0; i < items.Count; i++)
        {
            items[i] = Visit(items[i], work);
        }
    }

    private static JsValue Visit(JsValue value, Stack<JsValue> work)
    {
        JsValue result = value is PendingReference pending ? pending.Target! : value;
        work.Push(result);
        return result;
    }

    /// <summary>A slot to fill once every part is complete. Never leaves the decoder.</summary>
    private sealed class PendingReference(string reference) : JsValue
    {
        public string Reference { get; } = reference;

        public JsValue? Target { get; set; }

        public override JsValueKind Kind => JsValueKind.Undefined;
    }
}
