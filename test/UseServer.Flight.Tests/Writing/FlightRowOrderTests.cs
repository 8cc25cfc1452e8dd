using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using UseServer.Flight.Values;
using UseServer.Flight.Writing;
using static UseServer.Flight.Tests.Writing.FlightOutput;

namespace UseServer.Flight.Tests.Writing;

/// <summary>
/// Every row a reference names reaches the client before the reference (React's server order): a client
/// reading the body in small chunks never resolves a forward reference to a binary or <c>T</c> row.
/// </summary>
public partial class FlightRowOrderTests
{
    /// <summary>A reference to a row: <c>$&lt;hex&gt;</c>, a path <c>$&lt;hex&gt;:…</c>, or a tagged one (<c>$Q $W $i $K $B $@ $h $L $Z</c>).</summary>
    [GeneratedRegex("^\\$(?<tag>[QWiKBh@LZ]?)(?<id>[0-9a-f]+)(?<path>:.*)?$")]
    private static partial Regex Reference();

    /// <summary>The tag recorded for an untagged reference: <c>$&lt;hex&gt;</c> or a path <c>$&lt;hex&gt;:…</c>.</summary>
    private const char PathTag = ' ';

    private sealed record Row(int Id, List<(int Target, char Tag)> References);

    [Fact]
    public async Task Every_referenced_row_precedes_its_reference_except_paths_back_to_ancestors()
    {
        string longText = new('t', 1500);
        var shared = new Dictionary<string, object?> { ["shared"] = true };
        var root = new Dictionary<string, object?>();
        root["map"] = new Dictionary<string, object?>
        {
            ["bytes"] = new byte[] { 1, 2 },
            ["set"] = new HashSet<string> { longText + "set" },                       // a T row inside a Set row inside a Map row
            ["floats"] = new JsTypedArray(JsTypedArrayKind.Float64Array, BitConverter.GetBytes(2.5)),
        };
        root["set"] = new JsSet([new JsTypedArray(JsTypedArrayKind.Int16Array, [1, 0]), new JsString(longText)]);
        root["text"] = longText + "root";
        root["blob"] = new JsBlob("hi"u8.ToArray(), "text/plain");
        root["form"] = new JsFormData([new("file", new JsBlob("f"u8.ToArray(), "text/plain", "a.txt"))]);
        root["action"] = new ServerReference("act", [shared, new byte[] { 3 }, longText + "bound"]);
        root["client"] = new ReactElement(new ClientReference("mod", ["chunk.js"], "Button"), new Dictionary<string, object?> { ["shared"] = shared });
        root["items"] = Items(longText);
        root["promise"] = Task.FromResult<object?>(new Dictionary<int, object?> { [1] = new byte[] { 5 } });
        root["inert"] = new JsPromise(new JsMap([new(new JsString("k"), new JsTypedArray(JsTypedArrayKind.Uint8Array, [6]))]));
        root["stream"] = new JsStream(
            JsStreamKind.AsyncIterable,
            [new JsTypedArray(JsTypedArrayKind.Uint8Array, [7]), new JsString(longText)],
            new JsObject([new("done", new JsSet([new JsTypedArray(JsTypedArrayKind.Uint8Array, [8])]))]));
        root["iter"] = new JsIterator([new JsTypedArray(JsTypedArrayKind.Uint8Array, [9])]);
        root["error"] = new InvalidOperationException("boom");
        root["cycle"] = new Dictionary<int, object?> { [1] = root };                 // a path back to the ancestor row
        root["again"] = shared;

        List<Row> rows = Parse(await WriteBytesAsync(root));

        Assert.True(rows.Count > 20, "the value outlines many rows");
        int rootIndex = rows.FindIndex(r => r.Id == 0);
        var seen = new HashSet<int>();
        int checkedReferences = 0;
        for (int i = 0; i < rows.Count; i++)
        {
            Row row = rows[i];
            seen.Add(row.Id);
            foreach ((int target, char tag) in row.References)
            {
                checkedReferences++;
                if (seen.Contains(target))
                {
                    continue;
                }

                // A Task settles after the root batch is flushed: its promise row comes later, and the client awaits it.
                bool laterPromise = tag == '@' && rows.FindIndex(r => r.Id == target) > rootIndex;
                bool ancestor = tag == PathTag && IsAncestor(rows, i, target);
                Assert.True(laterPromise || ancestor, $"row {row.Id} references row {target} ('{tag}') before it is written");
            }
        }

        Assert.True(checkedReferences > 20);
        Assert.Contains(rows, r => r.Id != 0 && r.References.Contains((0, PathTag))); // the cycle is really there
        Assert.True(rows.Skip(rootIndex + 1).Count(r => r.References.Count > 0) >= 3, "async items and the task reference outlined rows too");
    }

