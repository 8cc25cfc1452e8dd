using System.Text.Json;
using System.Text.Json.Serialization;
using UseServer.Flight.Writing;
using static UseServer.Flight.Tests.Writing.FlightOutput;

namespace UseServer.Flight.Tests.Writing;

public sealed record Customer(
    string Name,
    [property: JsonPropertyName("$id")] int Id,
    string? Nickname,
    [property: JsonIgnore] string Secret,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Note,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] int Visits,
    DateOnly Since,
    Money Balance,
    IReadOnlyList<string> Tags);

[JsonConverter(typeof(MoneyConverter))]
public readonly record struct Money(decimal Amount, string Currency);

public sealed class MoneyConverter : JsonConverter<Money>
{
    public override Money Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => throw new NotSupportedException();

    public override void Write(Utf8JsonWriter writer, Money value, JsonSerializerOptions options) =>
        writer.WriteStringValue("$" + value.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + value.Currency);
}

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(Customer))]
[JsonSerializable(typeof(List<Customer>))]
[JsonSerializable(typeof(Dictionary<string, Customer>))]
internal sealed partial class FlightTestJsonContext : JsonSerializerContext;

public class FlightJsonMetadataTests
{
    private static readonly Customer s_customer = new("Ada", 7, null, "hidden", null, 0, new DateOnly(2024, 1, 2), new Money(1.5m, "EUR"), ["a", "$b"]);

    private const string Expected =
        "{\"name\":\"Ada\",\"$id\":7,\"nickname\":null,\"since\":\"$D2024-01-02T00:00:00.000Z\",\"balance\":\"$$1.5 EUR\",\"tags\":[\"a\",\"$$b\"]}";

    public static TheoryData<string> Resolvers() => ["reflection", "source-generated"];

    private static FlightWriterOptions OptionsFor(string resolver) => resolver == "reflection"
        ? Options()
        : new FlightWriterOptions { JsonOptions = FlightTestJsonContext.Default.Options, ErrorDigest = "d1" };

    [Theory]
    [MemberData(nameof(Resolvers))]
    public async Task Records_are_plain_objects_with_their_serialized_properties(string resolver) =>
        Assert.Equal("0:" + Expected + "\n", await WriteAsync(s_customer, OptionsFor(resolver)));

    [Theory]
    [MemberData(nameof(Resolvers))]
    public async Task Collections_of_records_share_by_path(string resolver)
    {
        var list = new List<Customer> { s_customer, s_customer };
        Assert.Equal("0:[" + Expected + ",\"$0:0\"]\n", await WriteAsync(list, OptionsFor(resolver)));
        var byName = new Dictionary<string, Customer> { ["ada"] = s_customer };
        Assert.Equal("0:{\"ada\":" + Expected + "}\n", await WriteAsync(byName, OptionsFor(resolver)));
    }

    [Fact]
    public async Task Ignore_conditions_write_the_property_when_it_has_a_value()
    {
        var customer = s_customer with { Note = "n", Visits = 3 };
        string output = await WriteAsync(customer);
        Assert.Contains("\"note\":\"n\",\"visits\":3,", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_default_ignore_condition_of_the_options_applies()
    {
        var json = new JsonSerializerOptions(ReflectionJson) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };
        string output = await WriteAsync(s_customer, new FlightWriterOptions { JsonOptions = json });
        Assert.DoesNotContain("nickname", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Anonymous_types_use_the_naming_policy()
    {
        Assert.Equal("0:{\"firstName\":\"x\"}\n", await WriteAsync(new { FirstName = "x" }));
    }
}
