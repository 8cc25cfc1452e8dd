namespace UseServer.AspNetCore.Diagnostics;

/// <summary>How a call ended; the <c>useserver.outcome</c> tag on spans and metrics.</summary>
internal enum CallOutcome
{
    /// <summary>The function ran and its result was written.</summary>
    Success,

    /// <summary>The function threw (500 with an <c>E</c> row), or its result failed while streaming.</summary>
    Error,

    /// <summary>The client went away or the request timed out.</summary>
    Cancelled,

    /// <summary>Not a POST (405).</summary>
    MethodNotAllowed,

    /// <summary>Cross-origin or cookie-bearing without origin evidence (403).</summary>
    Forbidden,

    /// <summary>No function has this ID (404).</summary>
    NotFound,

    /// <summary>Neither <c>text/plain</c> (UTF-8) nor <c>multipart/form-data</c> (415).</summary>
    UnsupportedMediaType,

    /// <summary>The body exceeded its limit (413).</summary>
    BodyTooLarge,

    /// <summary>The body could not be read, decoded or bound (400).</summary>
    BadRequest,

    /// <summary>The arguments failed DataAnnotations validation (400).</summary>
    ValidationFailed,

    /// <summary>The function ran and answered "not found" (<c>ServerResult.NotFound()</c>: 404 with the marker row); not an error.</summary>
    ResultNotFound,
}

/// <summary>The stable tag values of <see cref="CallOutcome"/>.</summary>
internal static class CallOutcomes
{
    public static string Name(CallOutcome outcome) => outcome switch
    {
        CallOutcome.Success => "success",
        CallOutcome.Error => "error",
        CallOutcome.Cancelled => "cancelled",
        CallOutcome.MethodNotAllowed => "method_not_allowed",
        CallOutcome.Forbidden => "forbidden",
        CallOutcome.NotFound => "not_found",
        CallOutcome.UnsupportedMediaType => "unsupported_media_type",
        CallOutcome.BodyTooLarge => "body_too_large",
        CallOutcome.BadRequest => "bad_request",
        CallOutcome.ValidationFailed => "validation_failed",
        CallOutcome.ResultNotFound => "result_not_found",
        _ => "unknown",
    };
}
