using System.IO.Pipelines;
using System.Text;
using UseServer.Pages.Forms;

namespace UseServer.Pages.Tests.Forms;

public sealed class FormTokenWriterTests
{
    private const string Token = "<input type=\"hidden\" name=\"__RequestVerificationToken\" value=\"t\"/>";

    /// <summary>What react-dom/server writes for <c>&lt;form action={serverFunction}&gt;</c> (pushStartForm).</summary>
    private const string ServerForm = "<form action=\"\" encType=\"multipart/form-data\" method=\"POST\"><input type=\"hidden\" name=\"$ACTION_ID_a\"/>";

    /// <summary>A bound action (or a useActionState form with a permalink): $ACTION_REF_ and the encoded metadata.</summary>
    private const string BoundForm = "<form class=\"f\" action=\"/counter\" encType=\"multipart/form-data\" method=\"POST\"><input type=\"hidden\" name=\"$ACTION_REF_1\"/>" +
        "<input type=\"hidden\" name=\"$ACTION_1:0\" value=\"{&quot;id&quot;:&quot;b&quot;,&quot;bound&quot;:&quot;$@1&quot;}\"/>";

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    [InlineData(4096)]
    public async Task Server_function_forms_get_the_token_after_reacts_action_input_whatever_the_chunking(int chunkSize)
    {
        string html = "<html><body>" + ServerForm + "<input name=\"x\"/></form><p>&lt;form not a tag</p><formx></formx>" + BoundForm + "</form></body></html>";

        string output = await RunAsync(html, chunkSize);

        Assert.Equal(
            "<html><body>" + ServerForm + Token + "<input name=\"x\"/></form><p>&lt;form not a tag</p><formx></formx>" +
            BoundForm.Replace("$ACTION_REF_1\"/>", "$ACTION_REF_1\"/>" + Token, StringComparison.Ordinal) + "</form></body></html>",
            output);
    }

    [Theory]
    [InlineData("<form method=\"get\" action=\"/search\"><input name=\"q\"/></form>")]                                       // the token would land in the URL
    [InlineData("<form method=\"GET\"><input type=\"hidden\" name=\"$ACTION_ID_a\"/></form>")]                               // even with an action field
    [InlineData("<form action=\"/search\"><input type=\"hidden\" name=\"$ACTION_ID_a\"/></form>")]                           // no method: GET
    [InlineData("<form method=\"post\" action=\"/login\"><input type=\"hidden\" name=\"next\" value=\"/\"/></form>")]        // an ordinary URL action
    [InlineData("<form data-method=\"post\"><input type=\"hidden\" name=\"$ACTION_ID_a\"/></form>")]                         // not the method attribute
    [InlineData("<form action=\"javascript:throw new Error(&#x27;React form unexpectedly submitted.&#x27;)\"><button>Go</button></form>")] // a client function
    [InlineData("<form><button>Go</button></form><form\nclass=\"x\">y</form>")]
    [InlineData("<form method=\"POST\"><p><input type=\"hidden\" name=\"$ACTION_ID_a\"/></p></form>")]                       // not React's own input
    public async Task Other_forms_get_no_token(string html)
    {
        foreach (int chunkSize in new[] { 1, 3, 4096 })
        {
            Assert.Equal(html, await RunAsync(html, chunkSize));
        }
    }

    [Fact]
    public async Task A_form_tag_right_after_a_post_forms_start_tag_is_still_seen()
    {
        string html = "<form method=\"POST\">" + ServerForm + "</form></form>";

        Assert.Equal("<form method=\"POST\">" + ServerForm + Token + "</form></form>", await RunAsync(html, 1));
    }

    [Fact]
    public async Task Html_without_forms_passes_through_unchanged()
    {
        const string html = "<!DOCTYPE html><html><head><title>fo</title></head><body><p>former <b>for</b> <fo></p></body></html>";

        Assert.Equal(html, await RunAsync(html, 5));
    }

    [Fact]
    public async Task A_page_in_one_flush_grows_the_pooled_buffer_and_keeps_every_token_and_writing_goes_on_after_its_return()
    {
        // About 110 KB before the first flush, as a page's shell: the pooled buffer grows from 16 KB while forms straddle its growth.
        string html = string.Concat(Enumerable.Repeat("<p>" + new string('x', 1000) + "</p>" + ServerForm + "</form>", 100));
        var pipe = new Pipe(new PipeOptions(pauseWriterThreshold: 0));
        var writer = new FormTokenWriter(pipe.Writer, Encoding.UTF8.GetBytes(Token));
        byte[] bytes = Encoding.UTF8.GetBytes(html);
        for (int i = 0; i < bytes.Length; i += 700)
        {
            ReadOnlySpan<byte> part = bytes.AsSpan(i, Math.Min(700, bytes.Length - i));
            part.CopyTo(writer.GetSpan(part.Length));
            writer.Advance(part.Length);
        }

        await writer.FlushAsync();
        writer.ReturnBuffer();
        await writer.WriteAsync(Encoding.UTF8.GetBytes(ServerForm + "</form>"));
        await writer.CompleteAsync();
        using var result = new MemoryStream();
        await pipe.Reader.CopyToAsync(result);

        string expected = (html + ServerForm + "</form>").Replace(ServerForm, ServerForm + Token, StringComparison.Ordinal);
        Assert.Equal(expected, Encoding.UTF8.GetString(result.ToArray()));
        Assert.Throws<ArgumentOutOfRangeException>(() => writer.Advance(1)); // completing gave the buffer back
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
