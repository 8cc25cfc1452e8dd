using System.Numerics;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using UseServer.AspNetCore.BoundArguments;
using UseServer.AspNetCore.Pipeline;
using UseServer.AspNetCore.Tests.Support;
using UseServer.Flight.Binding;
using UseServer.Flight.Reply;
using UseServer.Flight.Values;

namespace UseServer.AspNetCore.Tests;

/// <summary>The sealer, bound values written by the reply writer (ReplyWriterTests has the rest) and the reader that prepends unsealed values (docs/bound-arguments.md).</summary>
public sealed class BoundArgumentsTests
{
    private static readonly byte[] Plaintext = Encoding.UTF8.GetBytes("[\"note-7\",3]");

    public static string Closure([Bound] string noteId, [Bound] int version, string action) => noteId + version + action;

    public static string Misordered(string action, [Bound] string noteId) => action + noteId;

    public static string Injected([Bound] string user) => user;

    [Fact]
    public void A_sealed_token_unseals_for_its_function_only()
    {
        var sealer = Sealer(new EphemeralDataProtectionProvider());
        string token = sealer.Seal("f.a", Plaintext);

        Assert.True(sealer.TryUnseal("f.a", token, out byte[] plaintext));
        Assert.Equal(Plaintext, plaintext);
        Assert.False(sealer.TryUnseal("f.b", token, out _));
    }

    [Fact]
    public void A_token_from_another_key_ring_fails()
    {
        string foreign = Sealer(DataProtectionProvider.Create("other-app")).Seal("f.a", Plaintext);

        Assert.False(Sealer(DataProtectionProvider.Create("this-app")).TryUnseal("f.a", foreign, out _));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("usb1.")]
    [InlineData("usb1.!!!notbase64!!!")]
    [InlineData("usb1.%00")]
    [InlineData("usb1.A")]
    [InlineData("CfDJ8")]
    public void Malformed_tokens_fail_without_throwing(string? token) =>
        Assert.False(Sealer(new EphemeralDataProtectionProvider()).TryUnseal("f.a", token, out _));

    [Fact]
    public void Tampered_and_truncated_tokens_fail()
    {
        var sealer = Sealer(new EphemeralDataProtectionProvider());
        string token = sealer.Seal("f.a", Plaintext);
        byte[] raw = System.Buffers.Text.Base64Url.DecodeFromChars(token.AsSpan(BoundArgumentsSealer.Marker.Length));

        foreach (int at in new[] { raw.Length - 1, raw.Length / 2, 0 })
        {
            byte[] flipped = [.. raw];
            flipped[at] ^= 0x80;
            Assert.False(sealer.TryUnseal("f.a", BoundArgumentsSealer.Marker + System.Buffers.Text.Base64Url.EncodeToString(flipped), out _));
        }

        Assert.False(sealer.TryUnseal("f.a", BoundArgumentsSealer.Marker + System.Buffers.Text.Base64Url.EncodeToString(raw.AsSpan(0, 10)), out _));
        Assert.False(sealer.TryUnseal("f.a", token[..^1], out _));
    }

    [Fact]
    public void With_a_lifetime_expired_tokens_fail_and_live_ones_unseal()
    {
        var provider = new EphemeralDataProtectionProvider();
        var sealer = new BoundArgumentsSealer(provider, TimeSpan.FromMinutes(5), 16 * 1024);

        Assert.True(sealer.TryUnseal("f.a", sealer.Seal("f.a", Plaintext), out _));
        Assert.False(sealer.TryUnseal("f.a", sealer.Seal("f.a", Plaintext, DateTimeOffset.UtcNow.AddMinutes(-1)), out _));
        Assert.False(sealer.TryUnseal("f.a", Sealer(provider).Seal("f.a", Plaintext), out _)); // an untimed token is not accepted either
    }

    [Fact]
    public void Oversize_tokens_fail_before_decoding_and_cannot_be_minted()
    {
        var sealer = new BoundArgumentsSealer(new EphemeralDataProtectionProvider(), null, 200);
        string token = sealer.Seal("f.a", Plaintext);

        Assert.False(sealer.TryUnseal("f.a", token + new string('A', 200), out _));
        Assert.Throws<ArgumentException>(() => sealer.Seal("f.a", new byte[400]));
        Assert.Throws<InvalidOperationException>(() => new BoundArgumentsSealer(new EphemeralDataProtectionProvider(), TimeSpan.Zero, 200));
    }

