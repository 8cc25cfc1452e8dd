namespace UseServer.Flight.Reply;

/// <summary>
/// A request body that cannot be decoded or bound. The message is meant for logs and, when detailed
/// errors are on, for developers; clients otherwise see only the generic <see cref="Code"/>.
/// </summary>
public sealed class ReplyDecodeException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ReplyDecodeException(ReplyErrorCode code, string message)
        : base(message) => Code = code;

    /// <summary>Creates the exception with an inner cause.</summary>
    public ReplyDecodeException(ReplyErrorCode code, string message, Exception? innerException)
        : base(message, innerException) => Code = code;

    /// <summary>Why the body was refused.</summary>
    public ReplyErrorCode Code { get; }

    /// <summary>The JSON-ish path of the offending value, such as <c>[0].title</c>, when known.</summary>
    public string? Path { get; init; }

    /// <summary>The stable kebab-case name of <see cref="Code"/> (for example <c>invalid-reference</c>).</summary>
    public string CodeName => ReplyErrorCodes.Name(Code);
}
