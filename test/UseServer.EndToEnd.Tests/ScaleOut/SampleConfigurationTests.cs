using System.Net;
using UseServer.EndToEnd.Tests.Hosting;

namespace UseServer.EndToEnd.Tests.ScaleOut;

/// <summary>
/// The sample's scale-out settings one by one (samples/Notes/Hosting): each value of <c>DataProtection:Keys</c>, the
/// diagnostics hooks off by default, and the diagnostics limits. On SQLite: none of this needs PostgreSQL.
/// </summary>
[Collection(NotesCollection.Name)]
public sealed class SampleConfigurationTests(NotesFixture notes)
{
    [Fact]
    public async Task The_diagnostics_hooks_answer_404_in_the_sample_as_deployed()
    {
        using var client = new HttpClient { BaseAddress = notes.App.BaseUrl }; // the sample with its default settings
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/diagnostics/runtime")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/diagnostics/holds/any")).StatusCode);
        FunctionCalls.Answer hold = await FunctionCalls.CallAsync(client, "diagnostics.hold", "[\"off\",0]", CancellationToken.None);
        Assert.Equal(HttpStatusCode.NotFound, hold.Status);
        Assert.Equal(HttpStatusCode.OK, (await FunctionCalls.CallAsync(client, "notes.load", "[]", CancellationToken.None)).Status);
    }

    [Fact]
    public async Task Keys_in_a_directory_are_written_there_and_an_unknown_store_or_a_missing_directory_stops_the_start()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(8));
        using var work = new TempDirectory("notes-keys-");
        string publish = await PublishedNotes.GetAsync(1, timeout.Token);
        string keys = Path.Combine(work.Path, "keys");
        await using (NotesInstance app = await StartAsync(publish, work, timeout.Token, ("DataProtection__Keys", "Directory"), ("DataProtection__KeysDirectory", keys)))
        {
            using var client = new HttpClient { BaseAddress = app.BaseUrl };
            FunctionCalls.BoundToken(await client.GetStringAsync("/")); // sealing makes the first key
            Assert.NotEmpty(Directory.GetFiles(keys, "key-*.xml"));
        }

        var unknown = await Assert.ThrowsAsync<InvalidOperationException>(() => StartAsync(publish, work, timeout.Token, ("DataProtection__Keys", "Redis")));
        Assert.Contains("DataProtection:Keys is 'Redis': use Default, Database or Directory.", unknown.Message, StringComparison.Ordinal);
        var missing = await Assert.ThrowsAsync<InvalidOperationException>(() => StartAsync(publish, work, timeout.Token, ("DataProtection__Keys", "Directory")));
        Assert.Contains("DataProtection:Keys=Directory needs DataProtection:KeysDirectory", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_hold_past_its_limit_is_400_and_the_hold_registry_forgets_its_oldest_tags_past_its_limit()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(8));
        using var work = new TempDirectory("notes-holds-");
        await using NotesInstance app = await StartAsync(await PublishedNotes.GetAsync(1, timeout.Token), work, timeout.Token);
        using var client = new HttpClient { BaseAddress = app.BaseUrl };

        FunctionCalls.Answer tooLong = await FunctionCalls.CallAsync(client, "diagnostics.hold", "[\"long\",120001]", timeout.Token);
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.Status);
        Assert.Contains("validation-failed", tooLong.Body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/diagnostics/holds/long")).StatusCode); // never invoked

        const int MaxTags = 1024; // HoldRegistry.MaxTags
        for (int i = 0; i <= MaxTags; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await FunctionCalls.CallAsync(client, "diagnostics.hold", $"[\"t{i}\",0]", timeout.Token)).Status);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/diagnostics/holds/t0")).StatusCode);
        Assert.Equal("Completed", await client.GetStringAsync("/diagnostics/holds/t1"));
        Assert.Equal("Completed", await client.GetStringAsync($"/diagnostics/holds/t{MaxTags}"));
    }

    /// <summary>An instance on its own SQLite file, with ASP.NET's default key ring unless <paramref name="settings"/> say otherwise.</summary>
    private static Task<NotesInstance> StartAsync(string publish, TempDirectory work, CancellationToken cancellationToken, params (string Key, string Value)[] settings)
    {
        var all = new Dictionary<string, string> { ["DataProtection__Keys"] = "Default" };
        foreach ((string key, string value) in settings)
        {
            all[key] = value;
        }

        string database = $"Data Source={Path.Combine(work.Path, Guid.NewGuid().ToString("N") + ".db")}";
        return NotesInstance.StartAsync("Notes (SQLite)", publish, database, cancellationToken, all);
    }
}
