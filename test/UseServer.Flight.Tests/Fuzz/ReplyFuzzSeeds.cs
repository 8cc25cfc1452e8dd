namespace UseServer.Flight.Tests.Fuzz;

/// <summary>
/// Valid reply bodies, one per shape encodeReply produces, that the fuzzer mutates,
/// and the tokens it splices in: every tag, hostile path keys and JSON punctuation.
/// </summary>
internal static class ReplyFuzzSeeds
{
    public static readonly (string Name, string Text)[][] Bodies =
    [
        [("0", "[\"a\",1,true,null,\"$undefined\",\"$-0\",\"$NaN\",\"$n2\",\"$$x\",\"$Infinity\",\"$-Infinity\"]")],
        [("0", "[{\"a\":{\"x\":1},\"b\":\"$0:0:a\",\"c\":\"$D2020-01-02T03:04:05.006Z\"}]")],
        [("0", "[{\"name\":\"o\",\"self\":\"$0:0\"}]")],
        [("0", "{\"me\":\"$0\"}")],
        [("1", "[[\"k\",1],[2,{\"v\":\"x\"}]]"), ("0", "[\"$Q1\",\"$1:0:0\"]")],
        [("2", "[[1,2]]"), ("1", "[\"$Q2\"]"), ("0", "[\"$W1\",\"$i2\"]")],
        [("_1_name", "Ada"), ("_1_tags", "x"), ("0", "[\"$K1\"]")],
        [("0", "[\"$@1\"]"), ("1", "{\"v\":1}")],
        [("0", "[{\"v\":1},\"$@1\"]"), ("1", "\"$0:0\"")],
        [("0", "[\"$x1\"]"), ("S1", "\"a\""), ("S1", "{\"b\":2}"), ("S1", "C\"done\"")],
        [("0", "[\"$R1\"]"), ("S1", "\"x\""), ("S1", "C")],
        [("1", "{\"id\":\"abc123#doThing\",\"bound\":null}"), ("0", "[\"$h1\",\"$h1\"]")],
        [("2", "{\"id\":\"abc123#doThing\",\"bound\":\"$@1\"}"), ("0", "[\"$h2\"]"), ("1", "[\"x\",\"$n2\"]")],
        [("0", "[{\"el\":\"$T\"},[1,\"$undefined\",3]]")],
        [("0", "[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]")],
        [("0", "\"$$hello\"")],
    ];

    public static readonly string[] Tokens =
    [
        "$", "$$", "$@1", "$@0", "$Q1", "$W1", "$i1", "$K1", "$Ka", "$B1", "$A1", "$o1", "$S1", "$L1", "$V1", "$h1", "$T",
        "$R1", "$r1", "$X1", "$x1", "$n", "$n1", "$n-0", "$n01", "$D", "$D2020-01-01T00:00:00.000Z", "$-0", "$-1", "$NaN",
        "$undefined", "$F1", "$E1", "$Z", "$Y", "$P1", "$0", "$1", "$2", "$ff", "$FF", "$0:0", "$1:0:0", "$0:0:__proto__",
        "$1:constructor:constructor", "$0:length", "$0:then", "\"then\"", "\"__proto__\"", "[", "]", "{", "}", ",", ":",
        "\"", "\\", "\\u0000", "\\ud800", "1e309", "-", "null", "true", "[[[[[[[[", "\"C\"", "C", "\u00ff", "\u2028",
    ];
}
