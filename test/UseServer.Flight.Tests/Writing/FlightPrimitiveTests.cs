using System.Numerics;
using System.Text;
using UseServer.Flight.Values;
using UseServer.Flight.Writing;
using static UseServer.Flight.Tests.Writing.FlightOutput;

namespace UseServer.Flight.Tests.Writing;

public class FlightPrimitiveTests
{
    public static TheoryData<object?, string> Roots() => new()
    {
        { null, "0:null\n" },
        { JsValue.Undefined, "0:\"$undefined\"\n" },            // prod 13-undefined-root
        { "just a string", "0:\"just a string\"\n" },           // prod 12-string-root
        { "$dollar", "0:\"$$dollar\"\n" },
        { "", "0:\"\"\n" },
        { true, "0:true\n" },
        { JsBoolean.False, "0:false\n" },
        { 42, "0:42\n" },
        { (short)-7, "0:-7\n" },
        { (byte)255, "0:255\n" },
        { uint.MaxValue, "0:4294967295\n" },
        { 42L, "0:\"$n42\"\n" },
        { ulong.MaxValue, "0:\"$n18446744073709551615\"\n" },
        { Int128.MinValue, "0:\"$n-170141183460469231731687303715884105728\"\n" },
        { BigInteger.Parse("12345678901234567890"), "0:\"$n12345678901234567890\"\n" },
        { new JsBigInt(-5), "0:\"$n-5\"\n" },
        { double.NaN, "0:\"$NaN\"\n" },
        { double.PositiveInfinity, "0:\"$Infinity\"\n" },
        { new JsNumber(double.NegativeInfinity), "0:\"$-Infinity\"\n" },
        { -0.0, "0:\"$-0\"\n" },
        { 0.1f, "0:0.1\n" },
        { (Half)0.5, "0:0.5\n" },
        { 1.25m, "0:1.25\n" },
        { 'x', "0:\"x\"\n" },
        { '$', "0:\"$$\"\n" },
        { Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e"), "0:\"0f8fad5b-d9cb-469f-a165-70867728950e\"\n" },
        { DayOfWeek.Tuesday, "0:\"Tuesday\"\n" },
        { TimeSpan.FromSeconds(90061.5), "0:\"1.01:01:01.5000000\"\n" },
        { new JsTemporaryReference("0:el"), "0:\"$T0:el\"\n" },
        { ReactSymbols.Suspense, "0:\"$Sreact.suspense\"\n" },
    };

    [Theory]
    [MemberData(nameof(Roots))]
    public async Task Root_values(object? value, string expected) => Assert.Equal(expected, await WriteAsync(value));

    [Theory]
    [InlineData(1e21, "1e+21")]
    [InlineData(1e-7, "1e-7")]
    [InlineData(123.456, "123.456")]
    [InlineData(0.1, "0.1")]
    [InlineData(1.5e300, "1.5e+300")]
    [InlineData(1152921504606846976d, "1152921504606847000")]
    [InlineData(5e-324, "5e-324")]
    [InlineData(-1.5, "-1.5")]
    [InlineData(0.000001, "0.000001")]
    [InlineData(1e20, "100000000000000000000")]
    [InlineData(double.MaxValue, "1.7976931348623157e+308")]
    [InlineData(0.30000000000000004, "0.30000000000000004")]
    [InlineData(123456789.125, "123456789.125")]
    [InlineData(-0.000123, "-0.000123")]
    [InlineData(1e15, "1000000000000000")]
    [InlineData(9007199254740993d, "9007199254740992")]
    [InlineData(1d / 3, "0.3333333333333333")]
    public async Task Numbers_are_written_as_JavaScript_writes_them(double value, string expected) =>
        Assert.Equal("0:" + expected + "\n", await WriteAsync(value)); // expectations from node: String(x)

