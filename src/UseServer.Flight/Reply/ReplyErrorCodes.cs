namespace UseServer.Flight.Reply;

/// <summary>The wire names and HTTP statuses of <see cref="ReplyErrorCode"/>.</summary>
public static class ReplyErrorCodes
{
    /// <summary>The stable kebab-case name of <paramref name="code"/>.</summary>
    public static string Name(ReplyErrorCode code) => code switch
    {
        ReplyErrorCode.Malformed => "malformed",
        ReplyErrorCode.UnknownTag => "unknown-tag",
        ReplyErrorCode.InvalidReference => "invalid-reference",
        ReplyErrorCode.InvalidInitializer => "invalid-initializer",
        ReplyErrorCode.InvalidValue => "invalid-value",
        ReplyErrorCode.InvalidServerReference => "invalid-server-reference",
        ReplyErrorCode.LimitExceeded => "limit-exceeded",
        ReplyErrorCode.BodyTooLarge => "body-too-large",
        ReplyErrorCode.InvalidArguments => "invalid-arguments",
        ReplyErrorCode.Timeout => "decode-timeout",
        _ => "malformed",
    };

    /// <summary>The HTTP status for <paramref name="code"/>: 413 for an oversized body, 400 otherwise.</summary>
    public static int StatusCode(ReplyErrorCode code) => code == ReplyErrorCode.BodyTooLarge ? 413 : 400;
}
