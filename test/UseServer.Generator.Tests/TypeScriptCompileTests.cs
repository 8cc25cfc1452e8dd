using System.Diagnostics;
using UseServer.Generator.Tests.Infrastructure;

namespace UseServer.Generator.Tests;

/// <summary>
/// The generated TypeScript compiles under <c>tsc --strict --exactOptionalPropertyTypes</c> and types real calls
/// (ts/usage.ts.txt, with @ts-expect-error lines that must fail). Uses the TypeScript pinned in ts/package-lock.json
/// (installed with npm ci on first use).
/// </summary>
public sealed class TypeScriptCompileTests
{
    [Fact]
    public void Generated_stubs_compile_under_strict_tsc()
    {
        var ts = Path.Combine(TestPaths.ProjectDirectory, "ts");
        var output = Path.Combine(ts, "out");
        if (Directory.Exists(output))
        {
            Directory.Delete(output, recursive: true);
        }

        foreach (var (name, source) in new[] { ("Notes", Scenarios.Notes), ("Shapes", Scenarios.Shapes), ("ClassAttribute", Scenarios.ClassAttribute) })
        {
            var (result, _) = GeneratorHarness.Run(source);
            Directory.CreateDirectory(Path.Combine(output, name));
            File.WriteAllText(Path.Combine(output, name, "index.ts"), GeneratorHarness.TypeScript(result));
        }

        File.Copy(Path.Combine(ts, "usage.ts.txt"), Path.Combine(output, "usage.ts"));
        if (!File.Exists(Path.Combine(ts, "node_modules", "typescript", "bin", "tsc")))
        {
            Run(ts, "npm", "ci --no-audit --no-fund --loglevel=error");
        }

        var (code, text) = Run(ts, "node", "node_modules/typescript/bin/tsc -p tsconfig.json --pretty false");
        Assert.True(code == 0, text);
    }

    private static (int Code, string Output) Run(string directory, string file, string arguments)
    {
        var start = new ProcessStartInfo(file, arguments)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr);
    }
}
