using UseServer.Flight.Reply;
using UseServer.Flight.Values;

namespace UseServer.Flight.Binding;

/// <summary>
/// <see cref="Dictionary{TKey, TValue}"/> (also behind <c>IDictionary</c> and <c>IReadOnlyDictionary</c>) from a
/// <c>Map</c>, whose keys go through the key converter, or from a plain object, whose keys arrive as strings
/// (so <c>Dictionary&lt;string, T&gt;</c> and enum or GUID keys bind from either). Two entries whose keys convert
/// to the same key are refused: keeping either value would silently drop the other.
/// </summary>
internal sealed class DictionaryConverter<TKey, TValue>(ReplyConverter<TKey> keys, ReplyConverter<TValue> values)
    : ReplyConverter<Dictionary<TKey, TValue>>
    where TKey : notnull
{
    public override Dictionary<TKey, TValue> Convert(JsValue value, ReplyBindingContext context)
    {
        switch (value)
        {
            // A Map: keys of any kind; failures are located by entry position.
            case JsMap map:
                var fromMap = new Dictionary<TKey, TValue>(map.Count);
                for (int i = 0; i < map.Count; i++)
                {
                    Add(fromMap, map[i].Key, map[i].Value, context, BindingErrors.Index(i));
                }

                return fromMap;

            // A plain object: string keys, located by name.
            case JsObject obj:
                var fromObject = new Dictionary<TKey, TValue>(obj.Count);
                for (int i = 0; i < obj.Count; i++)
                {
                    Add(fromObject, new JsString(obj[i].Key), obj[i].Value, context, BindingErrors.Property(obj[i].Key));
                }

                return fromObject;

            default:
                throw BindingErrors.Mismatch("a Map or an object", value);
        }
    }

    private void Add(Dictionary<TKey, TValue> result, JsValue k, JsValue v, ReplyBindingContext context, string segment)
    {
        try
        {
            var clrKey = keys.Convert(k, context);
            if (clrKey is null)
            {
                throw BindingErrors.Invalid("A dictionary key cannot be null.");
            }

            if (!result.TryAdd(clrKey, values.Convert(v, context)))
            {
                throw BindingErrors.Invalid("Two entries have the same key.");
            }
        }
        catch (ReplyDecodeException e)
        {
            throw BindingErrors.Prepend(e, segment);
        }
    }
}
