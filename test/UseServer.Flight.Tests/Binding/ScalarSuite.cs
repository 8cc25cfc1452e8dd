using System.Numerics;
using UseServer.Flight.Binding;

namespace UseServer.Flight.Tests.Binding;

public abstract class ScalarSuite : ConverterSuite
{
    [Fact]
    public void Boolean_binds_only_from_booleans()
    {
        var c = C(ReplyConverters.Boolean);
        Assert.True(Bind(c, Js.Bool(true)));
        Assert.False(Bind(c, Js.Bool(false)));
        Fails(c, Js.Num(1));
        Fails(c, Js.Str("true"));
        Fails(c, Js.Null);
        Fails(c, Js.Undefined);
    }

    [Fact]
    public void String_binds_only_from_strings()
    {
        var c = C(ReplyConverters.String);
        Assert.Equal("$x", Bind(c, Js.Str("$x")));
        Assert.Equal("", Bind(c, Js.Str("")));
        Assert.Contains("a number", Fails(c, Js.Num(1)).Message);
        Fails(c, Js.Null);
        Fails(c, Js.Undefined);
    }

    [Fact]
    public void Char_binds_from_one_utf16_unit()
    {
        var c = C(ReplyConverters.Char);
        Assert.Equal('é', Bind(c, Js.Str("é")));
        Fails(c, Js.Str(""));
        Fails(c, Js.Str("ab"));
        Fails(c, Js.Str("😀"));
        Fails(c, Js.Num(65));
    }

    [Fact]
    public void Int32_binds_whole_numbers_in_range()
    {
        var c = C(ReplyConverters.Int32);
        Assert.Equal(42, Bind(c, Js.Num(42)));
        Assert.Equal(0, Bind(c, Js.Num(-0.0)));
        Assert.Equal(int.MinValue, Bind(c, Js.Num(int.MinValue)));
        Assert.Equal(7, Bind(c, Js.Big(7)));
        Fails(c, Js.Num(1.5));
        Fails(c, Js.Num(double.NaN));
        Fails(c, Js.Num(double.PositiveInfinity));
        Fails(c, Js.Num(2147483648d));
        Fails(c, Js.Big(BigInteger.Pow(2, 31)));
        Fails(c, Js.Str("42"));
        Fails(c, Js.Null);
    }

    [Fact]
    public void Small_integers_check_their_range()
    {
        Assert.Equal(255, Bind(C(ReplyConverters.Byte), Js.Num(255)));
        Fails(C(ReplyConverters.Byte), Js.Num(256));
        Fails(C(ReplyConverters.Byte), Js.Num(-1));
        Assert.Equal(-128, Bind(C(ReplyConverters.SByte), Js.Num(-128)));
        Fails(C(ReplyConverters.SByte), Js.Num(128));
        Assert.Equal(short.MaxValue, Bind(C(ReplyConverters.Int16), Js.Num(short.MaxValue)));
        Fails(C(ReplyConverters.Int16), Js.Num(32768));
        Assert.Equal(ushort.MaxValue, Bind(C(ReplyConverters.UInt16), Js.Num(65535)));
        Fails(C(ReplyConverters.UInt16), Js.Num(-1));
        Assert.Equal(uint.MaxValue, Bind(C(ReplyConverters.UInt32), Js.Num(uint.MaxValue)));
        Fails(C(ReplyConverters.UInt32), Js.Num(-1));
    }

    [Fact]
    public void Int64_takes_safe_integers_and_bigints()
    {
        var c = C(ReplyConverters.Int64);
        Assert.Equal(9007199254740991L, Bind(c, Js.Num(9007199254740991d)));
        Assert.Equal(-9007199254740991L, Bind(c, Js.Num(-9007199254740991d)));
        Assert.Equal(long.MaxValue, Bind(c, Js.Big(long.MaxValue)));
        Assert.Contains("safe integer", Fails(c, Js.Num(9007199254740992d)).Message);
        Fails(c, Js.Big((BigInteger)long.MaxValue + 1));
        Fails(c, Js.Num(0.5));
    }

    [Fact]
    public void Wide_integers_bind_from_bigints()
    {
        Assert.Equal(ulong.MaxValue, Bind(C(ReplyConverters.UInt64), Js.Big(ulong.MaxValue)));
        Fails(C(ReplyConverters.UInt64), Js.Big(-1));
        Assert.Equal(Int128.MaxValue, Bind(C(ReplyConverters.Int128), Js.Big((BigInteger)Int128.MaxValue)));
        Fails(C(ReplyConverters.Int128), Js.Big((BigInteger)Int128.MaxValue + 1));
        Assert.Equal(UInt128.MaxValue, Bind(C(ReplyConverters.UInt128), Js.Big((BigInteger)UInt128.MaxValue)));
        Fails(C(ReplyConverters.UInt128), Js.Num(-1));
        var huge = BigInteger.Pow(10, 299);
        Assert.Equal(huge, Bind(C(ReplyConverters.BigInteger), Js.Big(huge)));
        Assert.Equal(new BigInteger(12), Bind(C(ReplyConverters.BigInteger), Js.Num(12)));
        Fails(C(ReplyConverters.BigInteger), Js.Num(1e300));
    }

    [Fact]
    public void Double_keeps_every_number()
    {
        var c = C(ReplyConverters.Double);
        Assert.Equal(0.1, Bind(c, Js.Num(0.1)));
        Assert.True(double.IsNaN(Bind(c, Js.Num(double.NaN))));
        Assert.Equal(double.NegativeInfinity, Bind(c, Js.Num(double.NegativeInfinity)));
        Assert.True(double.IsNegative(Bind(c, Js.Num(-0.0))));
        Fails(c, Js.Big(1));
        Fails(c, Js.Str("1"));
    }

