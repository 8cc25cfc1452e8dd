using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using UseServer.AspNetCore.Diagnostics;
using UseServer.AspNetCore.Endpoints;
using UseServer.Flight.Binding;
using UseServer.Flight.Reply;

namespace UseServer.AspNetCore.Pipeline;

/// <summary>
/// Everything the request path needs for one function, resolved once at startup from its descriptor
/// and method: no reflection per request.
/// </summary>
internal sealed class ServerFunctionPlan
{
    private ServerFunctionPlan(ServerFunctionDescriptor descriptor, ServerFunctionRuntime runtime, ClientSlot[] clientSlots, InjectedSlot[] injected, int requiredClientCount, int boundCount)
    {
        Descriptor = descriptor;
        Runtime = runtime;
        Path = runtime.PathPrefix + "/" + descriptor.Id;
        LogId = LogText.Escape(descriptor.Id);
        ClientSlots = clientSlots;
        ClientConverters = [.. clientSlots.Select(static slot => slot.Converter)];
        Injected = injected;
        RequiredClientCount = requiredClientCount;
        BoundCount = boundCount;
        Limits = runtime.Limits;
        BindingContext = runtime.BindingContext;
        Endpoints = new ServerFunctionEndpointMetadata(runtime, this, Path);
    }

    public ServerFunctionDescriptor Descriptor { get; }

    public ServerFunctionRuntime Runtime { get; }

    public string Id => Descriptor.Id;

    /// <summary>The exact request path (routing compares literals ignoring case; we do not).</summary>
    public string Path { get; }

    /// <summary>The ID escaped and truncated for logs.</summary>
    public string LogId { get; }

    public ClientSlot[] ClientSlots { get; }

    /// <summary>The converters of <see cref="ClientSlots"/>, in order (for binding straight from the body's tokens).</summary>
    public ReplyConverter[] ClientConverters { get; }

    public InjectedSlot[] Injected { get; }

    /// <summary>Fewest client arguments a call may send: everything up to the last required one.</summary>
    public int RequiredClientCount { get; }

    /// <summary>How many leading client parameters are <see cref="BoundAttribute"/> (sealed) arguments.</summary>
    public int BoundCount { get; }

    /// <summary>The limits for this function (the body limit follows <c>[RequestSizeLimit]</c>).</summary>
    public ReplyLimits Limits { get; private set; }

    public ReplyBindingContext BindingContext { get; private set; }

    public ServerFunctionEndpointMetadata Endpoints { get; }

    public static ServerFunctionPlan Create(ServerFunctionDescriptor descriptor, ServerFunctionRuntime runtime)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        ParameterInfo[] methodParameters = descriptor.Method.GetParameters();
        if (methodParameters.Length != descriptor.Parameters.Count)
        {
            throw new InvalidOperationException($"Server function '{descriptor.Id}' describes {descriptor.Parameters.Count} parameters but its method has {methodParameters.Length}.");
        }

        var clients = new List<ClientSlot>();
        var injected = new List<InjectedSlot>();
        int required = 0;
        int bound = 0;
        for (int i = 0; i < methodParameters.Length; i++)
        {
            ServerFunctionParameter parameter = descriptor.Parameters[i];
            if (parameter.Source != ServerFunctionParameterSource.Client)
            {
                if (methodParameters[i].IsDefined(typeof(BoundAttribute), inherit: true))
                {
                    throw new InvalidOperationException($"[Bound] parameter '{parameter.Name}' of server function '{descriptor.Id}' is injected ({parameter.Source}), not sent by the client.");
                }

                injected.Add(new InjectedSlot(i, parameter.Source, parameter.Type));
                continue;
            }

            ReplyConverter converter = parameter.Converter
                ?? throw new InvalidOperationException($"Client parameter '{parameter.Name}' of server function '{descriptor.Id}' has no converter.");
            if (methodParameters[i].IsDefined(typeof(BoundAttribute), inherit: true))
            {
                if (bound != clients.Count)
                {
                    throw new InvalidOperationException($"[Bound] parameter '{parameter.Name}' of server function '{descriptor.Id}' must come before every other client parameter.");
                }

                bound++;
                required = clients.Count + 1;
            }

            if (!parameter.IsOptional)
            {
                required = clients.Count + 1;
            }

            clients.Add(new ClientSlot(
                i,
                parameter,
                converter,
                [.. methodParameters[i].GetCustomAttributes<ValidationAttribute>(inherit: true)],
                ObjectValidator.NeedsValidation(parameter.Type)));
        }

        return new ServerFunctionPlan(descriptor, runtime, [.. clients], [.. injected], required, bound);
    }

    /// <summary>
    /// Runs once the endpoint's metadata is final (after every convention, such as
    /// <c>.RequireAuthorization()</c>): applies <c>[RequestSizeLimit]</c> and enforces
    /// <see cref="ServerFunctionOptions.RequireAuthorizationMetadata"/>.
    /// </summary>
    public void Complete(IList<object> metadata)
    {
        if (Runtime.RequireAuthorizationMetadata && !metadata.Any(static m => m is IAuthorizeData or IAllowAnonymous))
        {
            throw new InvalidOperationException(
                $"Server function '{Descriptor.Id}' ({Descriptor.Method.DeclaringType?.FullName}.{Descriptor.Method.Name}) declares no authorization. " +
                "Every server function is a public HTTP endpoint: add [Authorize] or [AllowAnonymous] to the method or its class, " +
                "or set ServerFunctionOptions.RequireAuthorizationMetadata = false.");
        }

        // The last one wins, as for any endpoint (method attributes are added after class attributes).
        IRequestSizeLimitMetadata? sizeLimit = metadata.OfType<IRequestSizeLimitMetadata>().LastOrDefault();
        if (sizeLimit?.MaxRequestBodySize is long max && max != Runtime.Limits.MaxBodySize)
        {
            ReplyLimits limits = Runtime.Limits.Clone();
            limits.MaxBodySize = max;
            Limits = limits;
            BindingContext = new ReplyBindingContext(limits, Runtime.JsonOptions);
        }
    }
}

/// <summary>A parameter the client sends, with what binds and validates it.</summary>
internal sealed record ClientSlot(int Index, ServerFunctionParameter Parameter, ReplyConverter Converter, ValidationAttribute[] Attributes, bool ValidateObject)
{
    public string Name => Parameter.Name;
}

/// <summary>A parameter the host fills: a service, the context, the user or the cancellation token.</summary>
internal readonly record struct InjectedSlot(int Index, ServerFunctionParameterSource Source, Type Type);
