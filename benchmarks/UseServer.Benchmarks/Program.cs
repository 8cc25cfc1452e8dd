using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/UseServer.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
