using System.Collections.Concurrent;
using System.Net;
using Npgsql;

namespace UseServer.EndToEnd.Tests.ScaleOut;

/// <summary>
/// Faults of a deployed farm: an instance killed (SIGKILL) under write load, an instance stopped (SIGTERM) with a call
/// in flight, and the health endpoints an orchestrator reads.
/// </summary>
[Collection(NotesCollection.Name)]
public sealed class FaultTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    /// <summary>Concurrent writers: each makes its writes one after the other.</summary>
    private const int Writers = 4;

    /// <summary>Writes per writer: 4 × 40 = 160 notes, a few seconds of load on this machine.</summary>
    private const int WritesPerWriter = 40;

    /// <summary>How often a writer tries one write again after a gateway error before the test fails.</summary>
    private const int MaxAttempts = 20;

    [Fact]
    public async Task Killing_one_instance_under_write_load_loses_no_acknowledged_write_and_writers_recover_through_the_other()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(8));
        await using var farm = await Farm.StartAsync(postgres.Server, timeout.Token);
        using var client = new HttpClient { BaseAddress = farm.Proxy.BaseUrl, Timeout = TimeSpan.FromSeconds(30) };
        var acknowledged = new ConcurrentBag<(int Id, string Upstream)>();
        var refusals = new ConcurrentBag<HttpStatusCode>();
        var halfway = new TaskCompletionSource();
        int done = 0;

        async Task WriteAsync()
        {
            for (int i = 0; i < WritesPerWriter; i++)
            {
                for (int attempt = 1; ; attempt++)
                {
                    FunctionCalls.Answer answer = await FunctionCalls.CallAsync(client, "notes.create", "[]", timeout.Token);
                    if (answer.Status == HttpStatusCode.OK)
                    {
                        acknowledged.Add((FunctionCalls.NoteId(answer.Body), answer.Upstream!));
                        break;
                    }

                    // A clean error: the proxy's 502/503 for the dead instance, never a 500 or a hang.
                    Assert.True(answer.Status is HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable, $"{(int)answer.Status}: {answer.Body}");
                    Assert.True(attempt < MaxAttempts, "The writer did not recover through the other instance.");
                    refusals.Add(answer.Status);
                    await Task.Delay(100, timeout.Token);
                }

                if (Interlocked.Increment(ref done) == Writers * WritesPerWriter / 3)
                {
                    halfway.TrySetResult();
                }
            }
        }

        Task load = Task.WhenAll(Enumerable.Range(0, Writers).Select(_ => Task.Run(WriteAsync)));
        await halfway.Task.WaitAsync(timeout.Token);
        await farm.Instances[0].SignalAsync("KILL", timeout.Token);
        await load;

        Assert.False(farm.Instances[0].IsRunning);
        Assert.Equal(Writers * WritesPerWriter, acknowledged.Count); // every write was acknowledged in the end
        Assert.Contains(acknowledged, w => w.Upstream == "0"); // both served before the kill
        Assert.Contains(acknowledged, w => w.Upstream == "1");
        HashSet<int> stored = [.. await Sql.ColumnAsync<int>(farm.Database, "SELECT \"Id\" FROM \"Notes\"", timeout.Token)];
        Assert.All(acknowledged, w => Assert.Contains(w.Id, stored));
        Assert.Equal(acknowledged.Count, acknowledged.Select(w => w.Id).Distinct().Count());
        Console.WriteLine($"kill -9 under load: {acknowledged.Count} writes acknowledged and stored, {refusals.Count} gateway errors retried.");
    }

    [Fact]
    public async Task SIGTERM_drains_an_in_flight_call_before_the_instance_exits()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(8));
        string publish = await PublishedNotes.GetAsync(1, timeout.Token);
        await using NotesInstance app = await NotesInstance.StartAsync(
            "Notes", publish, await postgres.Server.CreateDatabaseAsync(timeout.Token), timeout.Token);
        using var client = new HttpClient { BaseAddress = app.BaseUrl, Timeout = TimeSpan.FromSeconds(60) };

        Task<FunctionCalls.Answer> held = FunctionCalls.CallAsync(client, "diagnostics.hold", "[\"drain\",3000]", timeout.Token);
        await FunctionCalls.WaitForHoldAsync(app.BaseUrl, "drain", "Started");
        await app.SignalAsync("TERM", timeout.Token);

        FunctionCalls.Answer answer = await held;
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("0:3000", answer.Body.Trim());
        await app.WaitForExitAsync(TimeSpan.FromSeconds(30));
        Assert.Contains("Application is shutting down", app.Log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Liveness_stays_up_while_readiness_follows_the_database()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(8));
        string publish = await PublishedNotes.GetAsync(1, timeout.Token);
        string database = await postgres.Server.CreateDatabaseAsync(timeout.Token);
        await using NotesInstance app = await NotesInstance.StartAsync("Notes", publish, database, timeout.Token);
        using var client = new HttpClient { BaseAddress = app.BaseUrl };

        Assert.Equal((HttpStatusCode.OK, "Healthy"), await HealthAsync(client, "/healthz/live"));
        Assert.Equal((HttpStatusCode.OK, "Healthy"), await HealthAsync(client, "/healthz/ready"));

        await using (var connection = new NpgsqlConnection(postgres.Server.ConnectionString("postgres")))
        {
            await connection.OpenAsync(timeout.Token);
            string name = new NpgsqlConnectionStringBuilder(database).Database!;
            await using var drop = new NpgsqlCommand($"DROP DATABASE {name} WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync(timeout.Token);
        }

        Assert.Equal((HttpStatusCode.ServiceUnavailable, "Unhealthy"), await HealthAsync(client, "/healthz/ready"));
        Assert.Equal((HttpStatusCode.OK, "Healthy"), await HealthAsync(client, "/healthz/live"));
    }

    private static async Task<(HttpStatusCode, string)> HealthAsync(HttpClient client, string path)
    {
        using HttpResponseMessage response = await client.GetAsync(path);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
