using System.Text.Json;
using UseServer.Flight.Reply;

namespace UseServer.Flight.Tests.Reply;

/// <summary>
/// The 40 hostile or malformed payloads of conformance/reply-decode-results.json, with React's verdict and
/// ours. Where they differ the reason is given; long bodies the file stores truncated are rebuilt from their names.
/// </summary>
public class ReplyHostileResultTests
{
    private const string SameAsReact = "same";

    /// <summary>name → (our error code, or null for success; our decoded notation or <see cref="SameAsReact"/>; why we differ from React).</summary>
    private static readonly Dictionary<string, (ReplyErrorCode? Code, string? Decoded, string? Why)> Ours = new()
    {
        ["proto-key-dropped"] = (null, SameAsReact, null),
        ["path-into-__proto__"] = (ReplyErrorCode.InvalidReference, null, null),
        ["path-into-constructor"] = (ReplyErrorCode.InvalidReference, null, null),
        ["path-into-inherited-prop"] = (ReplyErrorCode.InvalidReference, null, "G2: an array's length is not data; encodeReply never writes such a path."),
        ["path-into-missing"] = (ReplyErrorCode.InvalidReference, null, null),
        ["forward-ref-missing-part"] = (ReplyErrorCode.InvalidReference, null, null),
        ["promise-missing-part"] = (ReplyErrorCode.InvalidReference, null, "We decode synchronously: a missing promise part is an error now, not a later rejection."),
        ["then-key-function-stripped (needs part 1)"] = (ReplyErrorCode.InvalidServerReference, null, "React turns it into null; we refuse a server reference under \"then\" outright."),
        ["server-ref-id-not-string"] = (ReplyErrorCode.InvalidServerReference, null, "React decodes null; malformed metadata is an error for us."),
        ["server-ref-unknown-id"] = (null, """[{"$function":"x","resultOfCallingWithNoExtraArgs":{"calledWith":[]}}]""", "The decoder yields an inert handle; the registry decides later whether the id exists (G3, G4)."),
        ["server-ref-bound-plain-array (not $@)"] = (ReplyErrorCode.InvalidServerReference, null, "React ignores a plain bound array; we refuse it (G12)."),
        ["map-init-not-array"] = (ReplyErrorCode.InvalidInitializer, null, null),
        ["map-init-used-twice"] = (ReplyErrorCode.InvalidInitializer, null, null),
        ["set-and-map-share-part"] = (ReplyErrorCode.InvalidInitializer, null, null),
        ["typed-array-used-twice"] = (ReplyErrorCode.InvalidInitializer, null, null),
        ["blob-ref-to-string-part"] = (ReplyErrorCode.InvalidInitializer, null, null),
        ["bigint-301-digits"] = (ReplyErrorCode.LimitExceeded, null, null),
        ["bigint-300-digits"] = (null, null, null),
        ["iterator-init-not-array"] = (ReplyErrorCode.InvalidInitializer, null, null),
        ["flat-array-1e6-elements (count = length+1 > 1e6)"] = (ReplyErrorCode.LimitExceeded, null, null),
        ["flat-array-999999-elements (count = 1e6, allowed)"] = (null, null, null),
        ["nested-arrays-over-limit"] = (ReplyErrorCode.LimitExceeded, null, null),
        ["nested-arrays-under-custom-limit"] = (ReplyErrorCode.LimitExceeded, null, null),
        ["object-resets-array-budget"] = (null, null, "Text written in the body counts as one value (MaxBodySize bounds it); only re-references count its length, so a 1 MiB body of strings fits the default budget."),
        ["string-counted-in-array-limit"] = (null, null, "As above: React counts in-body string length; we count it only when a reference pulls the text in again."),
        ["formdata-K-wrong-order ($K2 read before $K1)"] = (null, """[{"$formData":[["b","2"]]},{"$formData":[["a","1"]]}]""", "React scans entries with a shared pointer; we group them by id, so order does not matter."),
        ["formdata-K-hex-decimal-mismatch (what the client sends for id 10)"] = (null, """[{"$formData":[["a","1"]]}]""", "React looks for _a_; clients send _10_, which we read."),
        ["formdata-K-hex-name-variant"] = (null, """[{"$formData":[]}]""", "Only the decimal spelling clients send is recognised; _a_ is not FormData 10."),
        ["unknown-tag-$Z-is-outlined-ref"] = (ReplyErrorCode.UnknownTag, null, null),
        ["$F-not-supported-anymore"] = (ReplyErrorCode.UnknownTag, null, null),
        ["$S-is-Int16Array-not-symbol"] = (ReplyErrorCode.InvalidReference, null, null),
        ["too-many-bound-args (1001)"] = (ReplyErrorCode.InvalidServerReference, null, null),
        ["temp-ref-inside-object"] = (null, SameAsReact, null),
        ["stream-$R-no-parts (never closes!)"] = (null, """[{"$readableStream":[]}]""", "The body is complete, so a stream without C ends with it (React waits forever)."),
        ["stream-$R-parts-no-C (never closes!)"] = (null, """[{"$readableStream":["a"]}]""", "The body is complete, so a stream without C ends with it (React waits forever)."),
        ["stream-$R-with-C"] = (null, SameAsReact, null),
        ["async-iterable-$x-C-with-return-json"] = (null, SameAsReact, null),
        ["outlined-string-part"] = (null, SameAsReact, null),
        ["outlined-primitive-via-promise"] = (null, SameAsReact, null),
        ["date-garbage"] = (ReplyErrorCode.InvalidValue, null, "An unparsable $D is an error, not an Invalid Date (G12)."),
    };

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var c in Load().RootElement.GetProperty("hostile").EnumerateArray())
        {
            data.Add(c.GetProperty("name").GetString()!);
        }

        return data;
    }

    [Fact]
    public void Every_hostile_case_has_our_expectation()
    {
        Assert.Equal(40, Names().Count);
        foreach (var name in Names())
        {
            Assert.True(Ours.ContainsKey(name), name);
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Hostile_payload_decodes_or_fails_as_we_specify(string name)
    {
        using var doc = Load();
        var c = doc.RootElement.GetProperty("hostile").EnumerateArray().First(x => x.GetProperty("name").GetString() == name);
        var limits = new ReplyLimits { MaxDecodeTime = TimeSpan.FromMinutes(1) }; // semantics, not the clock: CI machines are busy
        if (c.TryGetProperty("options", out var options))
        {
            limits.MaxExpansion = options.GetProperty("arraySizeLimit").GetInt64();
        }

        var payload = Rebuild(name) ?? Payload(c.GetProperty("body"));
        var (code, decoded, _) = Ours[name];
        if (code is { } expectedCode)
        {
            ReplyTestPayloads.Fails(payload, expectedCode, limits);
            return;
        }

        var value = ReplyDecoder.Decode(payload, limits);
        if (decoded == SameAsReact)
        {
            JsNotation.AssertSame(c.GetProperty("decoded"), JsNotation.Write(value));
        }
        else if (decoded is not null)
        {
            using var ours = JsonDocument.Parse(decoded);
            JsNotation.AssertSame(ours.RootElement, JsNotation.Write(value));
        }
    }

    private static JsonDocument Load() => JsonDocument.Parse(File.ReadAllText(Path.Combine("Fixtures", "reply-decode-results.json")));

    private static ReplyPayload Payload(JsonElement body)
    {
        if (body.ValueKind == JsonValueKind.String)
        {
            return ReplyTestPayloads.Text(body.GetString()!);
        }

        var parts = new List<(string, object)>();
        foreach (var part in body.EnumerateArray())
        {
            string value = part[1].GetString()!;
            parts.Add(value == "<File>" ? (part[0].GetString()!, TestFile.Blob(1, 2)) : (part[0].GetString()!, value));
        }

        return ReplyTestPayloads.Parts([.. parts]);
    }

    /// <summary>The bodies the file stores truncated, rebuilt from what their names say.</summary>
    private static ReplyPayload? Rebuild(string name) => name switch
    {
        "bigint-301-digits" => ReplyTestPayloads.Text("[\"$n" + new string('9', 301) + "\"]"),
        "bigint-300-digits" => ReplyTestPayloads.Text("[\"$n" + new string('9', 300) + "\"]"),
        "flat-array-1e6-elements (count = length+1 > 1e6)" => ReplyTestPayloads.Text(Zeros(1_000_000)),
        "flat-array-999999-elements (count = 1e6, allowed)" => ReplyTestPayloads.Text(Zeros(999_999)),
        "nested-arrays-over-limit" => ReplyTestPayloads.Text("[" + Zeros(500_000) + "," + Zeros(500_000) + "]"),
        "too-many-bound-args (1001)" => ReplyTestPayloads.Parts(
            ("2", "{\"id\":\"abc123#doThing\",\"bound\":\"$@1\"}"), ("1", Zeros(1001)), ("0", "[\"$h2\"]")),
        _ => null,
    };

    internal static string Zeros(int n) => "[" + string.Join(',', Enumerable.Repeat("0", n)) + "]";
}
