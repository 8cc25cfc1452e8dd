using System.Globalization;
using UseServer.Flight.Values;

namespace UseServer.Flight.Binding;

// JavaScript has no native form for these types, so each reads the same text System.Text.Json writes
// and reads, which is also what the TypeScript stubs describe: a value binds the same way as a
// parameter and as a record member.

/// <summary><see cref="Guid"/> from its 36-character hyphenated text (the <c>"D"</c> format, as <c>crypto.randomUUID()</c> makes).</summary>
internal sealed class GuidConverter : ReplyConverter<Guid>
{
    public static readonly GuidConverter Instance = new();

    public override Guid Convert(JsValue value, ReplyBindingContext context) => value switch
    {
        JsString s => Guid.TryParseExact(s.Value, "D", out var g) ? g : throw BindingErrors.Invalid("Expected a GUID as \"xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx\"."),
        _ => throw BindingErrors.Mismatch("a GUID string", value),
    };
}

/// <summary><see cref="TimeSpan"/> from the constant <c>"c"</c> format (<c>"[-][d.]hh:mm:ss[.fffffff]"</c>), as System.Text.Json.</summary>
internal sealed class TimeSpanConverter : ReplyConverter<TimeSpan>
{
    public static readonly TimeSpanConverter Instance = new();

    public override TimeSpan Convert(JsValue value, ReplyBindingContext context) => value switch
    {
        JsString s => TimeSpan.TryParseExact(s.Value, "c", CultureInfo.InvariantCulture, out var t) ? t : throw BindingErrors.Invalid("Expected a time span as \"[-][d.]hh:mm:ss[.fffffff]\"."),
        _ => throw BindingErrors.Mismatch("a time span string", value),
    };
}

/// <summary><see cref="TimeOnly"/> from <c>"HH:mm"</c> (what <c>&lt;input type="time"&gt;</c> sends) or <c>"HH:mm:ss[.fffffff]"</c>.</summary>
internal sealed class TimeOnlyConverter : ReplyConverter<TimeOnly>
{
    private static readonly string[] Formats = ["HH':'mm", "HH':'mm':'ss", "HH':'mm':'ss'.'FFFFFFF"];

    public static readonly TimeOnlyConverter Instance = new();

    public override TimeOnly Convert(JsValue value, ReplyBindingContext context) => value switch
    {
        JsString s => TimeOnly.TryParseExact(s.Value, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : throw BindingErrors.Invalid("Expected a time of day as \"HH:mm[:ss[.fffffff]]\"."),
        _ => throw BindingErrors.Mismatch("a time-of-day string", value),
    };
}
