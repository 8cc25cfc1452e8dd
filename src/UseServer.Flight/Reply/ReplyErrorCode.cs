namespace UseServer.Flight.Reply;

/// <summary>Stable, generic codes for why a request body was refused. Each maps to a 4xx status.</summary>
public enum ReplyErrorCode
{
    /// <summary>The body is not well-formed: bad JSON, bad UTF-8, a missing root part.</summary>
    Malformed,

    /// <summary>A <c>$</c> tag that React 19.3's <c>encodeReply</c> never sends.</summary>
    UnknownTag,

    /// <summary>A reference to a missing part, a forbidden key, or a walk into something that is not a plain object or array.</summary>
    InvalidReference,

    /// <summary>A Map, Set, iterator, blob, typed array or stream part of the wrong shape, or one used twice.</summary>
    InvalidInitializer,

    /// <summary>A value that is out of range for its tag: a bad date, a non-canonical or too long bigint.</summary>
    InvalidValue,

    /// <summary>A server reference that is malformed, carries too many or unsealed bound arguments.</summary>
    InvalidServerReference,

    /// <summary>A limit in <see cref="ReplyLimits"/> was exceeded.</summary>
    LimitExceeded,

    /// <summary>The body exceeded <see cref="ReplyLimits.MaxBodySize"/> (413).</summary>
    BodyTooLarge,

    /// <summary>The decoded arguments do not fit the function's parameters (type, range, count).</summary>
    InvalidArguments,

    /// <summary>Decoding took longer than <see cref="ReplyLimits.MaxDecodeTime"/>.</summary>
    Timeout,
}
