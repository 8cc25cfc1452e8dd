using System.Diagnostics.Metrics;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using UseServer.AspNetCore.Diagnostics;
using UseServer.AspNetCore.Pipeline;

namespace UseServer.AspNetCore.Tests.Support;

/// <summary>The runtime a host would resolve, built from options without a host (Production unless told, ephemeral keys).</summary>
internal static class TestRuntime
{
    public static ServerFunctionRuntime Create(ServerFunctionOptions? options = null, string environmentName = "Production") => new(
        Options.Create(options ?? new ServerFunctionOptions()),
        new Environment { EnvironmentName = environmentName },
        new ServerFunctionDiagnostics(new MeterFactory()),
        NullLoggerFactory.Instance,
        new EphemeralDataProtectionProvider());

    private sealed class Environment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = Environments.Production;

        public string ApplicationName { get; set; } = "tests";

        public string ContentRootPath { get; set; } = "/";

        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = null!;
    }

    private sealed class MeterFactory : IMeterFactory
    {
        public Meter Create(MeterOptions options) => new(options);

        public void Dispose()
        {
        }
    }
}
