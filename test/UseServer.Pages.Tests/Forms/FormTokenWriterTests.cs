using System.IO.Pipelines;
using System.Text;
using UseServer.Pages.Forms;

namespace UseServer.Pages.Tests.Forms;

public sealed class FormTokenWriterTests
{
    private const string Token = "<input type=\"hidden\" name=\"__RequestVerificationToken\" value=\"t\"/>";

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    [InlineData(4096)]
    public async Task Every_form_start_tag_gets_the_token_whatever_the_chunking(int chunkSize)
    {
        const string html = "<html><body><form action=\"\" encType=\"multipart/form-data\" method=\"POST\"><input type=\"hidden\" name=\"$ACTION_ID_a\"/></form>" +
            "<p>&lt;form not a tag</p><formx></formx><form><button>Go</button></form><form\nclass=\"x\">y</form></body></html>";

        string output = await RunAsync(html, chunkSize);

        Assert.Equal(
            "<html><body><form action=\"\" encType=\"multipart/form-data\" method=\"POST\">" + Token + "<input type=\"hidden\" name=\"$ACTION_ID_a\"/></form>" +
            "<p>&lt;form not a tag</p><formx></formx><form>" + Token + "<button>Go</button></form><form\nclass=\"x\">" + Token + "y</form></body></html>",
            output);
    }

    [Fact]
    public async Task Html_without_forms_passes_through_unchanged()
    {
        const string html = "<!DOCTYPE html><html><head><title>fo</title></head><body><p>former <b>for</b> <fo></p></body></html>";

        Assert.Equal(html, await RunAsync(html, 5));
    }

    private static async Task<string> RunAsync(string html, int chunkSize)
    {
        var pipe = new Pipe();
        var writer = new FormTokenWriter(pipe.Writer, Encoding.UTF8.GetBytes(Token));
        byte[] bytes = Encoding.UTF8.GetBytes(html);
        for (int i = 0; i < bytes.Length; i += chunkSize)
        {
            await writer.WriteAsync(bytes.AsMemory(i, Math.Min(chunkSize, bytes.Length - i)));
        }

        await writer.CompleteAsync();
        using var result = new MemoryStream();
        await pipe.Reader.CopyToAsync(result);
        return Encoding.UTF8.GetString(result.ToArray());
    }
}
