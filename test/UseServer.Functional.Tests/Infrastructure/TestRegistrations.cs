using System.Reflection;
using System.Runtime.ExceptionServices;
using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using UseServer.Flight.Binding;
using UseServer.Flight.Values;

namespace UseServer.Functional.Tests.Infrastructure;

/// <summary>
/// Registers <see cref="TestFunctions"/> and <see cref="SecureFunctions"/> as the source generator would
/// (ID = "test." + method name), building descriptors by reflection: this is test set-up, not the code under test.
/// </summary>
public static class TestRegistrations
{
    private static int s_registered;

    public static void Register()
    {
        if (Interlocked.Exchange(ref s_registered, 1) == 1)
        {
            return;
        }

        IEnumerable<MethodInfo> methods = typeof(TestFunctions).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Concat(typeof(SecureFunctions).GetMethods(BindingFlags.Public | BindingFlags.Static))
            .Where(m => !m.IsSpecialName && m.Name != nameof(TestFunctions.NewSignal));
        ServerFunctionRegistry.Register(methods.Select(Describe).ToArray());
    }

    private static ServerFunctionDescriptor Describe(MethodInfo method) => new()
    {
        // One ID shaped like the generator's (Namespace.Type.Method#hash): '#' travels URL-escaped.
        Id = method.Name == nameof(TestFunctions.Hashed) ? "test.Hashed#c4624c0ff5d0" : "test." + method.Name,
        Method = method,
        Parameters = [.. method.GetParameters().Select(Parameter)],
        Invoker = invocation => InvokeAsync(method, invocation.Arguments),
        ResultType = method.ReturnType,
    };

    private static ServerFunctionParameter Parameter(ParameterInfo p)
    {
        ServerFunctionParameterSource source =
            p.ParameterType == typeof(CancellationToken) ? ServerFunctionParameterSource.CancellationToken
            : p.ParameterType == typeof(HttpContext) ? ServerFunctionParameterSource.HttpContext
            : p.ParameterType == typeof(HttpRequest) ? ServerFunctionParameterSource.HttpRequest
            : p.ParameterType == typeof(ClaimsPrincipal) ? ServerFunctionParameterSource.User
            : p.ParameterType == typeof(Greeter) ? ServerFunctionParameterSource.Service
            : ServerFunctionParameterSource.Client;
        return new ServerFunctionParameter
        {
            Name = p.Name!,
            Type = p.ParameterType,
            Source = source,
            Converter = source == ServerFunctionParameterSource.Client ? TestConverters.For(p.ParameterType) : null,
            IsOptional = p.HasDefaultValue,
            DefaultValue = p.HasDefaultValue ? p.DefaultValue : null,
        };
    }

    private static async ValueTask<object?> InvokeAsync(MethodInfo method, object?[] arguments)
    {
        object? result;
        try
        {
            result = method.Invoke(null, arguments);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            ExceptionDispatchInfo.Throw(e.InnerException);
            throw;
        }

        if (result is Task task)
        {
            await task;
            return method.ReturnType.IsGenericType ? method.ReturnType.GetProperty("Result")!.GetValue(task) : JsValue.Undefined;
        }

        return method.ReturnType == typeof(void) ? JsValue.Undefined : result;
    }
}

/// <summary>The library's converters for the test functions' parameter types.</summary>
public static class TestConverters
{
    public static ReplyConverter For(Type type) =>
        type == typeof(string) ? ReplyConverters.String
        : type == typeof(int) ? ReplyConverters.Int32
        : type == typeof(object) ? ReplyConverters.JsValue
        : type == typeof(NoteInput) ? ReplyConverters.Json<NoteInput>()
        : throw new NotSupportedException(type.Name);
}
