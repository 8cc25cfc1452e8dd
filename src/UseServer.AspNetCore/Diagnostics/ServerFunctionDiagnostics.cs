using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace UseServer.AspNetCore.Diagnostics;

/// <summary>
/// Tracing and metrics under the name <c>UseServer</c>, so OpenTelemetry picks them up with
/// <c>.AddSource("UseServer")</c> and <c>.AddMeter("UseServer")</c>. Instrument names follow the
/// OpenTelemetry conventions (dotted lower case, seconds and bytes as units).
/// </summary>
internal sealed class ServerFunctionDiagnostics
{
    public const string Name = "UseServer";
    public const string ActivityName = "UseServer.ServerFunction";
    public const string FunctionIdTag = "useserver.function.id";
    public const string OutcomeTag = "useserver.outcome";
    public const string CallKindTag = "useserver.call.kind";

    /// <summary>The ID tag for requests under the prefix that name no function (bounded cardinality).</summary>
    public const string UnknownFunctionId = "(unknown)";

    private static readonly ActivitySource s_activitySource = new(Name);

    private readonly Histogram<double> _duration;
    private readonly Histogram<long> _requestSize;
    private readonly Counter<long> _calls;

    public ServerFunctionDiagnostics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        Meter meter = meterFactory.Create(Name);
        _duration = meter.CreateHistogram<double>(
            "useserver.server_function.duration", unit: "s", description: "Duration of server function calls, from routing to the end of the response.");
        _requestSize = meter.CreateHistogram<long>(
            "useserver.server_function.request.body.size", unit: "By", description: "Size of server function request bodies.");
        _calls = meter.CreateCounter<long>(
            "useserver.server_function.calls", unit: "{call}", description: "Server function calls by outcome.");
    }

    /// <summary>Starts the call's span, or returns <see langword="null"/> when nobody listens.</summary>
    public static Activity? StartCall(string functionId, string callKind)
    {
        Activity? activity = s_activitySource.StartActivity(ActivityName, ActivityKind.Internal);
        if (activity is not null)
        {
            activity.DisplayName = functionId;
            activity.SetTag(FunctionIdTag, functionId);
            activity.SetTag(CallKindTag, callKind);
        }

        return activity;
    }

    /// <summary>Records the end of a call on its span and in the metrics.</summary>
    public void EndCall(Activity? activity, string functionId, string callKind, CallOutcome outcome, long startTimestamp)
    {
        string outcomeName = CallOutcomes.Name(outcome);
        if (activity is not null)
        {
            activity.SetTag(OutcomeTag, outcomeName);
            if (outcome is not CallOutcome.Success and not CallOutcome.Cancelled and not CallOutcome.ResultNotFound)
            {
                activity.SetStatus(ActivityStatusCode.Error, outcomeName);
            }
        }

        var tags = new TagList
        {
            { FunctionIdTag, functionId },
            { CallKindTag, callKind },
            { OutcomeTag, outcomeName },
        };
        _calls.Add(1, tags);
        if (_duration.Enabled)
        {
            _duration.Record(Stopwatch.GetElapsedTime(startTimestamp).TotalSeconds, tags);
        }
    }

    /// <summary>Records the size of a body that was read.</summary>
    public void RecordRequestSize(string functionId, long bytes)
    {
        if (_requestSize.Enabled)
        {
            _requestSize.Record(bytes, new KeyValuePair<string, object?>(FunctionIdTag, functionId));
        }
    }
}
