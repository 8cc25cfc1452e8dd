using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using UseServer.Functional.Tests.Infrastructure;

namespace UseServer.Functional.Tests;

/// <summary>The "UseServer" ActivitySource and Meter, as OpenTelemetry would see them.</summary>
[Collection(TestAppCollection.Name)]
public sealed class ObservabilityTests(TestAppFixture app)
{
    [Fact]
    public async Task Each_call_has_a_span_and_counts_by_outcome()
    {
        var stopped = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "UseServer",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = stopped.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
        IMeterFactory meters = app.Services.GetRequiredService<IMeterFactory>();
        using var calls = new MetricCollector<long>(meters, "UseServer", "useserver.server_function.calls");
        using var sizes = new MetricCollector<long>(meters, "UseServer", "useserver.server_function.request.body.size");

        using HttpResponseMessage ok = await Calls.PostAsync(app.Client, "test.Optional", "[\"observed\"]");
        using HttpResponseMessage bad = await Calls.PostAsync(app.Client, "test.Optional", "[1]");
        using HttpResponseMessage missing = await Calls.PostAsync(app.Client, "test.Missing", "[]");
        using HttpResponseMessage nothing = await Calls.PostAsync(app.Client, "test.NothingHere", "[]");
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, nothing.StatusCode);

        Assert.Contains(stopped, a => a.OperationName == "UseServer.ServerFunction"
            && (string?)a.GetTagItem("useserver.function.id") == "test.Optional"
            && (string?)a.GetTagItem("useserver.outcome") == "success"
            && (string?)a.GetTagItem("useserver.call.kind") == "fetch");
        IReadOnlyList<CollectedMeasurement<long>> measured = calls.GetMeasurementSnapshot();
        Assert.Contains(measured, m => m.Tags["useserver.function.id"] as string == "test.Optional" && m.Tags["useserver.outcome"] as string == "success");
        Assert.Contains(measured, m => m.Tags["useserver.function.id"] as string == "test.Optional" && m.Tags["useserver.outcome"] as string == "bad_request");
        Assert.Contains(measured, m => m.Tags["useserver.function.id"] as string == "(unknown)" && m.Tags["useserver.outcome"] as string == "not_found");
        // A function that answers "not found" ran: its own outcome, not an unknown ID's, and not an error span.
        Assert.Contains(measured, m => m.Tags["useserver.function.id"] as string == "test.NothingHere" && m.Tags["useserver.outcome"] as string == "result_not_found");
        Assert.Contains(stopped, a => (string?)a.GetTagItem("useserver.function.id") == "test.NothingHere" && a.Status == ActivityStatusCode.Unset);
        Assert.Contains(sizes.GetMeasurementSnapshot(), m => m.Value == "[\"observed\"]".Length);
    }
}
