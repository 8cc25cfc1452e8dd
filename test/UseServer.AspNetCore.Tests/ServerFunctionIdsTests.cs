using UseServer.AspNetCore.Diagnostics;
using UseServer.AspNetCore.Endpoints;

namespace UseServer.AspNetCore.Tests;

public sealed class ServerFunctionIdsTests
{
    [Theory]
    [InlineData("conformance.echo")]
    [InlineData("a1b2c3d4e5f60718293a4b5c6d7e8f9001122334")]
    [InlineData("Notes.Api:create@v1")]
    [InlineData("Notes.NoteFunctions.CountNotes#c4624c0ff5d0")]
    public void Path_characters_are_accepted(string id) => ServerFunctionIds.Validate(id);

    [Theory]
    [InlineData("")]
    [InlineData("a/b")]
    [InlineData("a%2Fb")]
    [InlineData("a?b")]
    [InlineData("a\\b")]
    [InlineData("{id}")]
    [InlineData("a b")]
    [InlineData("é")]
    [InlineData("..")]
    public void Anything_that_is_not_one_literal_segment_is_refused(string id) =>
        Assert.Throws<InvalidOperationException>(() => ServerFunctionIds.Validate(id));

    [Fact]
    public void Ids_longer_than_the_limit_are_refused() =>
        Assert.Throws<InvalidOperationException>(() => ServerFunctionIds.Validate(new string('a', ServerFunctionIds.MaxLength + 1)));

    [Theory]
    [InlineData("plain.id", "plain.id")]
    [InlineData("line\nforged", "line\\u000aforged")]
    [InlineData("back\\slash", "back\\u005cslash")]
    [InlineData("é", "\\u00e9")]
    public void Log_text_is_escaped(string value, string expected) => Assert.Equal(expected, LogText.Escape(value));

    [Fact]
    public void Log_text_is_truncated() =>
        Assert.Equal(new string('a', LogText.MaxLength) + "…", LogText.Escape(new string('a', 1000)));
}
