using System.ComponentModel;
using System.Numerics;

namespace UseServer.Flight.Binding;

/// <summary>
/// The converters that generated server-function code composes, one expression per parameter, such as
/// <c>ReplyConverters.List(ReplyConverters.NullableRef(ReplyConverters.String))</c>. Nothing here uses
/// reflection; converters are built once at startup and are safe to share between requests.
/// </summary>
/// <remarks>
/// Every converter is strict: a value of the wrong JavaScript type, out of range, or <c>null</c>/<c>undefined</c>
/// where the parameter is not nullable fails with a <see cref="Reply.ReplyDecodeException"/> whose code is
/// <see cref="Reply.ReplyErrorCode.InvalidArguments"/> (a 400) and whose path names the offending value.
/// Nothing is coerced: numbers are not strings, strings are not numbers, and there is no truthiness.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static partial class ReplyConverters
{
    /// <summary><see cref="bool"/> from a boolean only.</summary>
    public static ReplyConverter<bool> Boolean => BooleanConverter.Instance;

    /// <summary><see cref="string"/> from a string only.</summary>
    public static ReplyConverter<string> String => StringConverter.Instance;

    /// <summary><see cref="char"/> from a string of exactly one UTF-16 code unit.</summary>
    public static ReplyConverter<char> Char => CharConverter.Instance;

    /// <summary><see cref="byte"/> from a whole number or bigint in range.</summary>
    public static ReplyConverter<byte> Byte => IntegerConverter<byte>.Instance;

    /// <summary><see cref="sbyte"/> from a whole number or bigint in range.</summary>
    public static ReplyConverter<sbyte> SByte => IntegerConverter<sbyte>.Instance;

    /// <summary><see cref="short"/> from a whole number or bigint in range.</summary>
    public static ReplyConverter<short> Int16 => IntegerConverter<short>.Instance;

    /// <summary><see cref="ushort"/> from a whole number or bigint in range.</summary>
    public static ReplyConverter<ushort> UInt16 => IntegerConverter<ushort>.Instance;

    /// <summary><see cref="int"/> from a whole number or bigint in range.</summary>
    public static ReplyConverter<int> Int32 => IntegerConverter<int>.Instance;

    /// <summary><see cref="uint"/> from a whole number or bigint in range.</summary>
    public static ReplyConverter<uint> UInt32 => IntegerConverter<uint>.Instance;

    /// <summary><see cref="long"/> from a safe integer (|n| ≤ 2^53−1) or a bigint in range.</summary>
    public static ReplyConverter<long> Int64 => IntegerConverter<long>.Instance;

    /// <summary><see cref="ulong"/> from a safe integer or a bigint in range.</summary>
    public static ReplyConverter<ulong> UInt64 => IntegerConverter<ulong>.Instance;

    /// <summary><see cref="System.Int128"/> from a safe integer or a bigint in range.</summary>
    public static ReplyConverter<Int128> Int128 => IntegerConverter<Int128>.Instance;

    /// <summary><see cref="System.UInt128"/> from a safe integer or a bigint in range.</summary>
    public static ReplyConverter<UInt128> UInt128 => IntegerConverter<UInt128>.Instance;

    /// <summary><see cref="System.Numerics.BigInteger"/> from a safe integer or a bigint.</summary>
    public static ReplyConverter<BigInteger> BigInteger => IntegerConverter<BigInteger>.Instance;

    /// <summary><see cref="System.Half"/> from a number; NaN, infinities and -0 carry over, a finite number beyond its range fails.</summary>
    public static ReplyConverter<Half> Half => HalfConverter.Instance;

    /// <summary><see cref="float"/> from a number; NaN, infinities and -0 carry over, a finite number beyond its range fails.</summary>
    public static ReplyConverter<float> Single => SingleConverter.Instance;

    /// <summary><see cref="double"/> from any number, NaN, infinities and -0 included.</summary>
    public static ReplyConverter<double> Double => DoubleConverter.Instance;

    /// <summary><see cref="decimal"/> from a finite number, a bigint, or a string in invariant notation (which keeps every digit).</summary>
    public static ReplyConverter<decimal> Decimal => DecimalConverter.Instance;

    /// <summary><see cref="System.Guid"/> from its 36-character hyphenated text.</summary>
    public static ReplyConverter<Guid> Guid => GuidConverter.Instance;

    /// <summary><see cref="System.DateTime"/> (<see cref="DateTimeKind.Utc"/>) from a <c>Date</c> within years 1–9999.</summary>
    public static ReplyConverter<DateTime> DateTime => DateTimeConverter.Instance;

    /// <summary><see cref="System.DateTimeOffset"/> (offset zero) from a <c>Date</c> within years 1–9999.</summary>
    public static ReplyConverter<DateTimeOffset> DateTimeOffset => DateTimeOffsetConverter.Instance;

    /// <summary><see cref="System.DateOnly"/> from <c>"yyyy-MM-dd"</c> or a <c>Date</c> at exactly midnight UTC.</summary>
    public static ReplyConverter<DateOnly> DateOnly => DateOnlyConverter.Instance;

    /// <summary><see cref="System.TimeOnly"/> from <c>"HH:mm"</c> or <c>"HH:mm:ss[.fffffff]"</c>.</summary>
    public static ReplyConverter<TimeOnly> TimeOnly => TimeOnlyConverter.Instance;

    /// <summary><see cref="System.TimeSpan"/> from <c>"[-][d.]hh:mm:ss[.fffffff]"</c>, the format System.Text.Json uses.</summary>
    public static ReplyConverter<TimeSpan> TimeSpan => TimeSpanConverter.Instance;
}