    [Fact]
    public void Single_and_half_refuse_finite_overflow()
    {
        var f = C(ReplyConverters.Single);
        Assert.Equal(1.5f, Bind(f, Js.Num(1.5)));
        Assert.Equal(float.PositiveInfinity, Bind(f, Js.Num(double.PositiveInfinity)));
        Assert.True(float.IsNaN(Bind(f, Js.Num(double.NaN))));
        Fails(f, Js.Num(1e39));
        var h = C(ReplyConverters.Half);
        Assert.Equal((Half)2.5, Bind(h, Js.Num(2.5)));
        Fails(h, Js.Num(70000));
        Fails(h, Js.Str("1"));
    }

    [Fact]
    public void Decimal_binds_numbers_bigints_and_decimal_strings()
    {
        var c = C(ReplyConverters.Decimal);
        Assert.Equal(0.1m, Bind(c, Js.Num(0.1)));
        Assert.Equal(12345678901234567890.12m, Bind(c, Js.Str("12345678901234567890.12")));
        Assert.Equal(-1000m, Bind(c, Js.Str("-1e3")));
        Assert.Equal(5m, Bind(c, Js.Big(5)));
        Fails(c, Js.Num(double.NaN));
        Fails(c, Js.Num(1e30));
        Fails(c, Js.Str("1,000"));
        Fails(c, Js.Str("abc"));
        Fails(c, Js.Big(BigInteger.Pow(10, 30)));
        Fails(c, Js.Bool(true));
    }

    [Fact]
    public void Guid_binds_from_hyphenated_text()
    {
        var c = C(ReplyConverters.Guid);
        var g = Guid.NewGuid();
        Assert.Equal(g, Bind(c, Js.Str(g.ToString("D"))));
        Fails(c, Js.Str(g.ToString("N")));
        Fails(c, Js.Str("nope"));
        Fails(c, Js.Num(1));
    }

    [Fact]
    public void Dates_bind_from_js_dates_in_range()
    {
        var dt = Bind(C(ReplyConverters.DateTime), Js.Date("2024-05-01T10:20:30.456Z"));
        Assert.Equal(new DateTime(2024, 5, 1, 10, 20, 30, 456, DateTimeKind.Utc), dt);
        Assert.Equal(DateTimeKind.Utc, dt.Kind);
        var dto = Bind(C(ReplyConverters.DateTimeOffset), Js.Date("2024-05-01T10:20:30.456Z"));
        Assert.Equal(TimeSpan.Zero, dto.Offset);
        Assert.Equal(dt, dto.UtcDateTime);
        Fails(C(ReplyConverters.DateTime), new Values.JsDate(8.64e15));
        Fails(C(ReplyConverters.DateTimeOffset), new Values.JsDate(-8.64e15));
        Fails(C(ReplyConverters.DateTime), Js.Str("2024-05-01T10:20:30.456Z"));
        Fails(C(ReplyConverters.DateTime), Js.Num(0));
    }

    [Fact]
    public void DateOnly_binds_from_iso_day_or_utc_midnight()
    {
        var c = C(ReplyConverters.DateOnly);
        Assert.Equal(new DateOnly(2024, 2, 29), Bind(c, Js.Str("2024-02-29")));
        Assert.Equal(new DateOnly(2024, 5, 1), Bind(c, Js.Date("2024-05-01T00:00:00.000Z")));
        Fails(c, Js.Date("2024-05-01T22:00:00.000Z"));
        Fails(c, Js.Str("2023-02-29"));
        Fails(c, Js.Str("01/05/2024"));
        Fails(c, Js.Num(0));
    }

    [Fact]
    public void Time_types_bind_from_text()
    {
        var t = C(ReplyConverters.TimeOnly);
        Assert.Equal(new TimeOnly(9, 30), Bind(t, Js.Str("09:30")));
        Assert.Equal(new TimeOnly(9, 30, 15, 250), Bind(t, Js.Str("09:30:15.25")));
        Fails(t, Js.Str("25:00"));
        Fails(t, Js.Num(1));
        var s = C(ReplyConverters.TimeSpan);
        Assert.Equal(new TimeSpan(1, 2, 3, 4), Bind(s, Js.Str("1.02:03:04")));
        Assert.Equal(TimeSpan.FromMinutes(-90), Bind(s, Js.Str("-01:30:00")));
        Fails(s, Js.Str("PT1H"));
        Fails(s, Js.Num(1000));
    }

    [Fact]
    public void Enum_binds_from_exact_member_names_only()
    {
        var c = C(ReplyConverters.Enum<Color>());
        Assert.Equal(Color.Green, Bind(c, Js.Str("Green")));
        Assert.Equal(Color.Blue, Bind(c, Js.Str("Blue")));
        Fails(c, Js.Str("green"));
        Fails(c, Js.Str("1"));
        Fails(c, Js.Str("Red, Green"));
        Fails(c, Js.Num(1));
        Fails(c, Js.Null);
    }

    public enum Color
    {
        Red,
        Green,
        Blue = 7,
    }
}

public sealed class ScalarFactoryTests : ScalarSuite
{
    protected override bool UseResolver => false;
}

public sealed class ScalarResolverTests : ScalarSuite
{
    protected override bool UseResolver => true;
}
