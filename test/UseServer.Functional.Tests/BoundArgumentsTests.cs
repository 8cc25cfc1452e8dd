using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using UseServer.AspNetCore.BoundArguments;
using UseServer.AspNetCore.Pipeline;
using UseServer.AspNetCore.Responders;
using UseServer.Flight;
using UseServer.Functional.Tests.Infrastructure;

namespace UseServer.Functional.Tests;

/// <summary>
/// Sealed bound arguments over Kestrel (docs/bound-arguments.md; the malicious corpus's bound-* cases): minted by
/// <see cref="IServerFunctionReferences"/>, written as Flight, sent back by the client in front of its own
/// arguments. Every forgery is the same 400 and nothing runs.
/// </summary>
[Collection(TestAppCollection.Name)]
public sealed class BoundArgumentsTests(TestAppFixture app)
{
    private IServerFunctionReferences References => app.Services.GetRequiredService<IServerFunctionReferences>();

    [Fact]
    public async Task A_minted_reference_round_trips_through_Flight_to_the_function()
    {
        string token = await TokenThroughFlightAsync("note-7");

        using HttpResponseMessage response = await Calls.PostAsync(app.Client, "test.Closure", Args(token, "archive"));

        await Calls.AssertRootRowAsync(response, "\"note-7|3|archive\"");
    }

    [Fact]
    public async Task Records_and_dollar_strings_survive_sealing()
    {
        string token = Token(References.Bind("test.ClosureValues", new NoteInput("Notes", new Author("Ada")), "$1:constructor"));

        using HttpResponseMessage response = await Calls.PostAsync(app.Client, "test.ClosureValues", Args(token));

        await Calls.AssertRootRowAsync(response, "\"Notes|Ada|$1:constructor\"");
    }

    [Fact]
    public async Task The_token_is_opaque()
    {
        string token = Token(References.Bind("test.Closure", "secret-note-id", 3));

        Assert.StartsWith(BoundArgumentsSealer.Marker, token, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-note-id", Encoding.UTF8.GetString(Convert.FromBase64String(ToBase64(token))), StringComparison.Ordinal);
    }

    public static TheoryData<string> Forgeries => new()
    {
        "tag-bitflip", "middle-bitflip", "truncated", "empty", "marker-only", "not-base64", "other-function",
        "foreign-key-ring", "plaintext", "plaintext-json-array", "missing", "non-string", "oversize",
    };

    [Theory]
    [MemberData(nameof(Forgeries))]
    public async Task Every_forged_token_is_the_same_400_and_nothing_runs(string kind)
    {
        string token = Token(References.Bind("test.Closure", "note-7", 3));
        string body = kind switch
        {
            "tag-bitflip" => Args(FlipBit(token, ^2), "x"),
            "middle-bitflip" => Args(FlipBit(token, token.Length / 2), "x"),
            "truncated" => Args(token[..10], "x"),
            "empty" => Args(string.Empty, "x"),
            "marker-only" => Args(BoundArgumentsSealer.Marker, "x"),
            "not-base64" => Args(BoundArgumentsSealer.Marker + "!!!notbase64!!!", "x"),
            "other-function" => Args(Token(References.Bind("test.ClosureOther", "note-7", 3)), "x"),
            "foreign-key-ring" => Args(ForeignToken("test.Closure"), "x"),
            "plaintext" => Args("note-7", 3, "x"),
            "plaintext-json-array" => Args("[\"admin\",\"delete-all\"]", "x"),
            "missing" => Args("x"),
            "non-string" => "[[\"note-7\",3],\"x\"]",
            "oversize" => Args(BoundArgumentsSealer.Marker + new string('A', 20_000), "x"),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
        int before = TestFunctions.ClosureCalls;

        using HttpResponseMessage response = await Calls.PostAsync(app.Client, "test.Closure", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(await UniformBodyAsync(), await response.Content.ReadAsStringAsync());
        Assert.Equal(before, TestFunctions.ClosureCalls);
    }

    [Fact]
    public async Task The_uniform_answer_is_a_bound_args_problem_without_detail()
    {
        using JsonDocument problem = JsonDocument.Parse(await UniformBodyAsync());

        Assert.Equal(Problems.TypeBase + Problems.BoundArgumentsInvalid, problem.RootElement.GetProperty("type").GetString());
        Assert.Equal(400, problem.RootElement.GetProperty("status").GetInt32());
        Assert.False(problem.RootElement.TryGetProperty("detail", out _));
    }

    [Fact]
    public void Minting_checks_the_function_and_its_bound_arity()
    {
        Assert.Throws<ArgumentException>(() => References.Bind("test.Nope", 1));
        Assert.Throws<ArgumentException>(() => References.Bind("test.Closure", "only-one"));
        Assert.Throws<ArgumentException>(() => References.Reference("test.Closure"));
        var cycle = new List<object>();
        cycle.Add(cycle);
        Assert.Throws<ArgumentException>(() => References.Bind("test.Closure", cycle, 1));
        Assert.Equal("test.Sentinel", References.Reference("test.Sentinel").Id);
    }

    private async Task<string> UniformBodyAsync()
    {
        using HttpResponseMessage response = await Calls.PostAsync(app.Client, "test.Closure", Args("forged", "x"));
        return await response.Content.ReadAsStringAsync();
    }

    private static string Token(ServerReference reference) => Assert.IsType<string>(Assert.Single(reference.Bound!));

    /// <summary>Calls a function that returns the reference, and reads the token from the Flight rows as the client would.</summary>
    private async Task<string> TokenThroughFlightAsync(string noteId)
    {
        using HttpResponseMessage minted = await Calls.PostAsync(app.Client, "test.MintClosure", Args(noteId));
        Assert.Equal(HttpStatusCode.OK, minted.StatusCode);
        string flight = await minted.Content.ReadAsStringAsync();
        Assert.Matches("^0:\"\\$h[0-9a-f]+\"$", flight.Split('\n').Single(l => l.StartsWith("0:", StringComparison.Ordinal)));
        Assert.Contains("{\"id\":\"test.Closure\",\"bound\":\"$@", flight, StringComparison.Ordinal);
        string boundRow = flight.Split('\n').Single(line => line.Contains(":[\"" + BoundArgumentsSealer.Marker, StringComparison.Ordinal));
        string[] bound = JsonSerializer.Deserialize<string[]>(boundRow[(boundRow.IndexOf(':', StringComparison.Ordinal) + 1)..])!;
        return Assert.Single(bound);
    }

    private static string ForeignToken(string functionId)
    {
        var foreign = new BoundArgumentsSealer(DataProtectionProvider.Create("another-app"), lifetime: null, maxTokenLength: 16 * 1024);
        return foreign.Seal(functionId, Encoding.UTF8.GetBytes("[\"note-7\",3]"));
    }

    private static string Args(params object[] values) => JsonSerializer.Serialize(values);

    private static string FlipBit(string token, Index at)
    {
        byte[] bytes = Convert.FromBase64String(ToBase64(token));
        bytes[at.GetOffset(bytes.Length)] ^= 0x01;
        return BoundArgumentsSealer.Marker + Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    private static string ToBase64(string token)
    {
        string text = token[BoundArgumentsSealer.Marker.Length..].Replace('-', '+').Replace('_', '/');
        return text.PadRight(text.Length + ((4 - (text.Length % 4)) % 4), '=');
    }
}
