using UseServer.Flight.Values;

namespace UseServer.Flight.Tests;

public class JsDateTests
{
    [Theory]
    [InlineData("2020-01-02T03:04:05.006Z", 1577934245006d)]
    [InlineData("1970-01-01T00:00:00.000Z", 0d)]
    [InlineData("+275760-09-13T00:00:00.000Z", 8.64e15)]
    [InlineData("-271821-04-20T00:00:00.000Z", -8.64e15)]
    [InlineData("0000-01-01T00:00:00.000Z", -62167219200000d)]
    public void Iso_text_round_trips(string text, double time)
    {
        Assert.True(JsDateText.TryParse(text, out double parsed));
        Assert.Equal(time, parsed);
        Assert.Equal(text, new JsDate(time).ToIsoString());
    }

    [Theory]
    [InlineData("2020-13-01T00:00:00.000Z")]
    [InlineData("2021-02-29T00:00:00.000Z")]
    [InlineData("2020-01-01T00:00:00Z")]
    [InlineData("+275760-09-13T00:00:00.001Z")]
    [InlineData("-000000-01-01T00:00:00.000Z")]
    [InlineData("garbage")]
    public void Non_canonical_text_is_rejected(string text) => Assert.False(JsDateText.TryParse(text, out _));
}
