using System.Globalization;
using System.Numerics;
using System.Text;
using UseServer.Flight.Reply;
using UseServer.Flight.Values;
using static UseServer.Flight.Tests.Reply.ReplyTestPayloads;

namespace UseServer.Flight.Tests.Reply;

/// <summary>The short-number fast path reads every number it takes bit for bit as <see cref="double.Parse(string)"/> does.</summary>
public class ShortNumberParserTests
{
    public static TheoryData<string, bool> Edges() => new()
    {
        { "0", true }, { "-0", true }, { "-0.0", true }, { "0.0", true }, { "1", true }, { "-1", true }, { "91.3", true },
        { "0.5772811982315034", true }, { "0.1", true }, { "0.3", true }, { "123456.789", true }, { "5e-324", false },
        { "9007199254740992", true }, { "-9007199254740992", true }, { "9007199254740993", false }, { "0.9007199254740993", false },
        { "1234567890123456789", false }, { "12345678901234567890", false }, { "0.0000000000000000000000001", false },
        { "1.0000000000000000000001", false }, { "0.0000000000000000000001", false }, { "0.000000000000000001", true }, { "4.9406564584124654", false }, { "4.940656458412465", true },
        { "1e5", false }, { "1E5", false }, { "1.5e+3", false }, { "-1.5E-3", false }, { "", false }, { "-", false },
        { "1.", false }, { ".5", false }, { "1.2.3", false }, { "+1", false }, { "0x10", false },
    };

    [Theory]
    [MemberData(nameof(Edges))]
    public void Edge_numbers_are_taken_exactly_or_declined(string text, bool taken)
    {
        bool parsed = ShortNumberParser.TryParse(Encoding.ASCII.GetBytes(text), out double value);
        Assert.Equal(taken, parsed);
        if (parsed)
        {
            AssertSameBits(text, value);
        }
    }

    [Fact]
    public void Random_short_numbers_read_as_double_Parse_reads_them()
    {
        var random = new Random(13);
        int taken = 0;
        for (int n = 0; n < 200_000; n++)
        {
            string text = RandomNumber(random);
            if (ShortNumberParser.TryParse(Encoding.ASCII.GetBytes(text), out double value))
            {
                taken++;
                AssertSameBits(text, value);
            }
        }

        Assert.True(taken > 50_000, $"only {taken} of the numbers took the fast path");
    }

    [Fact]
    public void Doubles_written_shortest_read_back_as_themselves()
    {
        // What a JavaScript client sends for a double: its shortest round-trip text.
        var random = new Random(7);
        for (int n = 0; n < 100_000; n++)
        {
            double original = n % 2 == 0 ? random.NextDouble() * Math.Pow(10, random.Next(-5, 12)) : Math.Round(random.NextDouble() * 1000, random.Next(0, 6));
            string text = original.ToString("R", CultureInfo.InvariantCulture);
            if (ShortNumberParser.TryParse(Encoding.ASCII.GetBytes(text), out double value))
            {
                Assert.Equal(BitConverter.DoubleToInt64Bits(original), BitConverter.DoubleToInt64Bits(value));
            }
        }
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("1000000007")]
    [InlineData("999999999999999999")]
    [InlineData("-999999999999999999")]
    [InlineData("1000000000000000000")]
    [InlineData("-9223372036854775808")]
    [InlineData("9223372036854775808")]
    [InlineData("123456789012345678901234567890")]
    public void Bigints_short_and_long_decode_to_their_value(string digits) =>
        Assert.Equal(BigInteger.Parse(digits, CultureInfo.InvariantCulture), Assert.IsType<JsBigInt>(Decode("\"$n" + digits + "\"")).Value);

    private static void AssertSameBits(string text, double value)
    {
        double expected = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        Assert.True(BitConverter.DoubleToInt64Bits(expected) == BitConverter.DoubleToInt64Bits(value), $"{text}: {value:R}, double.Parse gives {expected:R}");
    }

    /// <summary>A JSON number: sign, 1–20 integer digits (no leading zero), maybe a fraction of 1–25 digits, rarely an exponent.</summary>
    private static string RandomNumber(Random random)
    {
        var text = new StringBuilder();
        if (random.Next(4) == 0)
        {
            text.Append('-');
        }

        int integerDigits = random.Next(3) == 0 ? 1 : random.Next(1, 21);
        text.Append(integerDigits == 1 ? (char)('0' + random.Next(10)) : (char)('1' + random.Next(9)));
        for (int i = 1; i < integerDigits; i++)
        {
            text.Append((char)('0' + random.Next(10)));
        }

        if (random.Next(3) != 0)
        {
            text.Append('.');
            int fractionDigits = random.Next(1, 26);
            for (int i = 0; i < fractionDigits; i++)
            {
                text.Append((char)('0' + random.Next(10)));
            }
        }

        if (random.Next(20) == 0)
        {
            text.Append('e').Append(random.Next(-30, 30));
        }

        return text.ToString();
    }
}
