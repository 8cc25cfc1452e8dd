using UseServer.Flight.Reply;
using UseServer.Flight.Tests.Binding;

namespace UseServer.Flight.Tests.Reply;

public partial class MaliciousCorpusTests
{
    /// <summary>
    /// Binding straight from tokens (issue #13) never binds a corpus body the value-model path refuses, and binds what it
    /// does bind exactly as that path would; the host answers everything else through the value-model path, as before.
    /// </summary>
    [Theory]
    [MemberData(nameof(Cases))]
    public void Corpus_case_binds_straight_from_tokens_only_as_the_value_model_would(string id, int variant)
    {
        ReplyPayload payload;
        try
        {
            payload = Build(LoadCase(id), variant);
        }
        catch (ReplyDecodeException)
        {
            return; // refused while the body was assembled: nothing reaches either path
        }

        DirectBindingTests.CheckEveryConverter(payload, id + "/" + variant);
    }

    private static System.Text.Json.JsonElement LoadCase(string id)
    {
        using var doc = Load();
        return doc.RootElement.GetProperty("cases").EnumerateArray().First(x => x.GetProperty("id").GetString() == id).Clone();
    }
}
