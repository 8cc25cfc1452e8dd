// The soak: CONNECTIONS loops of the mix (Mix.cs) against a running Notes sample for SECONDS, sampling its memory
// every SAMPLE seconds; prints the samples, the per-operation counts and every unexpected answer, and exits 1 when
// there was any. benchmarks/soak/run.sh publishes and starts the sample and runs this.
// usage: dotnet Soak.dll URL PID [seconds=600] [connections=64] [sample-seconds=15]
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using UseServer.Soak;

var baseUrl = new Uri(args[0]);
int pid = int.Parse(args[1], CultureInfo.InvariantCulture);
int seconds = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 600;
int connections = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 64;
int sampleSeconds = args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 15;

using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = connections, PooledConnectionLifetime = Timeout.InfiniteTimeSpan })
{
    BaseAddress = baseUrl,
    Timeout = TimeSpan.FromSeconds(30),
};
string page = await client.GetStringAsync(new Uri(baseUrl, "/"));
var mix = new Mix(Regex.Match(page, "usb1\\.[A-Za-z0-9_-]+").Value);
var counts = new ConcurrentDictionary<string, long>();
var unexpected = new ConcurrentQueue<string>();
long requests = 0;
var clock = Stopwatch.StartNew();
using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));

async Task LoopAsync(int seed)
{
    var random = new Random(seed);
    while (!stop.IsCancellationRequested)
    {
        Operation operation = mix.Pick(random);
        try
        {
            using HttpRequestMessage request = operation.Request(baseUrl);
            using HttpResponseMessage response = await client.SendAsync(request, CancellationToken.None);
            string body = await response.Content.ReadAsStringAsync(CancellationToken.None);
            if (response.StatusCode != operation.Expected)
            {
                unexpected.Enqueue($"{clock.Elapsed:mm\\:ss} {operation.Name}: {(int)response.StatusCode} {body[..Math.Min(body.Length, 200)]}");
            }
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
        {
            unexpected.Enqueue($"{clock.Elapsed:mm\\:ss} {operation.Name}: {e.GetType().Name} {e.Message}");
        }

        counts.AddOrUpdate(operation.Name, 1, (_, n) => n + 1);
        Interlocked.Increment(ref requests);
    }
}

var sampler = new Sampler(client, pid);
var samples = new List<Sample> { await sampler.ReadAsync(TimeSpan.Zero, 0, CancellationToken.None) };
Console.WriteLine($"soak: {connections} connections x {seconds} s against {baseUrl} (pid {pid})");
Console.WriteLine("  at      requests     RSS MiB  GC heap MiB  GC live MiB  gen2");
Print(samples[0]);
Task load = Task.WhenAll(Enumerable.Range(0, connections).Select(i => Task.Run(() => LoopAsync(i))));
while (!load.IsCompleted)
{
    await Task.WhenAny(load, Task.Delay(TimeSpan.FromSeconds(sampleSeconds)));
    Sample sample = await sampler.ReadAsync(clock.Elapsed, Interlocked.Read(ref requests), CancellationToken.None);
    samples.Add(sample);
    Print(sample);
}

Console.WriteLine();
Console.WriteLine($"requests: {requests} in {clock.Elapsed.TotalSeconds:F0} s ({requests / clock.Elapsed.TotalSeconds:F0}/s)");
foreach ((string name, long n) in counts.OrderBy(c => c.Key, StringComparer.Ordinal))
{
    Console.WriteLine($"  {name,-22} {n,9}");
}

// Flat: the last fifth of the run against the second fifth (the first is warm-up: JIT, V8 isolates, pools).
Window("RSS", s => s.RssBytes);
Window("GC heap", s => s.GcHeapBytes);
Console.WriteLine($"unexpected errors: {unexpected.Count}");
foreach (string error in unexpected.Take(20))
{
    Console.WriteLine("  " + error);
}

return unexpected.IsEmpty ? 0 : 1;

void Print(Sample s) => Console.WriteLine(
    $"  {s.At:mm\\:ss} {s.Requests,11} {s.RssBytes / 1048576.0,11:F1} {s.GcHeapBytes / 1048576.0,12:F1} {s.GcLiveBytes / 1048576.0,12:F1} {s.Gen2,5}");

void Window(string name, Func<Sample, long> value)
{
    int fifth = Math.Max(1, samples.Count / 5);
    double early = samples.Skip(fifth).Take(fifth).Average(value) / 1048576.0;
    double late = samples.Skip(samples.Count - fifth).Average(value) / 1048576.0;
    Console.WriteLine($"{name}: {early:F1} MiB (second fifth, mean) -> {late:F1} MiB (last fifth, mean), {(late - early) / early * 100:+0.0;-0.0}%");
}
