using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using UseServer.AspNetCore.BoundArguments;
using UseServer.AspNetCore.Diagnostics;
using UseServer.AspNetCore.Security;
using UseServer.Flight.Binding;
using UseServer.Flight.Reply;

namespace UseServer.AspNetCore.Pipeline;

/// <summary>The options resolved once for the application: what every function's plan shares.</summary>
internal sealed class ServerFunctionRuntime
{
    public ServerFunctionRuntime(
        IOptions<ServerFunctionOptions> options,
        IHostEnvironment environment,
        ServerFunctionDiagnostics diagnostics,
        ILoggerFactory loggerFactory,
        IDataProtectionProvider dataProtection)
    {
        ServerFunctionOptions value = options.Value;
        PathPrefix = ValidatePrefix(value.PathPrefix);
        Limits = value.Limits ?? throw new InvalidOperationException("ServerFunctionOptions.Limits must not be null.");
        DetailedErrors = value.DetailedErrors ?? environment.IsDevelopment();
        DevelopmentElements = environment.IsDevelopment();
        RequireAuthorizationMetadata = value.RequireAuthorizationMetadata;
        JsonOptions = value.JsonSerializerOptions;
        Func<Exception, bool>? appPredicate = value.IsSafeForClient;
        IsSafeForClient = appPredicate is null
            ? static e => e is ServerFunctionException
            : e => e is ServerFunctionException || appPredicate(e);
        Origins = new OriginPolicy(value.AllowedOrigins);
        Diagnostics = diagnostics;
        Logger = loggerFactory.CreateLogger("UseServer.ServerFunctions");
        BindingContext = new ReplyBindingContext(Limits, JsonOptions);
        Sealer = new BoundArgumentsSealer(dataProtection, value.BoundArgumentsLifetime, value.MaxBoundArgumentsTokenLength);
    }

    public string PathPrefix { get; }

    public ReplyLimits Limits { get; }

    public bool DetailedErrors { get; }

    /// <summary>
    /// Whether Flight elements are written in React's development form (Development: the client bundle is React's
    /// development build, which reads the "validated" slot) rather than the production form.
    /// </summary>
    public bool DevelopmentElements { get; }

    public bool RequireAuthorizationMetadata { get; }

    public System.Text.Json.JsonSerializerOptions? JsonOptions { get; }

    public Func<Exception, bool> IsSafeForClient { get; }

    public OriginPolicy Origins { get; }

    public ServerFunctionDiagnostics Diagnostics { get; }

    public ILogger Logger { get; }

    public ReplyBindingContext BindingContext { get; }

    /// <summary>Seals and unseals bound arguments (docs/bound-arguments.md).</summary>
    public BoundArgumentsSealer Sealer { get; }

    private static string ValidatePrefix(string? prefix)
    {
        if (string.IsNullOrEmpty(prefix) || prefix[0] != '/' || prefix.EndsWith('/') || prefix.AsSpan().IndexOfAny("{}?#%") >= 0)
        {
            throw new InvalidOperationException(
                $"ServerFunctionOptions.PathPrefix '{prefix}' must start with '/', must not end with '/', and must not contain '{{', '}}', '?', '#' or '%'.");
        }

        return prefix;
    }
}
