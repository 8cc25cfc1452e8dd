using System.Text.Json;
using UseServer.Conformance.Tests.Support;
using UseServer.Flight.Values;

namespace UseServer.Conformance.Tests.Vectors;

/// <summary>The fixture comparer itself tells apart what the vectors rely on it to tell apart.</summary>
public sealed class ExpectedValueTests
{
    private static string? Mismatch(string expected, JsValue actual)
    {
        using var doc = JsonDocument.Parse(expected);
        return ExpectedValue.Mismatch(doc.RootElement, actual);
    }

    [Fact]
    public void Negative_zero_and_NaN_are_not_plain_numbers()
    {
        Assert.Null(Mismatch("{\"$number\":\"-0\"}", new JsNumber(-0.0)));
        Assert.NotNull(Mismatch("{\"$number\":\"-0\"}", new JsNumber(0.0)));
        Assert.NotNull(Mismatch("0", new JsNumber(-0.0)));
        Assert.Null(Mismatch("{\"$number\":\"NaN\"}", new JsNumber(double.NaN)));
    }

    [Fact]
    public void Shared_references_must_be_the_same_instance()
    {
        var inner = new JsObject([new("x", new JsNumber(1))]);
        var shared = new JsArray([inner, inner]);
        var copied = new JsArray([inner, new JsObject([new("x", new JsNumber(1))])]);
        const string expected = "[{\"x\":1},{\"$ref\":[0]}]";
        Assert.Null(Mismatch(expected, shared));
        Assert.Contains("same instance", Mismatch(expected, copied), StringComparison.Ordinal);
        Assert.Contains("spurious sharing", Mismatch("[{\"x\":1},{\"x\":1}]", shared), StringComparison.Ordinal);
    }

    [Fact]
    public void Object_keys_are_compared_in_order_and_undefined_is_not_missing()
    {
        var obj = new JsObject([new("b", new JsNumber(1)), new("a", JsValue.Undefined)]);
        Assert.Null(Mismatch("{\"b\":1,\"a\":{\"$undefined\":true}}", obj));
        Assert.NotNull(Mismatch("{\"a\":{\"$undefined\":true},\"b\":1}", obj));
        Assert.NotNull(Mismatch("{\"b\":1}", obj));
    }

    [Fact]
    public void Blobs_compare_type_name_and_bytes()
    {
        var blob = new JsBlob(new byte[] { 1, 2 }, "application/octet-stream", "blob");
        Assert.Null(Mismatch("{\"$blob\":{\"name\":\"blob\",\"type\":\"\",\"hex\":\"0102\"}}", blob));
        Assert.Null(Mismatch("{\"$blob\":{\"name\":\"blob\",\"type\":\"\",\"hex\":\"0102\"}}", new JsBlob(new byte[] { 1, 2 }, "", null)));
        Assert.NotNull(Mismatch("{\"$blob\":{\"name\":\"a.txt\",\"type\":\"\",\"hex\":\"0102\"}}", blob));
        Assert.NotNull(Mismatch("{\"$blob\":{\"name\":\"blob\",\"type\":\"\",\"hex\":\"0103\"}}", blob));
    }
}
