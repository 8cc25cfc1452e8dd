using System.Text.Json;
using UseServer.Flight.Reply;

namespace UseServer.Flight.Binding;

/// <summary>What binding needs besides the value: limits, JSON metadata for records and classes, and the current path for error messages.</summary>
internal sealed class ReplyBindingContext(ReplyLimits limits, JsonSerializerOptions? jsonOptions)
{
    /// <summary>The limits in force.</summary>
    public ReplyLimits Limits { get; } = limits;

    /// <summary>Where record and class metadata comes from (source-generated contexts keep binding AOT-safe).</summary>
    public JsonSerializerOptions? JsonOptions { get; } = jsonOptions;
}
