using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using UseServer.AspNetCore.Pipeline;
using UseServer.AspNetCore.Tests.Support;

namespace UseServer.AspNetCore.Tests;

public class ServerFunctionCatalogTests
{
    [Fact]
    public void The_catalog_finds_plans_by_ID_and_IDs_by_method()
    {
        var catalog = ServerFunctionCatalog.Build([Descriptor(nameof(First), "tests.first"), Descriptor(nameof(Second), "tests.second")], Runtime());

        Assert.Equal(["tests.first", "tests.second"], catalog.Plans.Select(p => p.Id));
        Assert.True(catalog.TryGetPlan("tests.second", out ServerFunctionPlan? plan));
        Assert.Equal(nameof(Second), plan.Descriptor.Method.Name);
        Assert.True(catalog.TryGetId(Method(nameof(First)), out string? id));
        Assert.Equal("tests.first", id);
        Assert.False(catalog.TryGetPlan("tests.First", out _)); // IDs are exact
    }

    [Fact]
    public void Two_functions_with_one_ID_or_an_invalid_ID_stop_the_build()
    {
        var duplicate = Assert.Throws<InvalidOperationException>(() =>
            ServerFunctionCatalog.Build([Descriptor(nameof(First), "tests.same"), Descriptor(nameof(Second), "tests.same")], Runtime()));
        Assert.Contains("tests.same", duplicate.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => ServerFunctionCatalog.Build([Descriptor(nameof(First), "tests/slash")], Runtime()));
    }

    [Fact]
    public void Planning_leaves_the_runtime_unchanged_and_the_functions_are_published_once()
    {
        ServerFunctionRuntime runtime = Runtime();
        var mapped = new MappedServerFunctions();
        ServerFunctionCatalog.Build([Descriptor(nameof(First), "tests.first")], runtime); // built, not published

        Assert.Throws<InvalidOperationException>(() => mapped.Catalog);
        mapped.Publish(ServerFunctionCatalog.Build([Descriptor(nameof(First), "tests.first")], runtime));
        Assert.True(mapped.Catalog.TryGetPlan("tests.first", out _));
        Assert.Throws<InvalidOperationException>(() => mapped.Publish(ServerFunctionCatalog.Build([], runtime)));
    }

    [Fact]
    public void MapServerFunctions_twice_is_refused()
    {
        WebApplicationBuilder builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Production });
        builder.Services.AddServerFunctions();
        using WebApplication app = builder.Build();
        app.MapServerFunctions();

        InvalidOperationException e = Assert.Throws<InvalidOperationException>(() => app.MapServerFunctions());
        Assert.Contains("once", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void References_made_before_MapServerFunctions_name_it()
    {
        WebApplicationBuilder builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Production });
        builder.Services.AddServerFunctions();
        using WebApplication app = builder.Build();
        var references = app.Services.GetRequiredService<IServerFunctionReferences>();

        InvalidOperationException e = Assert.Throws<InvalidOperationException>(() => references.Reference("tests.first"));
        Assert.Contains("MapServerFunctions()", e.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => references.Bind(First, "x"));
    }

    public static string First(string value) => value;

    public static string Second(string value) => value;

    private static MethodInfo Method(string name) => typeof(ServerFunctionCatalogTests).GetMethod(name)!;

    private static ServerFunctionDescriptor Descriptor(string method, string id) => new()
    {
        Id = id,
        Method = Method(method),
        Parameters = [new ServerFunctionParameter { Name = "value", Type = typeof(string), Source = ServerFunctionParameterSource.Client, Converter = Flight.Binding.ReplyConverters.String }],
        Invoker = invocation => new(invocation.Arguments[0]),
        ResultType = typeof(string),
    };

    private static ServerFunctionRuntime Runtime() => TestRuntime.Create();
}
