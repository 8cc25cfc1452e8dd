using System.Globalization;
using System.Text;
using CsCheck;
using UseServer.Flight.Writing;

namespace UseServer.Flight.Tests.Writing;

public class JsNumberTextTests
{
    [Fact]
    public void Every_finite_double_round_trips_through_its_text() =>
        Gen.Double.Where(double.IsFinite).Sample(value =>
        {
            Span<byte> text = stackalloc byte[JsNumberText.MaxLength];
            int n = JsNumberText.Format(value, text);
            string s = Encoding.ASCII.GetString(text[..n]);
            return double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture) == value && !s.Contains('E', StringComparison.Ordinal);
        });

    [Fact]
    public void Text_is_the_shortest_JavaScript_form() =>
        Gen.Double.Where(d => double.IsFinite(d) && d != 0).Sample(value =>
        {
            Span<byte> text = stackalloc byte[JsNumberText.MaxLength];
            string s = Encoding.ASCII.GetString(text[..JsNumberText.Format(value, text)]);
            // JavaScript never writes a trailing zero after the point, a leading '+', or a mantissa like "1.0e5".
            return !s.Contains(".e", StringComparison.Ordinal) && !(s.Contains('.', StringComparison.Ordinal) && !s.Contains('e', StringComparison.Ordinal) && s.EndsWith('0'));
        });

    [Fact]
    public void The_fast_paths_write_what_the_general_form_writes() =>
        Gen.OneOf(Gen.Double, Gen.Double[-1e16, 1e16], Gen.Double[-1e-3, 1e-3], Gen.Int.Select(i => i / 100.0)).Where(double.IsFinite).Sample(value =>
        {
            Span<byte> fast = stackalloc byte[JsNumberText.MaxLength];
            Span<byte> general = stackalloc byte[JsNumberText.MaxLength];
            int n = JsNumberText.Format(value, fast);
            int m = JsNumberText.FormatGeneral(value, general);
            return fast[..n].SequenceEqual(general[..m]);
        });

    [Theory]
    [InlineData(0.1, "0.1")]
    [InlineData(91.3, "91.3")]
    [InlineData(-0.00001, "-0.00001")]
    [InlineData(0.000001, "0.000001")]
    [InlineData(1e-7, "1e-7")]
    [InlineData(123456789012345.6, "123456789012345.6")]
    [InlineData(1e15 + 0.5, "1000000000000000.5")]
    [InlineData(1e21, "1e+21")]
    [InlineData(1.5e300, "1.5e+300")]
    public void Numbers_are_written_as_javascript_writes_them(double value, string expected)
    {
        Span<byte> text = stackalloc byte[JsNumberText.MaxLength];
        Assert.Equal(expected, Encoding.ASCII.GetString(text[..JsNumberText.Format(value, text)]));
    }
}
