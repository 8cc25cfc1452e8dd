using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;
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
}
