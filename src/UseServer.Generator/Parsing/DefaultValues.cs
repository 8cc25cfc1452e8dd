using System;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace UseServer.Generator.Parsing;

/// <summary>
/// Writes an optional parameter's default as a C# expression of exactly the parameter's type, so the
/// boxed <c>DefaultValue</c> the host passes back casts without surprise (a <c>float</c> default must
/// not box as <c>double</c>). Invariant culture throughout.
/// </summary>
internal static class DefaultValues
{
    public static string? Format(IParameterSymbol parameter)
    {
        if (!parameter.HasExplicitDefaultValue)
        {
            return null;
        }

        var type = parameter.Type;
        var value = parameter.ExplicitDefaultValue;
        if (value is null)
        {
            return type.IsValueType && type.OriginalDefinition.SpecialType != SpecialType.System_Nullable_T
                ? "default(" + type.ToDisplayString(TypeNames.Plain) + ")"
                : "null";
        }

        var target = type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable
            ? nullable.TypeArguments[0]
            : type;
        return "(" + type.ToDisplayString(TypeNames.Plain) + ")(" + Literal(target, value) + ")";
    }

    private static string Literal(ITypeSymbol type, object value)
    {
        if (type is INamedTypeSymbol { TypeKind: TypeKind.Enum, EnumUnderlyingType: { } underlying })
        {
            return Literal(underlying, value);
        }

        return value switch
        {
            string s => SymbolDisplay.FormatLiteral(s, quote: true),
            char c => SymbolDisplay.FormatLiteral(c, quote: true),
            bool b => b ? "true" : "false",
            double d => Double(d),
            float f => Single(f),
            decimal m => m.ToString(CultureInfo.InvariantCulture) + "M",
            IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
            _ => throw new InvalidOperationException("Unexpected default value type " + value.GetType()),
        };
    }

    private static string Double(double d) =>
        double.IsNaN(d) ? "double.NaN"
        : double.IsPositiveInfinity(d) ? "double.PositiveInfinity"
        : double.IsNegativeInfinity(d) ? "double.NegativeInfinity"
        : d.ToString("R", CultureInfo.InvariantCulture) + "D";

    private static string Single(float f) =>
        float.IsNaN(f) ? "float.NaN"
        : float.IsPositiveInfinity(f) ? "float.PositiveInfinity"
        : float.IsNegativeInfinity(f) ? "float.NegativeInfinity"
        : f.ToString("R", CultureInfo.InvariantCulture) + "F";
}
