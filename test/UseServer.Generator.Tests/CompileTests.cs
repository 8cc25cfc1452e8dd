using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.CodeAnalysis;
using UseServer.Generator.Tests.Infrastructure;

namespace UseServer.Generator.Tests;

/// <summary>The generated code compiles against the real UseServer.AspNetCore and UseServer.Flight assemblies.</summary>
public sealed class CompileTests
{
    [Theory]
    [InlineData(Scenarios.Notes)]
    [InlineData(Scenarios.Shapes)]
    [InlineData(Scenarios.ClassAttribute)]
    public void Generated_code_compiles_without_errors_or_warnings(string source)
    {
        var (_, output) = GeneratorHarness.Run(source);

        var problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task Module_initializer_registers_descriptors_whose_invokers_call_the_methods()
    {
        // Injected parameters only, so no converter runs (the converters may still be shims here).
        const string source = """
            using System.Threading;
            using System.Threading.Tasks;
            using Microsoft.AspNetCore.Http;
            using UseServer;
            namespace App;
            public static class Calc
            {
                [ServerFunction(Id = "test.answer")]
                public static int Answer(CancellationToken ct) => 42;

                [ServerFunction(Id = "test.nothing")]
                public static async Task Nothing() => await Task.Yield();
            }
            public sealed class Greeter
            {
                [ServerFunction(Id = "test.greet")]
                public Task<string> Greet(HttpRequest request) => Task.FromResult("hi " + request.Path);
            }
            """;
        var (_, output) = GeneratorHarness.Run(source);
        using var stream = new MemoryStream();
        var emit = output.Emit(stream);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));

        var assembly = AssemblyLoadContext.Default.LoadFromStream(new MemoryStream(stream.ToArray()));
        RuntimeHelpers.RunModuleConstructor(assembly.ManifestModule.ModuleHandle);
        var functions = (ServerFunctionDescriptor[])typeof(ServerFunctionRegistry)
            .GetMethod("Snapshot", BindingFlags.NonPublic | BindingFlags.Static)!.Invoke(null, null)!;
        var http = new DefaultHttpContext { RequestServices = new ServiceCollection().BuildServiceProvider() };
        http.Request.Path = "/there";

        var answer = functions.Single(f => f.Id == "test.answer");
        Assert.Equal(42, await answer.Invoker(new ServerFunctionInvocation(http, answer, [CancellationToken.None])));
        Assert.Equal(typeof(int), answer.ResultType);
        Assert.Equal(ServerFunctionParameterSource.CancellationToken, answer.Parameters.Single().Source);
        Assert.Equal("Answer", answer.Method.Name);

        var nothing = functions.Single(f => f.Id == "test.nothing");
        Assert.Same(Flight.Values.JsValue.Undefined, await nothing.Invoker(new ServerFunctionInvocation(http, nothing, [])));
        Assert.Equal(typeof(void), nothing.ResultType);

        var greet = functions.Single(f => f.Id == "test.greet");
        Assert.Equal("hi /there", await greet.Invoker(new ServerFunctionInvocation(http, greet, [http.Request])));
        Assert.Equal(ServerFunctionParameterSource.HttpRequest, greet.Parameters.Single().Source);
    }

    [Fact]
    public async Task Generated_descriptors_of_bound_functions_give_the_host_the_bound_count_the_stub_left_out()
    {
        // The stub drops the [Bound] parameters; the registry keeps them as client parameters and the host counts them
        // from the attribute (ServerFunctionPlan). Bind(...) checks exactly that count, so it proves the two agree.
        const string source = """
            using System.Threading;
            using System.Threading.Tasks;
            using UseServer;
            namespace BoundApp;
            public interface IStore { }
            public static class Notes
            {
                [ServerFunction(Id = "bound.archive")]
                public static Task<bool> Archive([Bound] long noteId, IStore store, [Bound] string version, CancellationToken ct, bool confirm, string? reason = null) =>
                    Task.FromResult(confirm);

                [ServerFunction(Id = "bound.none")]
                public static int None(int n) => n;
            }
            """;
        var (result, output) = GeneratorHarness.Run(source);
        Assert.Empty(result.Diagnostics);
        Assert.Contains("createServerReference<(confirm: boolean, reason?: string | null) => Promise<boolean>>(\"bound.archive\"", GeneratorHarness.TypeScript(result), StringComparison.Ordinal);
        using var stream = new MemoryStream();
        var emit = output.WithAssemblyName("BoundApp").Emit(stream);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        var assembly = AssemblyLoadContext.Default.LoadFromStream(new MemoryStream(stream.ToArray()));
        RuntimeHelpers.RunModuleConstructor(assembly.ManifestModule.ModuleHandle);

        var builder = WebApplication.CreateSlimBuilder();
        builder.Services.AddServerFunctions();
        await using var app = builder.Build();
        app.MapServerFunctions();
        var references = app.Services.GetRequiredService<IServerFunctionReferences>();

        Assert.Equal("bound.archive", references.Bind("bound.archive", 7L, "v1").Id);
        Assert.Throws<ArgumentException>(() => references.Bind("bound.archive", 7L));
        Assert.Throws<ArgumentException>(() => references.Reference("bound.archive"));
        Assert.Equal("bound.none", references.Reference("bound.none").Id);
    }
}
