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
}
