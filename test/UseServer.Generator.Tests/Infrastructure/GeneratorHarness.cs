using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace UseServer.Generator.Tests.Infrastructure;

/// <summary>Runs the real generator over a real compilation that references the real runtime assemblies.</summary>
internal static class GeneratorHarness
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private static readonly Lazy<ImmutableArray<MetadataReference>> s_references = new(() =>
    {
        // The test process's platform (incl. the ASP.NET Core shared framework) plus UseServer's own assemblies.
        var paths = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => !Path.GetFileName(p).StartsWith("UseServer.", StringComparison.Ordinal))
            .Append(typeof(ServerFunctionRegistry).Assembly.Location)
            .Append(typeof(Flight.Values.JsValue).Assembly.Location);
        return [.. paths.Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))];
    });

    public static CSharpCompilation Compilation(params string[] sources)
    {
        var trees = sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, ParseOptions, path: "Source" + i + ".cs")).ToList();
        var compilation = CSharpCompilation.Create(
            "App",
            trees,
            s_references.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        return RuntimeShims.AddMissing(compilation);
    }

    public static GeneratorDriver Driver(bool requireAuthorization = false) =>
        CSharpGeneratorDriver.Create(
            [new ServerFunctionGenerator().AsSourceGenerator()],
            parseOptions: ParseOptions,
            optionsProvider: new OptionsProvider(requireAuthorization ? new() { ["build_property.UseServerRequireAuthorization"] = "true" } : []),
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generator once: its result, and the compilation with the generated sources added.</summary>
    public static (GeneratorRunResult Result, Compilation Output) Run(string source, bool requireAuthorization = false)
    {
        var driver = Driver(requireAuthorization).RunGeneratorsAndUpdateCompilation(Compilation(source), out var output, out _);
        return (driver.GetRunResult().Results.Single(), output);
    }

    public static string Generated(GeneratorRunResult result, string hintName) =>
        result.GeneratedSources.Single(s => s.HintName == hintName).SourceText.ToString();

    /// <summary>The TypeScript module carried in the generated C# file, as UseServer.targets extracts it.</summary>
    public static string TypeScript(GeneratorRunResult result) =>
        string.Concat(Generated(result, "ServerFunctions.TypeScript.g.cs").Split('\n')
            .Where(l => l.StartsWith("//|", StringComparison.Ordinal))
            .Select(l => l[3..] + "\n"));

    private sealed class OptionsProvider(Dictionary<string, string> values) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(values);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Options([]);

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new Options([]);
    }

    private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
    }
}
