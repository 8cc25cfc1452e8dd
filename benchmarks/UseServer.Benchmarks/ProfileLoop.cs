using System.Diagnostics;
using System.Reflection;
using BenchmarkDotNet.Attributes;

namespace UseServer.Benchmarks;

/// <summary>
/// <c>--profile Class.Method payload seconds</c>: runs one benchmark method in a loop for a profiler to sample
/// (<c>dotnet-trace collect -- dotnet UseServer.Benchmarks.dll --profile BindingBenchmarks.Direct medium 10</c>).
/// </summary>
internal static class ProfileLoop
{
    public static void Run(string target, string payload, double seconds)
    {
        string[] names = target.Split('.');
        Type type = typeof(ProfileLoop).Assembly.GetType("UseServer.Benchmarks." + names[0]) ?? throw new ArgumentException($"No benchmark class {names[0]}.");
        object instance = Activator.CreateInstance(type)!;
        type.GetProperty("Payload")?.SetValue(instance, payload);
        type.GetMethods().FirstOrDefault(m => m.GetCustomAttribute<GlobalSetupAttribute>() is not null)?.Invoke(instance, null);
        MethodInfo method = type.GetMethod(names[1]) ?? throw new ArgumentException($"No benchmark {target}.");
        Func<object?> run;
        if (method.ReturnType == typeof(bool))
        {
            Func<bool> predicate = method.CreateDelegate<Func<bool>>(instance);
            run = () => predicate();
        }
        else
        {
            run = method.CreateDelegate<Func<object?>>(instance);
        }
        long allocated = GC.GetTotalAllocatedBytes(precise: true);
        TimeSpan cpu = Process.GetCurrentProcess().TotalProcessorTime;
        long end = Stopwatch.GetTimestamp() + (long)(seconds * Stopwatch.Frequency);
        long count = 0;
        while (Stopwatch.GetTimestamp() < end)
        {
            for (int i = 0; i < 100; i++)
            {
                run();
            }

            count += 100;
        }

        double bytes = (double)(GC.GetTotalAllocatedBytes(precise: true) - allocated) / count;
        double cpuMicroseconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMicroseconds / count; // the process's CPU (GC threads too): steadier than wall time on a shared machine
        Console.WriteLine($"{target} {payload}: {seconds * 1e6 / count:F2} µs wall, {cpuMicroseconds:F2} µs CPU and {bytes / 1024:F1} KB allocated per call over {count} calls");
    }
}