    [Fact]
    public void Bound_values_are_written_as_a_reply_body_the_decoder_reads_back()
    {
        var when = new DateTimeOffset(2026, 11, 23, 22, 0, 0, 123, TimeSpan.Zero);
        object?[] values =
        [
            "$1:constructor", 42, -0.0, double.NaN, double.PositiveInfinity, true, null, new BigInteger(12345678901234567890UL),
            when, DayOfWeek.Monday, new[] { "a", "$b" }, new Dictionary<string, object?> { ["k"] = 1 },
        ];

        JsArray decoded = Decode(ReplyWriter.Write(values, jsonOptions: null));

        Assert.Equal("$1:constructor", Assert.IsType<JsString>(decoded[0]).Value);
        Assert.Equal(42, Assert.IsType<JsNumber>(decoded[1]).Value);
        Assert.True(double.IsNegative(Assert.IsType<JsNumber>(decoded[2]).Value));
        Assert.True(double.IsNaN(Assert.IsType<JsNumber>(decoded[3]).Value));
        Assert.True(double.IsPositiveInfinity(Assert.IsType<JsNumber>(decoded[4]).Value));
        Assert.True(Assert.IsType<JsBoolean>(decoded[5]).Value);
        Assert.IsType<JsNull>(decoded[6]);
        Assert.Equal(new BigInteger(12345678901234567890UL), Assert.IsType<JsBigInt>(decoded[7]).Value);
        Assert.Equal("2026-11-23T22:00:00.123Z", Assert.IsType<JsDate>(decoded[8]).ToIsoString());
        Assert.Equal("Monday", Assert.IsType<JsString>(decoded[9]).Value);
        Assert.Equal("$b", Assert.IsType<JsString>(Assert.IsType<JsArray>(decoded[10])[1]).Value);
        Assert.True(Assert.IsType<JsObject>(decoded[11]).TryGetValue("k", out JsValue? k) && k is JsNumber { Value: 1 });
    }

    [Fact]
    public void The_reader_puts_unsealed_values_before_the_client_arguments()
    {
        ServerFunctionRuntime runtime = TestRuntime.Create();
        ServerFunctionPlan plan = ServerFunctionPlan.Create(Descriptor(nameof(Closure), "tests.closure"), runtime);
        string token = runtime.Sealer.Seal("tests.closure", ReplyWriter.Write(["note-7", 3], null));

        JsArray combined = Assert.IsType<JsArray>(BoundArgumentsReader.Prepend(plan, runtime.Sealer, new JsArray([new JsString(token), new JsString("archive")]), default));

        Assert.Equal(2, plan.BoundCount);
        Assert.Equal(["note-7", "3", "archive"], combined.Select(v => v.ToString()));
        Assert.True(ServerFunctionCatalog.Build([plan.Descriptor], runtime).TryGetPlan("tests.closure", out ServerFunctionPlan? mapped));
        Assert.Equal(2, mapped.BoundCount);
    }

    [Fact]
    public void The_reader_refuses_plaintext_missing_and_wrong_arity_tokens()
    {
        ServerFunctionRuntime runtime = TestRuntime.Create();
        ServerFunctionPlan plan = ServerFunctionPlan.Create(Descriptor(nameof(Closure), "tests.closure"), runtime);
        string oneValue = runtime.Sealer.Seal("tests.closure", ReplyWriter.Write(["note-7"], null));
        string notDecodable = runtime.Sealer.Seal("tests.closure", Encoding.UTF8.GetBytes("[\"$1:constructor:constructor\",{}]"));

        JsValue[][] calls =
        [
            [new JsString("note-7"), new JsNumber(3), new JsString("archive")],
            [new JsString("archive")],
            [],
            [new JsArray([new JsString("note-7"), new JsNumber(3)]), new JsString("archive")],
            [new JsString(oneValue), new JsString("archive")],
            [new JsString(notDecodable), new JsString("archive")],
        ];

        foreach (JsValue[] call in calls)
        {
            Assert.Throws<BoundArgumentsException>(() => BoundArgumentsReader.Prepend(plan, runtime.Sealer, new JsArray(call), default));
        }
    }

    [Fact]
    public void Bound_parameters_must_lead_the_client_parameters() =>
        Assert.Throws<InvalidOperationException>(() => ServerFunctionPlan.Create(Descriptor(nameof(Misordered), "tests.misordered"), TestRuntime.Create()));

    [Fact]
    public void Bound_parameters_cannot_be_injected()
    {
        ServerFunctionDescriptor client = Descriptor(nameof(Injected), "tests.injected");
        var injected = new ServerFunctionDescriptor
        {
            Id = client.Id,
            Method = client.Method,
            Parameters = [new ServerFunctionParameter { Name = "user", Type = typeof(string), Source = ServerFunctionParameterSource.User }],
            Invoker = client.Invoker,
            ResultType = client.ResultType,
        };

        Assert.Equal(1, ServerFunctionPlan.Create(client, TestRuntime.Create()).BoundCount);
        Assert.Throws<InvalidOperationException>(() => ServerFunctionPlan.Create(injected, TestRuntime.Create()));
    }

    private static BoundArgumentsSealer Sealer(IDataProtectionProvider provider) => new(provider, lifetime: null, maxTokenLength: 16 * 1024);

    private static JsArray Decode(byte[] body) =>
        Assert.IsType<JsArray>(BoundArgumentsReader.Decode(body, new ReplyLimits(), default));

    private static ServerFunctionDescriptor Descriptor(string method, string id)
    {
        var info = typeof(BoundArgumentsTests).GetMethod(method)!;
        return new ServerFunctionDescriptor
        {
            Id = id,
            Method = info,
            Parameters = [.. info.GetParameters().Select(p => new ServerFunctionParameter
            {
                Name = p.Name!,
                Type = p.ParameterType,
                Source = ServerFunctionParameterSource.Client,
                Converter = p.ParameterType == typeof(int) ? ReplyConverters.Int32 : ReplyConverters.String,
            })],
            Invoker = static _ => new((object?)null),
            ResultType = typeof(string),
        };
    }
}
