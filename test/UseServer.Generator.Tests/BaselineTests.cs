using UseServer.Generator.Tests.Infrastructure;

namespace UseServer.Generator.Tests;

/// <summary>The generated C# and TypeScript, locked by golden files (UPDATE_BASELINES=1 regenerates them).</summary>
public sealed class BaselineTests
{
    [Theory]
    [InlineData(nameof(Scenarios.Notes), Scenarios.Notes)]
    [InlineData(nameof(Scenarios.Shapes), Scenarios.Shapes)]
    [InlineData(nameof(Scenarios.ClassAttribute), Scenarios.ClassAttribute)]
    public void Generated_code_matches_baseline(string name, string source)
    {
        var (result, _) = GeneratorHarness.Run(source);

        Assert.Empty(result.Diagnostics);
        Baseline.Verify(GeneratorHarness.Generated(result, "ServerFunctions.g.cs"), name + ".g.cs.txt");
    }

    [Theory]
    [InlineData(nameof(Scenarios.Notes), Scenarios.Notes)]
    [InlineData(nameof(Scenarios.Shapes), Scenarios.Shapes)]
    [InlineData(nameof(Scenarios.ClassAttribute), Scenarios.ClassAttribute)]
    public void Generated_typescript_matches_baseline(string name, string source)
    {
        var (result, _) = GeneratorHarness.Run(source);

        Baseline.Verify(GeneratorHarness.TypeScript(result), name + ".ts.txt");
    }

    [Fact]
    public void Nothing_is_generated_without_server_functions()
    {
        var (result, _) = GeneratorHarness.Run("namespace App; public static class Plain { public static int One() => 1; }");

        Assert.Empty(result.GeneratedSources);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void A_method_attribute_inside_an_attributed_class_registers_the_method_once_with_its_own_id()
    {
        var (result, _) = GeneratorHarness.Run("""
            using UseServer;
            namespace App;
            [ServerFunction]
            public static class Both
            {
                [ServerFunction(Id = "both.one")] public static int One() => 1;
                public static int Two() => 2;
            }
            """);

        var code = GeneratorHarness.Generated(result, "ServerFunctions.g.cs");
        Assert.Single(code.Split('\n'), l => l.Contains("Id = \"both.one\"", StringComparison.Ordinal));
        Assert.Equal(2, code.Split('\n').Count(l => l.TrimStart().StartsWith("Id = ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Bound_parameters_are_left_out_of_the_stub_but_stay_client_parameters_in_the_registry()
    {
        // The sample's shape: React prepends the sealed token, the host unseals it into the leading client slot.
        var (result, _) = GeneratorHarness.Run("""
            using System.Threading;
            using System.Threading.Tasks;
            using UseServer;
            using UseServer.Flight.Values;
            namespace App;
            public interface IStore { }
            public static class Notes
            {
                /// <summary>Creates an empty note.</summary>
                /// <param name="notebookId">Sealed.</param>
                [ServerFunction(Id = "notes.createEmpty")]
                public static Task<int> CreateEmptyNote([Bound] int notebookId, IStore store, CancellationToken ct, JsFormData? form = null) => Task.FromResult(notebookId);
            }
            """);

        Assert.Empty(result.Diagnostics);
        var ts = GeneratorHarness.TypeScript(result);
        Assert.Contains("export const createEmptyNote = /* @__PURE__ */ createServerReference<(form?: FormData | null) => Promise<number>>(\"notes.createEmpty\", callServer);", ts, StringComparison.Ordinal);
        Assert.Contains(" * Bound (notebookId): receive this function from a server component", ts, StringComparison.Ordinal);
        Assert.DoesNotContain("@param notebookId", ts, StringComparison.Ordinal);
        var code = GeneratorHarness.Generated(result, "ServerFunctions.g.cs");
        Assert.Contains("Name = \"notebookId\", Type = typeof(int), Source = global::UseServer.ServerFunctionParameterSource.Client, Converter = global::UseServer.Flight.Binding.ReplyConverters.Int32, IsOptional = false", code, StringComparison.Ordinal);
    }

    [Fact]
    public void Redirect_results_are_typed_as_void_and_server_results_as_their_value()
    {
        var (result, _) = GeneratorHarness.Run("""
            using System.Threading.Tasks;
            using UseServer;
            namespace App;
            [ServerFunction]
            public static class Nav
            {
                public static ServerRedirect Home() => ServerRedirect.To("/");
                public static Task<ServerResult<int>> Maybe(int n) => Task.FromResult<ServerResult<int>>(n > 0 ? n : ServerRedirect.To("/"));
            }
            """);

        Assert.Empty(result.Diagnostics);
        var ts = GeneratorHarness.TypeScript(result);
        Assert.Contains("Promise<void>", ts, StringComparison.Ordinal);
        Assert.Contains("Promise<number>", ts, StringComparison.Ordinal);
        var code = GeneratorHarness.Generated(result, "ServerFunctions.g.cs");
        Assert.Contains("return new global::System.Threading.Tasks.ValueTask<object?>(global::App.Nav.Home());", code, StringComparison.Ordinal);
        Assert.Contains("return await global::App.Nav.Maybe(", code, StringComparison.Ordinal);
    }
}
