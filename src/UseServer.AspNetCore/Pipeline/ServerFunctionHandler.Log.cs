using Microsoft.Extensions.Logging;

namespace UseServer.AspNetCore.Pipeline;

/// <summary>
/// Every log message of the request path. Event IDs are grouped by area (docs/logging.md): 1–99 startup,
/// 100–199 requests refused before the function runs, 200–299 invocation, 300–399 the response.
/// IDs, paths and other client-controlled values are passed through <c>LogText.Escape</c> first.
/// </summary>
internal sealed partial class ServerFunctionHandler
{
    internal static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "Mapped {Count} server functions under {PathPrefix}.", EventName = "FunctionsMapped")]
        public static partial void FunctionsMapped(ILogger logger, int count, string pathPrefix);

        [LoggerMessage(2, LogLevel.Debug, "Mapped server function {FunctionId} to {Method}.", EventName = "FunctionMapped")]
        public static partial void FunctionMapped(ILogger logger, string functionId, string method);

        [LoggerMessage(100, LogLevel.Debug, "Refused {HttpMethod} {Path} before lookup: {Outcome}.", EventName = "RequestRejected")]
        public static partial void RequestRejected(ILogger logger, string path, string httpMethod, string outcome);

        [LoggerMessage(101, LogLevel.Debug, "No server function at {Path}; the client may be out of date.", EventName = "UnknownFunction")]
        public static partial void UnknownFunction(ILogger logger, string path);

        [LoggerMessage(102, LogLevel.Debug, "Server function {FunctionId} refused media type '{ContentType}'.", EventName = "UnsupportedMediaType")]
        public static partial void UnsupportedMediaType(ILogger logger, string functionId, string contentType);

        [LoggerMessage(103, LogLevel.Debug, "Server function {FunctionId} refused its body ({ErrorCode} at '{Path}'): {Detail}", EventName = "BodyRejected")]
        public static partial void BodyRejected(ILogger logger, string functionId, string errorCode, string path, string detail);

        [LoggerMessage(104, LogLevel.Debug, "Server function {FunctionId} could not read its body (status {StatusCode}).", EventName = "BodyReadFailed")]
        public static partial void BodyReadFailed(ILogger logger, string functionId, int statusCode, Exception exception);

        [LoggerMessage(105, LogLevel.Debug, "Server function {FunctionId} arguments failed validation ({ErrorCount} fields).", EventName = "ValidationFailed")]
        public static partial void ValidationFailed(ILogger logger, string functionId, int errorCount);

        [LoggerMessage(106, LogLevel.Debug, "Server function {FunctionId} refused its bound arguments: {Reason}", EventName = "BoundArgumentsRejected")]
        public static partial void BoundArgumentsRejected(ILogger logger, string functionId, string reason);

        [LoggerMessage(200, LogLevel.Error, "Server function {FunctionId} threw (digest {Digest}).", EventName = "FunctionFailed")]
        public static partial void FunctionFailed(ILogger logger, string functionId, string digest, Exception exception);

        [LoggerMessage(201, LogLevel.Debug, "Server function {FunctionId} was cancelled (client abort or timeout).", EventName = "CallCancelled")]
        public static partial void CallCancelled(ILogger logger, string functionId);

        [LoggerMessage(202, LogLevel.Warning, "Server function {FunctionId} succeeded but its page could not be re-rendered for the refresh envelope.", EventName = "RefreshFailed")]
        public static partial void RefreshFailed(ILogger logger, string functionId, Exception exception);

        [LoggerMessage(203, LogLevel.Debug, "Server function {FunctionId} answered \"not found\".", EventName = "FunctionAnsweredNotFound")]
        public static partial void FunctionAnsweredNotFound(ILogger logger, string functionId);

        [LoggerMessage(300, LogLevel.Error, "Server function {FunctionId} failed while streaming its result (digest {Digest}); the response was aborted.", EventName = "ResultStreamFailed")]
        public static partial void ResultStreamFailed(ILogger logger, string functionId, string digest, Exception exception);
    }
}
