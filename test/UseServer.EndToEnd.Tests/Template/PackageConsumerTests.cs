using UseServer.EndToEnd.Tests.Hosting;

namespace UseServer.EndToEnd.Tests.Template;

/// <summary>
/// A project that references the packed <c>UseServer.Pages</c> alone (next to the app made by the template, with the
/// same feeds): the package brings UseServer's generator and build targets with it, and a build without a native V8
/// engine for its runtime stops with USE1002 naming the package to add.
/// </summary>
[Collection(TemplateCollection.Name)]
public sealed class PackageConsumerTests(TemplateFixture fixture)
{
    [Fact]
    public async Task UseServer_Pages_alone_brings_the_generator_and_a_missing_V8_engine_is_USE1002()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        string dir = Path.Combine(fixture.App.AppsDir, "PagesOnly");
        Directory.CreateDirectory(dir);
        await File.WriteAllTextAsync(Path.Combine(dir, "PagesOnly.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <ServerFunctionsTypeScriptOutput>stubs</ServerFunctionsTypeScriptOutput>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="UseServer.Pages" Version="{fixture.App.Version}" />
              </ItemGroup>
            </Project>
            """, timeout.Token);
        await File.WriteAllTextAsync(Path.Combine(dir, "Program.cs"), """
            using UseServer;

            var builder = WebApplication.CreateBuilder(args);
            builder.Services.AddServerComponentPages();
            var app = builder.Build();
            app.MapServerFunctions();
            app.Run();

            [ServerFunction]
            public static class Functions
            {
                public static int Twice(int value) => value * 2;
            }
            """, timeout.Token);

        (int exitCode, string output) = await Processes.RunCaptureAsync("dotnet", ["build", "-nologo"], dir, timeout.Token);
        Assert.NotEqual(0, exitCode);
        Assert.Contains("error USE1002", output, StringComparison.Ordinal);
        Assert.Contains("Microsoft.ClearScript.V8.Native." + System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier, output, StringComparison.Ordinal);

        (exitCode, output) = await Processes.RunCaptureAsync("dotnet", ["build", "-nologo", "-p:UseServerSkipV8Check=true"], dir, timeout.Token);
        Assert.True(exitCode == 0, output);
        string stubs = await File.ReadAllTextAsync(Path.Combine(dir, "stubs", "index.ts"), timeout.Token);
        Assert.Contains("export const twice", stubs, StringComparison.Ordinal);
    }
}
