using System.Text;
using UseServer.Flight.Values;
using UseServer.Flight.Writing;
using static UseServer.Flight.Tests.Writing.FlightOutput;

namespace UseServer.Flight.Tests.Writing;

/// <summary>
/// The writer never puts a UTF-8 byte order mark where React's client would drop it: at the start of the stream (the
/// client then reads no row at all) or at the start of a row's text (each row gets a <c>TextDecoder</c> stream of its own,
/// which strips a leading <c>EF BB BF</c>, so a string starting with U+FEFF would lose it). Issue 12.
/// </summary>
public sealed class FlightByteOrderMarkTests
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    private static readonly string LongWithBom = "\uFEFF" + new string('x', 1100);

    [Fact]
    public async Task Streams_start_with_the_root_row_not_a_byte_order_mark()
    {
        byte[] value = await WriteBytesAsync(new JsObject([new("a", new JsString("\uFEFF"))]));
        byte[] error = Encoding.UTF8.GetBytes(await WriteErrorAsync(new InvalidOperationException("\uFEFFx"), Options(detailed: true)));

        Assert.Equal("0:"u8.ToArray(), value[..2]);
        Assert.Equal("0:E"u8.ToArray(), error[..3]);
    }

    [Fact]
    public async Task A_long_string_starting_with_U_FEFF_stays_inline_instead_of_a_T_row()
    {
        byte[] payload = await WriteBytesAsync(new JsObject([new("big", new JsString(LongWithBom))]));

        string row = Assert.Single(Utf8Rows(payload));
        Assert.Equal(LongWithBom, System.Text.Json.JsonDocument.Parse(row[2..]).RootElement.GetProperty("big").GetString());
        AssertNoRowTextStartsWithBom(payload);
    }

    [Fact]
    public async Task Other_long_strings_still_go_to_T_rows()
    {
        string value = "x\uFEFF" + new string('x', 1100);

        Assert.StartsWith("1:T", await WriteAsync(value), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stream_text_item_starting_with_U_FEFF_is_a_model_row()
    {
        var value = new JsStream(JsStreamKind.ReadableStream, [new JsString("\uFEFFa"), new JsString("b"), new JsString(LongWithBom)], null);

        byte[] payload = await WriteBytesAsync(value);

        List<string> rows = Utf8Rows(payload);
        Assert.Contains("1:\"\uFEFFa\"\n", rows);
        Assert.Contains("1:T1,b", rows);
        AssertNoRowTextStartsWithBom(payload);
    }

    private static List<string> Utf8Rows(byte[] payload) => [.. Rows(payload).Select(r => Encoding.UTF8.GetString(Encoding.Latin1.GetBytes(r)))];

    /// <summary>No row's payload (what follows <c>&lt;id&gt;:</c>, and a <c>T</c> row's <c>&lt;len&gt;,</c>) starts with <c>EF BB BF</c>.</summary>
    private static void AssertNoRowTextStartsWithBom(byte[] payload)
    {
        Assert.False(payload.AsSpan().StartsWith(Utf8Bom));
        foreach (string row in Utf8Rows(payload))
        {
            string text = row[(row.IndexOf(':', StringComparison.Ordinal) + 1)..];
            if (text.StartsWith('T'))
            {
                text = text[(text.IndexOf(',', StringComparison.Ordinal) + 1)..];
            }

            Assert.False(text.StartsWith('\uFEFF'), "A row's text starts with a byte order mark: " + row[..Math.Min(row.Length, 20)]);
        }
    }
}
