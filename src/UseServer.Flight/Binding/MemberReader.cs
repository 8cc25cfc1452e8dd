using System.Text;
using System.Text.Json;
using UseServer.Flight.Values;

namespace UseServer.Flight.Binding;

/// <summary>
/// Binds one member of a record or class (or one item of a collection inside it) straight from the reply's tokens, to
/// exactly the value System.Text.Json reads from the JSON that <see cref="DirectArgumentReader"/>'s rewrite would write
/// for the same tokens (<see cref="JsValueJsonWriter"/>'s mapping). Each method takes one kind of token, already counted
/// by <see cref="DirectArgumentReader.TryReadMember"/>; <see langword="false"/> means "not here": the whole argument goes
/// back to the rewrite and System.Text.Json, which decides what it means. A reader declines whatever it cannot prove
/// System.Text.Json reads the same way (numbers from strings, strings as dates, non-finite numbers…).
/// </summary>
internal abstract class MemberReader
{
    /// <summary>Whether null is this type's value for JSON <c>null</c> (a reference type or <see cref="Nullable{T}"/>).</summary>
    public abstract bool AcceptsNull { get; }

    /// <summary>A JSON number (finite or not, as the value model holds it).</summary>
    public virtual bool TryNumber(double number, out object? value) => Decline(out value);

    /// <summary>A string (tags resolved, well-formed).</summary>
    public virtual bool TryString(string text, out object? value) => Decline(out value);

    /// <summary>A plain string's UTF-8, not escaped and not tagged.</summary>
    public virtual bool TryPlain(ReadOnlySpan<byte> utf8, out object? value) => Decline(out value);

    /// <summary>A boolean, a Date or a bigint.</summary>
    public virtual bool TryOther(JsValue scalar, out object? value) => Decline(out value);

    /// <summary>A Date, by its time value (read straight from its <c>$D</c> text: no JsDate is made unless a reader needs one).</summary>
    public virtual bool TryDate(double time, out object? value) => TryOther(new JsDate(time), out value);

    /// <summary>A bigint that fits a <see cref="long"/> (read straight from its <c>$n</c> text: no JsBigInt is made unless a reader needs one).</summary>
    public virtual bool TryInteger(long integer, out object? value) => TryOther(new JsBigInt(integer), out value);

    /// <summary>The bytes of an <c>ArrayBuffer</c>, <c>Uint8Array</c>, <c>Uint8ClampedArray</c> or <c>DataView</c> (base64 in the JSON).</summary>
    public virtual bool TryBytes(ReadOnlyMemory<byte> bytes, out object? value) => Decline(out value);

    /// <summary>An object at <c>{</c> (already opened and counted), read to its <c>}</c>.</summary>
    public virtual bool TryObject(ref Utf8JsonReader reader, DirectArgumentReader direct, out object? value) => Decline(out value);

    /// <summary>An array at <c>[</c> (already opened and counted: a JSON array, a Set's or an iterator's items), read to its <c>]</c>; <paramref name="distinct"/> for a Set.</summary>
    public virtual bool TryArray(ref Utf8JsonReader reader, DirectArgumentReader direct, bool distinct, out object? value) => Decline(out value);

    /// <summary>A Map's entries at <c>[</c> (already opened and counted), read to its <c>]</c> (an object of its string keys in the JSON).</summary>
    public virtual bool TryMap(ref Utf8JsonReader reader, DirectArgumentReader direct, out object? value) => Decline(out value);

    protected static bool Decline(out object? value)
    {
        value = null;
        return false;
    }

    protected static bool Take(object? taken, out object? value)
    {
        value = taken;
        return true;
    }
}

/// <summary>The leaves: what System.Text.Json's built-in converters read from the rewrite's scalars.</summary>
internal static partial class MemberReaders
{
    // Boxes of the two booleans and of small integers, shared: most members hold them.
    private static readonly object True = true;
    private static readonly object False = false;

    /// <summary><c>Utf8JsonWriter</c> writes integral doubles below this as plain digits, which every integer reader takes.</summary>
    private const double PlainIntegerLimit = 1e15;

    /// <summary>The reader for a System.Text.Json leaf type, or <see langword="null"/> when it has none here.</summary>
    public static MemberReader? Leaf(Type type) =>
        type == typeof(string) ? StringReader.Instance :
        type == typeof(bool) ? new BooleanReader(false) :
        type == typeof(bool?) ? new BooleanReader(true) :
        type == typeof(double) ? new DoubleReader(false) :
        type == typeof(double?) ? new DoubleReader(true) :
        type == typeof(int) ? new IntegerReader(int.MinValue, int.MaxValue, false, static n => Box((int)n)) :
        type == typeof(int?) ? new IntegerReader(int.MinValue, int.MaxValue, true, static n => Box((int)n)) :
        type == typeof(long) ? new IntegerReader(long.MinValue, long.MaxValue, false, static n => Box(n)) :
        type == typeof(long?) ? new IntegerReader(long.MinValue, long.MaxValue, true, static n => Box(n)) :
        type == typeof(DateTime) ? new DateTimeReader(false) :
        type == typeof(DateTime?) ? new DateTimeReader(true) :
        type == typeof(byte[]) ? BytesReader.Instance :
        null;