    private static async IAsyncEnumerable<object?> Items(string longText)
    {
        await Task.Yield();
        yield return new Dictionary<string, object?> { ["data"] = new byte[] { 4 }, ["m"] = new Dictionary<int, string> { [1] = longText } };
        yield return new byte[] { 10 };
        yield return new JsSet([new JsTypedArray(JsTypedArrayKind.Uint8Array, [11])]);
    }

    /// <summary>True when row <paramref name="target"/> (written later) leads by its references back to the row at <paramref name="index"/>.</summary>
    private static bool IsAncestor(List<Row> rows, int index, int target)
    {
        int self = rows[index].Id;
        var pending = new Stack<int>([target]);
        var visited = new HashSet<int>();
        while (pending.TryPop(out int id))
        {
            if (id == self)
            {
                return true;
            }

            if (!visited.Add(id))
            {
                continue;
            }

            foreach (Row later in rows.Skip(index + 1).Where(r => r.Id == id))
            {
                foreach ((int next, _) in later.References)
                {
                    pending.Push(next);
                }
            }
        }

        return false;
    }

    /// <summary>Splits the payload into rows and collects the references in each JSON row.</summary>
    private static List<Row> Parse(byte[] payload)
    {
        var rows = new List<Row>();
        foreach (string text in Rows(payload))
        {
            byte[] bytes = Encoding.Latin1.GetBytes(text);
            int colon = Array.IndexOf(bytes, (byte)':');
            int id = Convert.ToInt32(Encoding.ASCII.GetString(bytes, 0, colon), 16);
            var references = new List<(int, char)>();
            ReadOnlySpan<byte> body = bytes.AsSpan(colon + 1);
            if (body.Length > 0 && "TAOoUSsLlGgMmVb".Contains((char)body[0], StringComparison.Ordinal))
            {
                rows.Add(new Row(id, references)); // binary and T rows hold no references
                continue;
            }

            if (body.Length > 0 && (body[0] is (byte)'I' or (byte)'C' or (byte)'E' or (byte)'R' or (byte)'r' or (byte)'X' or (byte)'x'))
            {
                body = body[1..]; // a tagged row: its JSON (if any) follows the tag
            }

            body = body.TrimEnd((byte)'\n');
            if (!body.IsEmpty)
            {
                using JsonDocument json = JsonDocument.Parse(body.ToArray());
                Collect(json.RootElement, references);
            }

            rows.Add(new Row(id, references));
        }

        return rows;
    }

    private static void Collect(JsonElement root, List<(int, char)> references)
    {
        var pending = new Stack<JsonElement>([root]);
        while (pending.TryPop(out JsonElement element))
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    foreach (JsonProperty property in element.EnumerateObject())
                    {
                        pending.Push(property.Value);
                    }

                    break;
                case JsonValueKind.Array:
                    foreach (JsonElement item in element.EnumerateArray())
                    {
                        pending.Push(item);
                    }

                    break;
                case JsonValueKind.String:
                    Match match = Reference().Match(element.GetString()!);
                    if (match.Success)
                    {
                        char tag = match.Groups["tag"].Length == 0 ? PathTag : match.Groups["tag"].Value[0];
                        references.Add((Convert.ToInt32(match.Groups["id"].Value, 16), tag));
                    }

                    break;
            }
        }
    }
}
