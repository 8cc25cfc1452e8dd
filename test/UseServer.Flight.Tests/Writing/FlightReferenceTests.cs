using System.Text;
using UseServer.Flight.Values;
using UseServer.Flight.Writing;
using static UseServer.Flight.Tests.Writing.FlightOutput;

namespace UseServer.Flight.Tests.Writing;

public class FlightReferenceTests
{
    public sealed class Node
    {
        public string Name { get; set; } = "";

        public object? A { get; set; }

        public object? B { get; set; }
    }

    [Fact]
    public async Task Shared_and_cyclic_objects_match_React()
    {
        // prod 10-shared-and-cyclic: 0:{"a":{"v":1},"b":"$0:a","self":"$0"}
        var shared = new JsObject([new("v", new JsNumber(1))]);
        var root = new JsObject([new("a", shared), new("b", shared)]);
        root.SetProperty("self", root);
        Assert.Equal("0:{\"a\":{\"v\":1},\"b\":\"$0:a\",\"self\":\"$0\"}\n", await WriteAsync(root));
    }

    [Fact]
    public async Task Records_share_and_cycle_through_paths_including_array_indexes()
    {
        var leaf = new Node { Name = "leaf" };
        var root = new Node { Name = "root", A = new List<object> { leaf }, B = leaf };
        leaf.A = root;
        Assert.Equal(
            "0:{\"name\":\"root\",\"a\":[{\"name\":\"leaf\",\"a\":\"$0\",\"b\":null}],\"b\":\"$0:a:0\"}\n",
            await WriteAsync(root));
    }

    [Fact]
    public async Task A_key_containing_a_colon_makes_a_copy()
    {
        var shared = new JsObject([new("v", new JsNumber(1))]);
        var root = new JsObject([new("x:y", shared), new("z", shared), new("w", shared)]);
        Assert.Equal("0:{\"x:y\":{\"v\":1},\"z\":{\"v\":1},\"w\":\"$0:z\"}\n", await WriteAsync(root));
    }

    [Fact]
    public async Task A_cycle_through_a_colon_key_cannot_be_expressed_and_becomes_an_error_row()
    {
        var inner = new JsObject([]);
        var root = new JsObject([new("x:y", inner)]);
        inner.SetProperty("back", inner);
        Exception? reported = null;
        string output = await WriteAsync(root, Options(onError: e => reported = e));
        Assert.Equal("0:E{\"digest\":\"d1\",\"name\":\"Error\",\"message\":\"\",\"stack\":[],\"env\":\"Server\",\"owner\":null}\n", output);
        Assert.IsType<FlightSerializationException>(reported);
    }

    [Fact]
    public async Task Objects_inside_outlined_rows_are_referenced_by_row_paths()
    {
        var shared = new JsObject([new("c", new JsNumber(2))]);
        var map = new JsMap([new(new JsString("k"), shared)]);
        var root = new JsObject([new("m", map), new("again", shared), new("sameMap", map)]);
        // The Map's row is written before the root (React's order), so the object is first written inside it.
        Assert.Equal("1:[[\"k\",{\"c\":2}]]\n0:{\"m\":\"$Q1\",\"again\":\"$1:0:1\",\"sameMap\":\"$0:m\"}\n", await WriteAsync(root));

        var inMapFirst = new JsObject([new("m", new JsMap([new(new JsString("k"), shared)])), new("later", new JsPromise(shared))]);
        Assert.Equal("1:[[\"k\",{\"c\":2}]]\n2:\"$1:0:1\"\n0:{\"m\":\"$Q1\",\"later\":\"$@2\"}\n", await WriteAsync(inMapFirst));
    }

    [Fact]
    public async Task A_map_may_point_back_to_its_parent_object()
    {
        var root = new Dictionary<string, object?>();
        root["m"] = new Dictionary<int, object?> { [1] = root };
        Assert.Equal("1:[[1,\"$0\"]]\n0:{\"m\":\"$Q1\"}\n", await WriteAsync(root));
    }