    /// <summary>
    /// Small integers (ids, counts, indexes) are boxed once, not once per member. Sharing is safe because a box is only
    /// ever read: setters and constructors take the value, and System.Text.Json refuses by-ref (<c>in</c>/<c>ref</c>)
    /// constructor parameters, whose binding could write through a box (keep it so if the binder ever accepts them).
    /// </summary>
    private const int BoxedMin = -128;
    private const int BoxedMax = 1023;

    private static readonly object[] Int32Boxes = CreateBoxes(static i => i);
    private static readonly object[] Int64Boxes = CreateBoxes(static i => (long)i);

    private static object Box(bool value) => value ? True : False;

    private static object Box(int value) => value is >= BoxedMin and <= BoxedMax ? Int32Boxes[value - BoxedMin] : value;

    private static object Box(long value) => value is >= BoxedMin and <= BoxedMax ? Int64Boxes[value - BoxedMin] : value;

    private static object[] CreateBoxes(Func<int, object> box)
    {
        var boxes = new object[BoxedMax - BoxedMin + 1];
        for (int i = 0; i < boxes.Length; i++)
        {
            boxes[i] = box(i + BoxedMin);
        }

        return boxes;
    }

    /// <summary>A string: JSON strings only (a number or a boolean is an error to System.Text.Json).</summary>
    private sealed class StringReader : MemberReader
    {
        public static readonly StringReader Instance = new();

        public override bool AcceptsNull => true;

        public override bool TryString(string text, out object? value) => Take(text, out value);

        public override bool TryPlain(ReadOnlySpan<byte> utf8, out object? value) => Take(Encoding.UTF8.GetString(utf8), out value);
    }

    private sealed class BooleanReader(bool nullable) : MemberReader
    {
        public override bool AcceptsNull => nullable;

        public override bool TryOther(JsValue scalar, out object? value) =>
            scalar is JsBoolean b ? Take(Box(b.Value), out value) : Decline(out value);
    }

    /// <summary>A double: a finite number round-trips through the JSON's shortest text; NaN and the infinities are strings there.</summary>
    private sealed class DoubleReader(bool nullable) : MemberReader
    {
        public override bool AcceptsNull => nullable;

        public override bool TryNumber(double number, out object? value) =>
            double.IsFinite(number) ? Take(number, out value) : Decline(out value);
    }

    /// <summary>An integer: an integral number written as plain digits (not <c>-0</c>), or a bigint (its digits), within range.</summary>
    private sealed class IntegerReader(long min, long max, bool nullable, Func<long, object> box) : MemberReader
    {
        public override bool AcceptsNull => nullable;

        public override bool TryNumber(double number, out object? value) =>
            Math.Abs(number) < PlainIntegerLimit && Math.Truncate(number) == number && !(number == 0 && double.IsNegative(number)) && number >= min && number <= max
                ? Take(box((long)number), out value)
                : Decline(out value);

        public override bool TryOther(JsValue scalar, out object? value) =>
            scalar is JsBigInt b && b.Value >= min && b.Value <= max ? Take(box((long)b.Value), out value) : Decline(out value);

        public override bool TryInteger(long integer, out object? value) =>
            integer >= min && integer <= max ? Take(box(integer), out value) : Decline(out value);
    }

    /// <summary>A <see cref="DateTime"/> from a Date (its ISO text, UTC) within years 1–9999; a plain string is declined.</summary>
    private sealed class DateTimeReader(bool nullable) : MemberReader
    {
        public override bool AcceptsNull => nullable;

        public override bool TryOther(JsValue scalar, out object? value) =>
            scalar is JsDate d ? TryDate(d.Time, out value) : Decline(out value);

        public override bool TryDate(double time, out object? value) =>
            JsDate.ToDateTimeOffset(time) is { } at ? Take(at.UtcDateTime, out value) : Decline(out value);
    }

    /// <summary>A <c>byte[]</c> from binary parts (base64 in the JSON); a string is declined.</summary>
    private sealed class BytesReader : MemberReader
    {
        public static readonly BytesReader Instance = new();

        public override bool AcceptsNull => true;

        public override bool TryBytes(ReadOnlyMemory<byte> bytes, out object? value) => Take(bytes.ToArray(), out value);
    }
}
