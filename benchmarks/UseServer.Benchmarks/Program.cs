using BenchmarkDotNet.Running;
using UseServer.Benchmarks;

// dotnet run -c Release --project benchmarks/UseServer.Benchmarks -- --filter '*'
// dotnet run -c Release --project benchmarks/UseServer.Benchmarks -- --profile BindingBenchmarks.Direct medium 10
if (args is ["--profile", string target, string payload, string seconds])
{
    ProfileLoop.Run(target, payload, double.Parse(seconds, System.Globalization.CultureInfo.InvariantCulture));
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
