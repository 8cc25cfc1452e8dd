using System.Reflection;
using UseServer.Flight.Binding;
using UseServer.Flight.Reply;
using UseServer.Flight.Values;

namespace UseServer.ConformanceHost;

/// <summary>
/// TEMPORARY: registers <see cref="ConformanceFunctions"/> with hand-written descriptors, standing in for
/// what the source generator will emit. Delete this file once the methods carry
/// <c>[ServerFunction(Id = "conformance.…")]</c> and the generator registers them.
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
                [Client("value", typeof(object), ValueConverter.Instance)],
                static i => new(ConformanceFunctions.Echo(i.Arguments[0]))),
            Function("conformance.add", nameof(ConformanceFunctions.Add), typeof(double),
                [Client("a", typeof(double), DoubleConverter.Instance), Client("b", typeof(double), DoubleConverter.Instance)],
                static i => new(ConformanceFunctions.Add((double)i.Arguments[0]!, (double)i.Arguments[1]!))),
            Function("conformance.throw", nameof(ConformanceFunctions.Throw), typeof(void),
                [Client("message", typeof(string), StringConverter.Instance)],
                static i =>
                {
                    ConformanceFunctions.Throw((string)i.Arguments[0]!);
                    return new(JsValue.Undefined);
                }),
            Function("conformance.sentinel", nameof(ConformanceFunctions.Sentinel), typeof(int),
                [Client("a", typeof(string), StringConverter.Instance), Client("b", typeof(string), StringConverter.Instance)],
                static i => new(ConformanceFunctions.Sentinel((string)i.Arguments[0]!, (string)i.Arguments[1]!))),
            Function("conformance.count", nameof(ConformanceFunctions.Count), typeof(int), [],
                static _ => new(ConformanceFunctions.Count())),
            Function("conformance.delay", nameof(ConformanceFunctions.Delay), typeof(int),
                [Client("ms", typeof(int), Int32Converter.Instance), Injected("ct", typeof(CancellationToken), ServerFunctionParameterSource.CancellationToken)],
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

    private static ReplyDecodeException Mismatch(string expected) =>
        new(ReplyErrorCode.InvalidArguments, "Expected " + expected + ".");

    /// <summary><c>object?</c>: the decoded value itself.</summary>
    private sealed class ValueConverter : ReplyConverter<object?>
    {
        public static readonly ValueConverter Instance = new();

        public override object? Convert(JsValue value, ReplyBindingContext context) => value;
    }

    private sealed class DoubleConverter : ReplyConverter<double>
    {
        public static readonly DoubleConverter Instance = new();

        public override double Convert(JsValue value, ReplyBindingContext context) =>
            value is JsNumber number ? number.Value : throw Mismatch("a number");
    }

    private sealed class Int32Converter : ReplyConverter<int>
    {
        public static readonly Int32Converter Instance = new();

        public override int Convert(JsValue value, ReplyBindingContext context) =>
            value is JsNumber { Value: >= int.MinValue and <= int.MaxValue } number && number.Value == Math.Floor(number.Value)
                ? (int)number.Value
                : throw Mismatch("a 32-bit integer");
    }

    private sealed class StringConverter : ReplyConverter<string>
    {
        public static readonly StringConverter Instance = new();

        public override string Convert(JsValue value, ReplyBindingContext context) =>
            value is JsString text ? text.Value : throw Mismatch("a string");
    }
}
