using System.Text;
using UseServer.Flight.Reply;

namespace UseServer.Flight.Tests.Fuzz;

/// <summary>Inputs the fuzzer (or a reviewer) found once, kept as fixed cases: each must fail with a decode error.</summary>
public class ReplyFuzzRegressionTests
{
    public static TheoryData<string, string[]> Cases => new()
    {
        // A part that references itself through a promise: must not loop.
        { "self-promise", ["0", "[\"$@1\"]", "1", "\"$@1\""] },
        // A path through a Map's own backing part.
        { "path-through-map", ["0", "[\"$Q1\",\"$1:0:0:constructor\"]", "1", "[[{\"a\":1},2]]"] },
        // A malformed \u escape.
        { "short-unicode-escape", ["0", "[\"\\ud8\"]"] },
        // Invalid UTF-8.
        { "bad-utf8", ["0", "[\"\u00ff\u00fe\"]"] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Fails_with_a_decode_error(string name, string[] nameThenText)
    {
        _ = name;
        var builder = new ReplyPayload.Builder(new ReplyLimits());
        for (int i = 0; i < nameThenText.Length; i += 2)
        {
            byte[] data = name == "bad-utf8" ? [0x5b, 0x22, 0xff, 0xfe, 0x22, 0x5d] : Encoding.UTF8.GetBytes(nameThenText[i + 1]);
            builder.AddField(nameThenText[i], data);
        }

        Assert.Throws<ReplyDecodeException>(() => ReplyDecoder.Decode(builder.Build(), new ReplyLimits()));
    }
}
