using System.Reflection;
using UseServer.Flight.Binding;
using UseServer.Flight.Values;

namespace UseServer.ConformanceHost;

/// <summary>
/// TEMPORARY: registers <see cref="ConformanceFunctions"/> with hand-written descriptors, standing in for
/// what the source generator will emit. Delete this file once the methods carry
/// <c>[ServerFunction(Id = "conformance.…")]</c> and the generator registers them. The converters are the
/// library's own (<see cref="ReplyConverters"/>); <c>object?</c> binds with <see cref="ReplyConverters.JsValue"/> so
/// that <c>undefined</c> round-trips too.
/// </summary>
internal static class HandWrittenRegistrations
{
    private static int s_registered;

    public static void Register()
    {
        if (Interlocked.Exchange(ref s_registered, 1) == 1)
        {
            return;
        }

        ServerFunctionRegistry.Register(
        [
            Function("conformance.echo", nameof(ConformanceFunctions.Echo), typeof(object),
                [Client("value", typeof(object), ReplyConverters.JsValue)],
                static i => new(ConformanceFunctions.Echo(i.Arguments[0]))),
            Function("conformance.add", nameof(ConformanceFunctions.Add), typeof(double),
                [Client("a", typeof(double), ReplyConverters.Double), Client("b", typeof(double), ReplyConverters.Double)],
                static i => new(ConformanceFunctions.Add((double)i.Arguments[0]!, (double)i.Arguments[1]!))),
            Function("conformance.throw", nameof(ConformanceFunctions.Throw), typeof(void),
                [Client("message", typeof(string), ReplyConverters.String)],
                static i =>
                {
                    ConformanceFunctions.Throw((string)i.Arguments[0]!);
                    return new(JsValue.Undefined);
                }),
            Function("conformance.sentinel", nameof(ConformanceFunctions.Sentinel), typeof(int),
                [Client("a", typeof(string), ReplyConverters.String), Client("b", typeof(string), ReplyConverters.String)],
                static i => new(ConformanceFunctions.Sentinel((string)i.Arguments[0]!, (string)i.Arguments[1]!))),
            Function("conformance.count", nameof(ConformanceFunctions.Count), typeof(int), [],
                static _ => new(ConformanceFunctions.Count())),
            Function("conformance.delay", nameof(ConformanceFunctions.Delay), typeof(int),
                [Client("ms", typeof(int), ReplyConverters.Int32), Injected("ct", typeof(CancellationToken), ServerFunctionParameterSource.CancellationToken)],
                static async i => await ConformanceFunctions.Delay((int)i.Arguments[0]!, (CancellationToken)i.Arguments[1]!)),
            Function("conformance.void", nameof(ConformanceFunctions.Nothing), typeof(void), [],
                static async _ =>
                {
                    await ConformanceFunctions.Nothing();
                    return JsValue.Undefined;
                }),
        ]);
    }

    private static ServerFunctionDescriptor Function(string id, string methodName, Type resultType, ServerFunctionParameter[] parameters, ServerFunctionInvoker invoker) => new()
    {
        Id = id,
        Method = typeof(ConformanceFunctions).GetMethod(methodName, BindingFlags.Public | BindingFlags.Static)!,
        Parameters = parameters,
        Invoker = invoker,
        ResultType = resultType,
    };

    private static ServerFunctionParameter Client(string name, Type type, ReplyConverter converter) =>
        new() { Name = name, Type = type, Source = ServerFunctionParameterSource.Client, Converter = converter };

    private static ServerFunctionParameter Injected(string name, Type type, ServerFunctionParameterSource source) =>
        new() { Name = name, Type = type, Source = source };
}
