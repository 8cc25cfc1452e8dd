using System.Globalization;
using UseServer.Flight.Values;

namespace UseServer.Flight.Binding;

internal sealed partial class JsValueJsonWriter
{
    /// <summary>An open object or array: which child comes next, and how to name it in a path.</summary>
    private sealed class Frame(JsValue container, int count, bool isObject)
    {
        private HashSet<string>? _mapKeys;

        public JsValue Container { get; } = container;

        public int Count { get; } = count;

        public bool IsObject { get; } = isObject;

        /// <summary>How many children have been started.</summary>
        public int Index { get; private set; }

        /// <summary>Moves to the next child: its property name (objects and maps) and value.</summary>
        public (string? Name, JsValue Value) Next()
        {
            int i = Index++;
            switch (Container)
            {
                case JsObject o:
                    return (o[i].Key, o[i].Value);
                case JsMap m:
                    string key = MapKey(m[i].Key);
                    _mapKeys ??= new HashSet<string>(StringComparer.Ordinal);
                    return _mapKeys.Add(key) ? (key, m[i].Value) : throw BindingErrors.Invalid("Two Map keys are the same property name.");
                case JsArray a:
                    return (null, a[i]);
                case JsSet s:
                    return (null, s[i]);
                default:
                    return (null, ((JsIterator)Container).Items[i]);
            }
        }

        /// <summary>The path segment of the child being written.</summary>
        public string Segment() => Container is JsObject o && Index > 0 ? BindingErrors.Property(o[Index - 1].Key) : BindingErrors.Index(Math.Max(Index - 1, 0));

        // A Map key becomes a property name as String(key) would make it; other keys have no JSON name.
        private static string MapKey(JsValue key) => key switch
        {
            JsString s => s.Value,
            JsNumber n when double.IsFinite(n.Value) => n.Value.ToString("R", CultureInfo.InvariantCulture),
            JsBigInt b => b.Value.ToString(CultureInfo.InvariantCulture),
            _ => throw BindingErrors.Invalid($"A Map key that is {BindingErrors.Describe(key)} cannot be a property name."),
        };
    }
}
