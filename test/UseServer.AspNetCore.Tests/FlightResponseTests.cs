using System.IO.Pipelines;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using UseServer.AspNetCore.Pipeline;
using UseServer.AspNetCore.Tests.Support;
using UseServer.Flight;
using UseServer.Flight.Writing;

namespace UseServer.AspNetCore.Tests;

/// <summary>The writer options a host gives every Flight answer, by its environment.</summary>
public sealed class FlightResponseTests
{
    [Theory]
    [InlineData("Production", "[\"$\",\"b\",null,{}]")]
    [InlineData("Staging", "[\"$\",\"b\",null,{}]")]
    [InlineData("Development", "[\"$\",\"b\",null,{},null,null,1]")]
    public async Task Fixed_children_take_the_development_form_only_in_development(string environment, string child)
    {
        // A list of children is an object[]: its metadata comes from the JSON options (reflection is fine in tests).
        var functions = new ServerFunctionOptions { JsonSerializerOptions = System.Text.Json.JsonSerializerOptions.Default };
        FlightWriterOptions options = FlightResponse.WriterOptions(TestRuntime.Create(functions, environment), new DefaultHttpContext());
        var fixedChild = new ReactElement("b", new Dictionary<string, object?>()) { StaticChild = true };
        var tree = new ReactElement("p", new Dictionary<string, object?> { ["children"] = new object[] { fixedChild, "text" } });

        using var body = new MemoryStream();
        PipeWriter writer = PipeWriter.Create(body);
        await FlightSerializer.WriteAsync(writer, tree, options);
        await writer.CompleteAsync();

        Assert.Equal(environment == Environments.Development, options.DevelopmentElements);
        Assert.Equal("0:[\"$\",\"p\",null,{\"children\":[" + child + ",\"text\"]}]\n", Encoding.UTF8.GetString(body.ToArray()));
    }
}
