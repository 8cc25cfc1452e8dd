using Microsoft.Extensions.Primitives;
using UseServer.AspNetCore.Pipeline;

namespace UseServer.AspNetCore.Tests;

public sealed class MediaTypesTests
{
    [Theory]
    [InlineData("text/plain;charset=UTF-8", "Text")]
    [InlineData("text/plain", "Text")]
    [InlineData("TEXT/PLAIN; charset=\"utf-8\"", "Text")]
    [InlineData("text/plain;charset=utf-16le", "Unsupported")]
    [InlineData("text/plain;charset=UTF-8;charset=latin1", "Unsupported")]
    [InlineData("multipart/form-data; boundary=----WebKitFormBoundaryabc", "Multipart")]
    [InlineData("multipart/form-data", "MalformedMultipart")]
    [InlineData("multipart/form-data; boundary=", "MalformedMultipart")]
    [InlineData("multipart/mixed; boundary=x", "Unsupported")]
    [InlineData("application/json", "Unsupported")]
    [InlineData("application/x-www-form-urlencoded", "Unsupported")]
    [InlineData("", "Unsupported")]
    [InlineData(null, "Unsupported")]
    public void Classifies_content_types(string? contentType, string expected) =>
        Assert.Equal(Enum.Parse<BodyEncoding>(expected), MediaTypes.Classify(contentType, StringValues.Empty, out _));

    [Fact]
    public void Boundary_is_unquoted_and_limited_to_70_characters()
    {
        Assert.Equal(BodyEncoding.Multipart, MediaTypes.Classify("multipart/form-data; boundary=\"ab cd\"", StringValues.Empty, out string boundary));
        Assert.Equal("ab cd", boundary);
        Assert.Equal(BodyEncoding.MalformedMultipart, MediaTypes.Classify("multipart/form-data; boundary=" + new string('b', 71), StringValues.Empty, out _));
    }

    [Theory]
    [InlineData("gzip", "Unsupported")]
    [InlineData("identity", "Text")]
    public void Content_codings_other_than_identity_are_refused(string coding, string expected) =>
        Assert.Equal(Enum.Parse<BodyEncoding>(expected), MediaTypes.Classify("text/plain", new StringValues(coding), out _));
}
