using System.Globalization;
using UseServer.Flight.Values;

namespace UseServer.Flight.Binding;

/// <summary><see cref="DateTimeOffset"/> (offset zero) from a JavaScript <c>Date</c> within years 1–9999.</summary>
internal sealed class DateTimeOffsetConverter : ReplyConverter<DateTimeOffset>
{
    public static readonly DateTimeOffsetConverter Instance = new();

    public override DateTimeOffset Convert(JsValue value, ReplyBindingContext context) => value switch
    {
        JsDate d => d.ToDateTimeOffset() ?? throw BindingErrors.Invalid($"The date {d.ToIsoString()} is outside the years 1 to 9999 that .NET supports."),
        _ => throw BindingErrors.Mismatch("a Date", value),
    };
}

/// <summary><see cref="DateTime"/> with <see cref="DateTimeKind.Utc"/> from a JavaScript <c>Date</c>.</summary>
internal sealed class DateTimeConverter : ReplyConverter<DateTime>
{
    public static readonly DateTimeConverter Instance = new();

    public override DateTime Convert(JsValue value, ReplyBindingContext context) =>
        DateTimeOffsetConverter.Instance.Convert(value, context).UtcDateTime;
}

/// <summary>
/// <see cref="DateOnly"/> from <c>"yyyy-MM-dd"</c> (what <c>&lt;input type="date"&gt;</c> and System.Text.Json use), or
/// from a <c>Date</c> at exactly UTC midnight. A <c>Date</c> with a time of day is refused rather than
/// truncated, because which calendar day it names depends on the client's time zone.
/// </summary>
internal sealed class DateOnlyConverter : ReplyConverter<DateOnly>
{
    public static readonly DateOnlyConverter Instance = new();

    public override DateOnly Convert(JsValue value, ReplyBindingContext context)
    {
        switch (value)
        {
            // ISO calendar date text.
            case JsString s:
                return DateOnly.TryParseExact(s.Value, "yyyy'-'MM'-'dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                    ? date
                    : throw BindingErrors.Invalid("Expected a date as \"yyyy-MM-dd\".");

            // A Date at UTC midnight, as new Date("2024-05-01") makes.
            case JsDate:
                var utc = DateTimeOffsetConverter.Instance.Convert(value, context).UtcDateTime;
                return utc.TimeOfDay == TimeSpan.Zero
                    ? DateOnly.FromDateTime(utc)
                    : throw BindingErrors.Invalid("Expected a Date at midnight UTC for DateOnly; send \"yyyy-MM-dd\" to name a calendar day.");

            default:
                throw BindingErrors.Mismatch("a \"yyyy-MM-dd\" string or a Date", value);
        }
    }
}
