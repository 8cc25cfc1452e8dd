using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using UseServer.Flight.Binding;
using UseServer.Flight.Reply;
using UseServer.Flight.Values;

namespace UseServer.AspNetCore.Pipeline;

/// <summary>
/// Turns the decoded root into the method's arguments: count check, per-parameter converters,
/// DataAnnotations, then the injected slots. Driven entirely by the startup plan.
/// </summary>
internal static class ArgumentBinder
{
    /// <summary>
    /// Binds the client arguments straight from the body's tokens (<see cref="DirectArgumentReader"/>, issue #13), when
    /// every value is on that fast path; <see langword="false"/> means decode the body and bind with
    /// <see cref="BindClientArguments"/>, which reports whatever made the fast path give up.
    /// </summary>
    public static bool TryBindDirect(ServerFunctionPlan plan, ReplyPayload payload, long started, CancellationToken cancellationToken, out object?[] arguments)
    {
        ClientSlot[] slots = plan.ClientSlots;
        arguments = new object?[plan.Descriptor.Parameters.Count];
        object?[] values = slots.Length == 0 ? [] : new object?[slots.Length];
        if (!DirectArgumentReader.TryRead(payload, plan.ClientConverters, plan.RequiredClientCount, plan.BindingContext, started, cancellationToken, values, out int count))
        {
            return false;
        }

        for (int i = 0; i < slots.Length; i++)
        {
            arguments[slots[i].Index] = i < count ? values[i] : slots[i].Parameter.DefaultValue;
        }

        return true;
    }

    /// <summary>Binds the client arguments. Returns the argument array, or throws for a body that does not fit.</summary>
    /// <exception cref="ReplyDecodeException">With <see cref="ReplyErrorCode.InvalidArguments"/>.</exception>
    public static object?[] BindClientArguments(ServerFunctionPlan plan, JsValue root)
    {
        if (root is not JsArray args)
        {
            throw Invalid("The body's root is not an array of arguments.", null);
        }

        ClientSlot[] slots = plan.ClientSlots;
        if (args.Count > slots.Length || args.Count < plan.RequiredClientCount)
        {
            throw Invalid($"The function takes {plan.RequiredClientCount}–{slots.Length} arguments; the call sent {args.Count}.", null);
        }

        object?[] arguments = new object?[plan.Descriptor.Parameters.Count];
        for (int i = 0; i < slots.Length; i++)
        {
            ClientSlot slot = slots[i];
            if (i >= args.Count)
            {
                arguments[slot.Index] = slot.Parameter.DefaultValue;
                continue;
            }

            try
            {
                arguments[slot.Index] = slot.Converter.ConvertBoxed(args[i], plan.BindingContext);
            }
            catch (ReplyDecodeException e) when (e.Path is null)
            {
                throw new ReplyDecodeException(e.Code, e.Message, e) { Path = $"[{i}]" };
            }
            catch (Exception e) when (e is JsonException or FormatException or OverflowException or InvalidCastException or ArgumentException)
            {
                // Converters should throw ReplyDecodeException; anything else they let escape is still the client's value.
                throw Invalid($"Argument '{slot.Name}' does not fit {slot.Parameter.Type.Name}.", e, $"[{i}]");
            }
        }

        return arguments;
    }

    /// <summary>Runs DataAnnotations on parameters and nested objects. Returns the errors keyed by parameter name or path, or <see langword="null"/>.</summary>
    public static Dictionary<string, string[]>? Validate(ServerFunctionPlan plan, HttpContext context, object?[] arguments)
    {
        Dictionary<string, string[]>? errors = null;
        foreach (ClientSlot slot in plan.ClientSlots)
        {
            object? value = arguments[slot.Index];
            if (slot.Attributes.Length > 0)
            {
                var validation = new ValidationContext(value ?? slot, slot.Name, context.RequestServices, items: null) { MemberName = slot.Name };
                foreach (ValidationAttribute attribute in slot.Attributes)
                {
                    if (attribute.GetValidationResult(value, validation) is { } failure && failure != ValidationResult.Success)
                    {
                        ObjectValidator.Add(errors ??= new(StringComparer.Ordinal), slot.Name, failure.ErrorMessage ?? "The value is invalid.");
                    }
                }
            }

            if (slot.ValidateObject && value is not null)
            {
                var nested = new Dictionary<string, string[]>(StringComparer.Ordinal);
                ObjectValidator.Validate(value, slot.Name, nested);
                foreach ((string key, string[] messages) in nested)
                {
                    foreach (string message in messages)
                    {
                        ObjectValidator.Add(errors ??= new(StringComparer.Ordinal), key, message);
                    }
                }
            }
        }

        return errors;
    }

    /// <summary>Fills services, the context, the user and the cancellation token.</summary>
    public static void Inject(ServerFunctionPlan plan, HttpContext context, object?[] arguments)
    {
        foreach (InjectedSlot slot in plan.Injected)
        {
            arguments[slot.Index] = slot.Source switch
            {
                // A service: resolved from the request scope; a missing registration is a server bug (500).
                ServerFunctionParameterSource.Service => context.RequestServices.GetRequiredService(slot.Type),
                // The request itself.
                ServerFunctionParameterSource.HttpContext => context,
                // The request's HttpRequest.
                ServerFunctionParameterSource.HttpRequest => context.Request,
                // The authenticated (or anonymous) user.
                ServerFunctionParameterSource.User => context.User,
                // Fires on client abort and on [RequestTimeout].
                ServerFunctionParameterSource.CancellationToken => context.RequestAborted,
                _ => throw new InvalidOperationException($"Unknown parameter source {slot.Source}."),
            };
        }
    }

    private static ReplyDecodeException Invalid(string message, Exception? inner, string? path = null) =>
        new(ReplyErrorCode.InvalidArguments, message, inner) { Path = path };
}
