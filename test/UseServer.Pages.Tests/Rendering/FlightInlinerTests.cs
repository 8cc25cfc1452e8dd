using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using UseServer.Pages.Rendering;

namespace UseServer.Pages.Tests.Rendering;

public sealed class FlightInlinerTests
{
    [Fact]
    public async Task Payload_chunks_become_script_strings_that_cannot_close_the_script_and_wait_for_the_html()
    {
        var pipe = new Pipe();
        var inliner = new FlightInliner(pipe.Writer, nonce: null);
        string flight = "0:\"</script><!-- \\ \" é 😀 \u2028\u2029\u0001\t\n\"\n";

        inliner.AddFlight(new ReadOnlySequence<byte>(Encoding.UTF8.GetBytes(flight)));
        inliner.WriteHtml("<!DOCTYPE html><html><body><p>x</p></body></html>"u8);
        inliner.Complete();
        await pipe.Writer.CompleteAsync();
        string html = Encoding.UTF8.GetString((await pipe.Reader.ReadAsync()).Buffer);

        Assert.Equal(
            "<!DOCTYPE html><html><body><p>x</p>" +
            "<script>(self.__useserver_f||=[]).push(\"0:\\\"\\u003c/script>\\u003c!-- \\\\ \\\" é 😀 \\u2028\\u2029\\u0001\\t\\n\\\"\\n\")</script>" +
            "<script>(self.__useserver_f||=[]).push(null)</script></body></html>",
            html);
    }

    [Fact]
    public async Task Other_characters_that_start_like_line_separators_and_long_plain_runs_are_copied_as_they_are()
    {
        var pipe = new Pipe();
        var inliner = new FlightInliner(pipe.Writer, nonce: null);
        string plain = new('a', 300);
        string flight = plain + "€–’\u2028" + plain + "\\u2028 is text" + "€";

        inliner.WriteHtml("<!DOCTYPE html><html><body>"u8);
        inliner.AddFlight(new ReadOnlySequence<byte>(Encoding.UTF8.GetBytes(flight)));
        inliner.Complete();
        await pipe.Writer.CompleteAsync();
        string html = Encoding.UTF8.GetString((await pipe.Reader.ReadAsync()).Buffer);

        Assert.Equal(
            "<!DOCTYPE html><html><body><script>(self.__useserver_f||=[]).push(\"" + plain + "€–’\\u2028" + plain + "\\\\u2028 is text€\")</script>" +
            "<script>(self.__useserver_f||=[]).push(null)</script>",
            html);
    }

    [Fact]
    public async Task Bytes_that_are_not_utf8_travel_as_base64()
    {
        var pipe = new Pipe();
        var inliner = new FlightInliner(pipe.Writer, nonce: "n");

        inliner.WriteHtml("<!DOCTYPE html><html><body>"u8);
        inliner.AddFlight(new ReadOnlySequence<byte>(new byte[] { 0x31, 0x3a, 0xff, 0x00 }));
        inliner.Complete();
        await pipe.Writer.CompleteAsync();
        string html = Encoding.UTF8.GetString((await pipe.Reader.ReadAsync()).Buffer);

        Assert.Equal("<!DOCTYPE html><html><body><script nonce=\"n\">(self.__useserver_f||=[]).push([\"MTr/AA==\"])</script><script nonce=\"n\">(self.__useserver_f||=[]).push(null)</script>", html);
    }
}