    [Fact]
    public async Task Strings_are_escaped_exactly_as_JSON_stringify()
    {
        // node: JSON.stringify("a\u0000\u001f\"\\\b\f\n\r\t\u2028😀\ud800x\udc00<>&'+é")
        string value = "a\u0000\u001f\"\\\b\f\n\r\t\u2028😀\ud800x\udc00<>&'+é";
        Assert.Equal("0:\"a\\u0000\\u001f\\\"\\\\\\b\\f\\n\\r\\t\u2028😀\\ud800x\\udc00<>&'+é\"\n", await WriteAsync(value));
    }

    [Fact]
    public async Task Object_keys_are_escaped_but_not_dollar_tagged()
    {
        var value = new JsObject([new("$k\n", new JsString("$v"))]);
        Assert.Equal("0:{\"$k\\n\":\"$$v\"}\n", await WriteAsync(value));
    }

    [Fact]
    public async Task Strings_below_1024_units_stay_inline()
    {
        string value = new('x', 1023);
        Assert.Equal("0:\"" + value + "\"\n", await WriteAsync(value));
    }

    [Fact]
    public async Task Strings_of_1024_units_go_to_a_T_row_with_their_byte_length()
    {
        string value = new('x', 1100); // prod 08-large-string-text-row: 1:T44c,xxxx… 0:{"big":"$1"}
        byte[] payload = await WriteBytesAsync(new JsObject([new("big", new JsString(value))]));
        Assert.Equal(["1:T44c," + value, "0:{\"big\":\"$1\"}\n"], Rows(payload));
    }

    [Fact]
    public async Task T_row_length_counts_UTF8_bytes_not_characters()
    {
        string value = new string('é', 1023) + "😀"; // 1025 UTF-16 units, 2*1023 + 4 bytes
        Assert.Equal("1:T802," + value + "0:\"$1\"\n", await WriteAsync(value));
    }

    [Fact]
    public async Task A_T_row_string_starting_with_dollar_is_not_escaped_inside_the_row()
    {
        string value = "$" + new string('a', 1023);
        Assert.Equal("1:T400," + value + "0:\"$1\"\n", await WriteAsync(value));
    }

    public static TheoryData<object, string> Dates() => new()
    {
        { new DateTime(2024, 1, 2, 3, 4, 5, DateTimeKind.Utc), "2024-01-02T03:04:05.000Z" },
        { new DateTime(2024, 1, 2, 3, 4, 5, 678, DateTimeKind.Unspecified), "2024-01-02T03:04:05.678Z" }, // no zone: taken as UTC
        { new DateTimeOffset(2024, 1, 2, 5, 4, 5, TimeSpan.FromHours(2)), "2024-01-02T03:04:05.000Z" },
        { new DateOnly(2024, 1, 2), "2024-01-02T00:00:00.000Z" },
        { new DateTime(1969, 12, 31, 23, 59, 59, 999, DateTimeKind.Utc).AddTicks(5), "1969-12-31T23:59:59.999Z" },
        { new JsDate(-8.64e15), "-271821-04-20T00:00:00.000Z" },
        { DateTime.MaxValue, "9999-12-31T23:59:59.999Z" },
    };

    [Theory]
    [MemberData(nameof(Dates))]
    public async Task Dates_are_D_tagged_ISO_text(object value, string iso) =>
        Assert.Equal("0:\"$D" + iso + "\"\n", await WriteAsync(value));

    [Fact]
    public async Task Minimal_payload_i_from_the_spec()
    {
        // The minimal payload React's client reads: one model row.
        var value = new JsObject([
            new("ok", JsBoolean.True),
            new("count", new JsNumber(2)),
            new("list", new JsArray([new JsNumber(1), new JsString("two")])),
            new("s", new JsString("$dollar")),
            new("gone", JsValue.Undefined),
        ]);
        Assert.Equal("0:{\"ok\":true,\"count\":2,\"list\":[1,\"two\"],\"s\":\"$$dollar\",\"gone\":\"$undefined\"}\n", await WriteAsync(value));
    }

    [Fact]
    public async Task Output_is_UTF8()
    {
        byte[] payload = await WriteBytesAsync("é");
        Assert.Equal(Encoding.UTF8.GetBytes("0:\"é\"\n"), payload);
    }
}
