using System.Globalization;
using System.Numerics;
using System.Text;
using UseServer.Flight.Binding;
using UseServer.Flight.Reply;
using UseServer.Flight.Tests.Binding;
using UseServer.Flight.Values;

namespace UseServer.Flight.Tests.Reply;

/// <summary>
/// The reply writer round trips through the real decoder: a value written, decoded by <see cref="ReplyDecoder"/> and
/// bound by the converter a parameter of its type gets, comes back equal (to the millisecond, for dates).
/// </summary>
public sealed class ReplyWriterTests
{
    private static readonly ReplyBindingContext Context = new(new ReplyLimits(), BindingJson.ReflectionOptions);

    [Theory]
    [InlineData("")]
    [InlineData("plain")]
    [InlineData("$")]
    [InlineData("$$")]
    [InlineData("$undefined")]
    [InlineData("$1:constructor")]
    [InlineData("$D2026-01-01T00:00:00.000Z")]
    [InlineData("é \u2028 \"quoted\" \\ end")]
    public void Strings_come_back_as_the_same_string(string value) =>
        Assert.Equal(value, RoundTrip(value, ReplyConverters.String));

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.1)]
    [InlineData(-2.5e-300)]
    [InlineData(double.MaxValue)]
    [InlineData(double.Epsilon)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Doubles_come_back_bit_for_bit(double value) =>
        Assert.Equal(BitConverter.DoubleToInt64Bits(value), BitConverter.DoubleToInt64Bits(RoundTrip(value, ReplyConverters.Double)));

    [Fact]
    public void Negative_zero_keeps_its_sign() =>
        Assert.True(double.IsNegative(RoundTrip(-0.0, ReplyConverters.Double)));

    [Fact]
    public void Integers_beyond_two_to_the_53_lose_nothing()
    {
        Assert.Equal(9007199254740991L, RoundTrip(9007199254740991L, ReplyConverters.Int64));
        Assert.Equal(9007199254740992L, RoundTrip(9007199254740992L, ReplyConverters.Int64));
        Assert.Equal(long.MaxValue, RoundTrip(long.MaxValue, ReplyConverters.Int64));
        Assert.Equal(long.MinValue, RoundTrip(long.MinValue, ReplyConverters.Int64));
        Assert.Equal(ulong.MaxValue, RoundTrip(ulong.MaxValue, ReplyConverters.UInt64));
        Assert.Equal(int.MinValue, RoundTrip(int.MinValue, ReplyConverters.Int32));
        Assert.Equal((byte)255, RoundTrip((byte)255, ReplyConverters.Byte));
        Assert.Equal(1234.5678m, RoundTrip(1234.5678m, ReplyConverters.Decimal)); // a JSON number: decimals travel as doubles do
        var big = BigInteger.Parse("-123456789012345678901234567890", CultureInfo.InvariantCulture);
        Assert.Equal(big, RoundTrip(big, ReplyConverters.BigInteger));
    }

    [Fact]
    public void Other_scalars_come_back_equal()
    {
        var id = Guid.NewGuid();
        Assert.Equal(id, RoundTrip(id, ReplyConverters.Guid));
        Assert.True(RoundTrip(true, ReplyConverters.Boolean));
        Assert.Equal('$', RoundTrip('$', ReplyConverters.Char));
        Assert.Equal(DayOfWeek.Friday, RoundTrip(DayOfWeek.Friday, ReplyConverters.Enum<DayOfWeek>()));
    }

    [Fact]
    public void Dates_come_back_to_the_millisecond()
    {
        var when = new DateTimeOffset(2026, 11, 23, 22, 0, 0, 123, TimeSpan.FromHours(2));
        Assert.Equal(when, RoundTrip(when, ReplyConverters.DateTimeOffset));

        // Ticks below a millisecond are not part of a JS Date; before 1970 they still round down, as toISOString shows.
        var early = new DateTimeOffset(1969, 12, 31, 23, 59, 59, 999, TimeSpan.Zero).AddTicks(9_999);
        Assert.Equal(new DateTimeOffset(1969, 12, 31, 23, 59, 59, 999, TimeSpan.Zero), RoundTrip(early, ReplyConverters.DateTimeOffset));
        Assert.Equal(DateTimeOffset.UnixEpoch.AddYears(-1969), RoundTrip(DateTimeOffset.UnixEpoch.AddYears(-1969), ReplyConverters.DateTimeOffset));
        var last = new DateTimeOffset(9999, 12, 31, 23, 59, 59, 999, TimeSpan.Zero);
        Assert.Equal(last, RoundTrip(DateTimeOffset.MaxValue, ReplyConverters.DateTimeOffset));

        // An unspecified DateTime is taken as UTC.
        var unspecified = new DateTime(2026, 3, 4, 5, 6, 7, 8, DateTimeKind.Unspecified);
        Assert.Equal(new DateTimeOffset(2026, 3, 4, 5, 6, 7, 8, TimeSpan.Zero), RoundTrip(unspecified, ReplyConverters.DateTimeOffset));
    }

    [Fact]
    public void Collections_and_records_come_back_equal()
    {
        Assert.Equal([1, 2, 3], RoundTrip(new List<int> { 1, 2, 3 }, ReplyConverters.List(ReplyConverters.Int32)));
        Assert.Equal(["a", "$b", "$$c"], RoundTrip(new[] { "a", "$b", "$$c" }, ReplyConverters.Array(ReplyConverters.String)));
        var map = RoundTrip(new Dictionary<string, double> { ["$k"] = double.NaN, ["x"] = -1 }, ReplyConverters.StringDictionary(ReplyConverters.Double));
        Assert.Equal(["$k", "x"], map.Keys);
        Assert.True(double.IsNaN(map["$k"]));

        var person = new Person("$Ada", 36, new Address("1 Loop", "$London"), ["$admin", "x"]);
        Person back = RoundTrip(person, ReplyConverters.Json<Person>(), BindingJson.ReflectionOptions);
        Assert.Equal(person.Name, back.Name);
        Assert.Equal(person.Age, back.Age);
        Assert.Equal(person.Home, back.Home);
        Assert.Equal(person.Tags, back.Tags);
    }

    [Fact]
    public void Undefined_and_null_keep_their_difference()
    {
        JsArray decoded = Decode(ReplyWriter.Write([JsValue.Undefined, null, JsValue.Null], jsonOptions: null));

        Assert.IsType<JsUndefined>(decoded[0]);
        Assert.IsType<JsNull>(decoded[1]);
        Assert.IsType<JsNull>(decoded[2]);
    }

    [Fact]
    public void Values_the_format_cannot_express_are_refused()
    {
        var cycle = new List<object>();
        cycle.Add(cycle);

        Assert.Throws<ArgumentException>(() => ReplyWriter.Write([cycle], jsonOptions: null));
        Assert.Throws<ArgumentException>(() => ReplyWriter.Write([new object()], jsonOptions: null));
        Assert.Throws<ArgumentException>(() => ReplyWriter.Write([new Dictionary<int, int> { [1] = 1 }], jsonOptions: null));
        Assert.Throws<ArgumentException>(() => ReplyWriter.Write([new JsString("a value model value")], jsonOptions: null));
        Assert.Throws<ArgumentException>(() => ReplyWriter.Write([new Person("a", 1, null, [])], jsonOptions: null));
    }

    [Fact]
    public void Values_nest_up_to_the_depth_limit()
    {
        Assert.Single(Decode(ReplyWriter.Write([Nest(64)], jsonOptions: null)));
        Assert.Throws<ArgumentException>(() => ReplyWriter.Write([Nest(65)], jsonOptions: null));

        // n lists, the innermost holding one string: the string is at depth n + 1.
        static object Nest(int lists)
        {
            object value = "leaf";
            for (int i = 1; i < lists; i++)
            {
                value = new List<object> { value };
            }

            return value;
        }
    }

    private static T RoundTrip<T>(object? value, ReplyConverter<T> converter, System.Text.Json.JsonSerializerOptions? jsonOptions = null)
    {
        byte[] body = ReplyWriter.Write([value], jsonOptions);
        JsArray decoded = Decode(body);
        Assert.Single(decoded);
        return converter.Convert(decoded[0], Context);
    }

    private static JsArray Decode(byte[] body) =>
        Assert.IsType<JsArray>(ReplyDecoder.Decode(ReplyPayload.FromText(body, ReplyLimits.Default), ReplyLimits.Default, string.Empty, default));
}
