using System.ComponentModel;
using System.Text.Json;
using UseServer.Flight.Reply;

namespace UseServer.Flight.Binding;

/// <summary>What binding needs besides the value: limits and JSON metadata for records and classes.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ReplyBindingContext(ReplyLimits limits, JsonSerializerOptions? jsonOptions)
{
    /// <summary>The limits in force.</summary>
    public ReplyLimits Limits { get; } = limits;

    /// <summary>Where record and class metadata comes from (a source-generated context keeps binding AOT-safe).</summary>
    public JsonSerializerOptions? JsonOptions { get; } = jsonOptions;
}
