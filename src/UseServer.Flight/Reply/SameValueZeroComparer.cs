using System.Diagnostics.CodeAnalysis;
using UseServer.Flight.Values;

namespace UseServer.Flight.Reply;

/// <summary>JavaScript's SameValueZero, the key equality of Map and Set: primitives by value (NaN equals NaN, -0 equals 0), everything else by identity.</summary>
internal sealed class SameValueZeroComparer : IEqualityComparer<JsValue>
{
    public static readonly SameValueZeroComparer Instance = new();

    public bool Equals(JsValue? x, JsValue? y) => (x, y) switch
    {
        (JsNumber a, JsNumber b) => a.Value == b.Value || (double.IsNaN(a.Value) && double.IsNaN(b.Value)),
        (JsString a, JsString b) => string.Equals(a.Value, b.Value, StringComparison.Ordinal),
        (JsBigInt a, JsBigInt b) => a.Value == b.Value,
        (JsBoolean a, JsBoolean b) => a.Value == b.Value,
        _ => ReferenceEquals(x, y),
    };

    public int GetHashCode([DisallowNull] JsValue obj) => obj switch
    {
        JsNumber n => n.Value == 0 ? 0 : n.Value.GetHashCode(),
        JsString s => string.GetHashCode(s.Value, StringComparison.Ordinal),
        JsBigInt b => b.Value.GetHashCode(),
        JsBoolean b => b.Value ? 1 : 2,
        _ => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj),
    };
}
