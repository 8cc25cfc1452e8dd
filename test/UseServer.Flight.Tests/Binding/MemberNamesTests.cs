using System.Text;
using UseServer.Flight.Binding;

namespace UseServer.Flight.Tests.Binding;

/// <summary>Matching keys by their UTF-8 bytes finds exactly the member an ordinal string lookup finds.</summary>
public class MemberNamesTests
{
    private static readonly string[] Names = ["id", "title", "done", "score", "", "é", "naïve", "日本", "😀x", "Title", "a\u0000b", "__proto__", "x\ud800"];

    [Fact]
    public void Names_no_key_can_spell_by_bytes_have_no_UTF8()
    {
        Assert.Null(MemberNames.Utf8("__proto__"));
        Assert.Null(MemberNames.Utf8("x\ud800"));
        Assert.Null(MemberNames.Utf8("\udc00"));
        Assert.Equal(Encoding.UTF8.GetBytes("naïve"), MemberNames.Utf8("naïve")!);
        Assert.Empty(MemberNames.Utf8("")!);
    }

    [Fact]
    public void A_key_matches_the_member_an_ordinal_lookup_finds_whatever_the_hint()
    {
        byte[]?[] utf8 = Array.ConvertAll(Names, MemberNames.Utf8);
        var byName = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < Names.Length; i++)
        {
            byName[Names[i]] = i;
        }

        string[] keys = [.. Names, "ID", "titl", "titles", "e\u0301", "\ufffd", "x\ufffd", "__proto_", "score "];
        foreach (string key in keys)
        {
            byte[] bytes = Encoding.UTF8.GetBytes(key);
            bool wellFormed = Encoding.UTF8.GetString(bytes) == key;
            for (int hint = -1; hint <= Names.Length; hint++)
            {
                int matched = MemberNames.Match(utf8, bytes, hint);
                if (matched >= 0)
                {
                    Assert.True(wellFormed && byName.TryGetValue(key, out int expected) && expected == matched, $"\"{key}\" matched {Names[matched]}");
                }
                else if (wellFormed && key != "__proto__")
                {
                    Assert.False(byName.ContainsKey(key), $"\"{key}\" (hint {hint}) is a member but did not match");
                }
            }
        }
    }

    [Fact]
    public void An_empty_key_matches_only_an_empty_name()
    {
        Assert.Equal(-1, MemberNames.Match([null, [1]], [], 0));
        Assert.Equal(1, MemberNames.Match([null, []], [], 0));
    }
}
