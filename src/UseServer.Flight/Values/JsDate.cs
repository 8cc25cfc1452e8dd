namespace UseServer.Flight.Values;

/// <summary>
/// A JavaScript <c>Date</c>: milliseconds since the Unix epoch, within JavaScript's range of
/// ±8.64e15 ms (years −271821 to 275760), which is wider than <see cref="DateTimeOffset"/>'s.
/// </summary>
public sealed class JsDate : JsValue
{
    /// <summary>The largest absolute time value a JavaScript <c>Date</c> can hold.</summary>
    public const double MaxTime = 8.64e15;

    /// <summary>Creates a date from a time value in whole milliseconds since the epoch.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Outside JavaScript's date range or not whole.</exception>
    public JsDate(double time)
    {
        if (!(Math.Abs(time) <= MaxTime) || Math.Truncate(time) != time)
        {
            throw new ArgumentOutOfRangeException(nameof(time), time, "Not a valid JavaScript time value.");
        }

        Time = time + 0.0; // normalise -0 to +0, as Date does
    }

    /// <summary>Creates a date from a <see cref="DateTimeOffset"/> (sub-millisecond ticks are dropped).</summary>
    public JsDate(DateTimeOffset value)
        : this((double)value.ToUnixTimeMilliseconds())
    {
    }

    /// <summary>Milliseconds since 1970-01-01T00:00:00Z.</summary>
    public double Time { get; }

    /// <inheritdoc/>
    public override JsValueKind Kind => JsValueKind.Date;

    /// <summary>The date as a <see cref="DateTimeOffset"/> in UTC, or <see langword="null"/> when it lies outside years 1–9999.</summary>
    public DateTimeOffset? ToDateTimeOffset() => ToDateTimeOffset(Time);

    /// <summary>Time value <paramref name="time"/> as a <see cref="DateTimeOffset"/> in UTC, or <see langword="null"/> outside years 1–9999.</summary>
    internal static DateTimeOffset? ToDateTimeOffset(double time)
    {
        const double min = -62135596800000; // 0001-01-01T00:00:00Z
        const double max = 253402300799999; // 9999-12-31T23:59:59.999Z
        return time is >= min and <= max ? DateTimeOffset.FromUnixTimeMilliseconds((long)time) : null;
    }

    /// <summary>The ISO 8601 text <c>Date.prototype.toISOString</c> produces (six-digit signed years outside 0–9999).</summary>
    public string ToIsoString() => JsDateText.Format(Time);

    /// <inheritdoc/>
    public override string ToString() => ToIsoString();
}