    [Fact]
    public async Task A_map_that_contains_itself_is_refused()
    {
        var map = new Dictionary<object, object?>();
        map["self"] = new List<object?> { map };
        Exception? reported = null;
        string output = await WriteAsync(new { m = map }, Options(onError: e => reported = e));
        Assert.StartsWith("0:E{", output, StringComparison.Ordinal);
        Assert.DoesNotContain("$Q", output, StringComparison.Ordinal);
        Assert.Contains("contains itself", Assert.IsType<FlightSerializationException>(reported).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_set_that_contains_itself_through_another_set_is_refused()
    {
        var outer = new HashSet<object>();
        var inner = new HashSet<object> { outer };
        outer.Add(inner);
        Exception? reported = null;
        await WriteAsync(outer, Options(onError: e => reported = e));
        Assert.IsType<FlightSerializationException>(reported);
    }

    [Fact]
    public async Task Nesting_deeper_than_the_limit_is_refused_without_overflowing_the_stack()
    {
        object value = "leaf";
        for (int i = 0; i < FlightValueWriter.MaxDepth + 1; i++)
        {
            value = new List<object> { value };
        }

        Exception? reported = null;
        string output = await WriteAsync(value, Options(onError: e => reported = e));
        Assert.StartsWith("0:E{", output, StringComparison.Ordinal);
        Assert.IsType<FlightSerializationException>(reported);
    }

    [Fact]
    public async Task Nesting_at_the_limit_is_written()
    {
        object value = "leaf";
        for (int i = 0; i < FlightValueWriter.MaxDepth; i++)
        {
            value = new List<object> { value };
        }

        string output = await WriteAsync(value);
        Assert.Equal("0:" + new string('[', FlightValueWriter.MaxDepth) + "\"leaf\"" + new string(']', FlightValueWriter.MaxDepth) + "\n", output);
    }

    [Fact]
    public async Task Element_tree_with_client_and_server_references_is_minimal_payload_iv()
    {
        // Verified against both client builds; React's own rows (prod 05) carry the same
        // I row, server reference rows and element, except that it moves long import strings into rows of their own.
        var counter = new ClientReference("./app/Counter.js", ["chunk-counter", "static/chunks/counter.js"], "Counter");
        var increment = new ServerReference("abc123#increment");
        var bound = new ServerReference("abc123#increment", [41]);
        var tree = new ReactElement("div", null, new Dictionary<string, object?>
        {
            ["id"] = "root",
            ["children"] = new object[]
            {
                new ReactElement(counter, "c1", new Dictionary<string, object?> { ["initial"] = 1, ["onIncrement"] = increment }),
                new ReactElement("form", null, new Dictionary<string, object?>
                {
                    ["action"] = bound,
                    ["children"] = new ReactElement("button", null, new Dictionary<string, object?> { ["children"] = "Go" }),
                }),
            },
        });
        string expected =
            "1:I[\"./app/Counter.js\",[\"chunk-counter\",\"static/chunks/counter.js\"],\"Counter\"]\n" +
            "2:{\"id\":\"abc123#increment\",\"bound\":null}\n" +
            "3:{\"id\":\"abc123#increment\",\"bound\":\"$@4\"}\n" +
            "4:[41]\n" +
            "0:[\"$\",\"div\",null,{\"id\":\"root\",\"children\":[[\"$\",\"$L1\",\"c1\",{\"initial\":1,\"onIncrement\":\"$h2\"}],[\"$\",\"form\",null,{\"action\":\"$h3\",\"children\":[\"$\",\"button\",null,{\"children\":\"Go\"}]}]]}]\n";
        Assert.Equal(SortedRows(Encoding.UTF8.GetBytes(expected)), SortedRows(await WriteBytesAsync(tree)));
    }

    [Fact]
    public async Task Server_component_output_matches_React()
    {
        // prod 06-server-component-output
        var tree = new ReactElement("section", null, new Dictionary<string, object?>
        {
            ["className"] = "box",
            ["children"] = new ReactElement("h1", null, new Dictionary<string, object?> { ["children"] = "Hello" }),
        });
        Assert.Equal("0:[\"$\",\"section\",null,{\"className\":\"box\",\"children\":[\"$\",\"h1\",null,{\"children\":\"Hello\"}]}]\n", await WriteAsync(tree));
    }

    [Fact]
    public async Task Action_result_envelope_matches_React()
    {
        // prod 11-action-result-envelope (vite-plugin-rsc style)
        var value = new Dictionary<string, object?>
        {
            ["root"] = new ReactElement("p", null, new Dictionary<string, object?> { ["children"] = "new ui" }),
            ["returnValue"] = new Dictionary<string, object?> { ["ok"] = true, ["data"] = 42 },
        };
        Assert.Equal("0:{\"root\":[\"$\",\"p\",null,{\"children\":\"new ui\"}],\"returnValue\":{\"ok\":true,\"data\":42}}\n", await WriteAsync(value));
    }

    [Fact]
    public async Task Equal_client_references_share_one_I_row_and_strings_are_dollar_escaped()
    {
        ClientReference Make() => new("$weird-id", ["$c", "file.js"], "", async: true);
        var value = new object[]
        {
            new ReactElement(Make(), new Dictionary<string, object?>()),
            new ReactElement(ReactSymbols.Fragment, "k", new Dictionary<string, object?> { ["children"] = Make() }),
        };
        Assert.Equal(
            "1:I[\"$$weird-id\",[\"$$c\",\"file.js\"],\"\",1]\n" +
            "0:[[\"$\",\"$L1\",null,{}],[\"$\",\"$Sreact.fragment\",\"k\",{\"children\":\"$1\"}]]\n",
            await WriteAsync(value));
    }

    [Fact]
    public async Task The_same_server_reference_is_written_once_and_value_model_references_work_too()
    {
        var reference = new ServerReference("$id", []);
        var value = new object?[] { reference, reference, new JsServerReference("other", [new JsString("$a")]) };
        Assert.Equal(
            "2:[]\n1:{\"id\":\"$$id\",\"bound\":\"$@2\"}\n4:[\"$$a\"]\n3:{\"id\":\"other\",\"bound\":\"$@4\"}\n0:[\"$h1\",\"$h1\",\"$h3\"]\n",
            await WriteAsync(value));
    }

    [Fact]
    public async Task Element_children_get_element_paths()
    {
        var shared = new Dictionary<string, object?> { ["x"] = 1 };
        var element = new ReactElement("div", null, new Dictionary<string, object?> { ["style"] = shared, ["data"] = shared });
        Assert.Equal("0:[\"$\",\"div\",null,{\"style\":{\"x\":1},\"data\":\"$0:props:style\"}]\n", await WriteAsync(element));
    }
}
