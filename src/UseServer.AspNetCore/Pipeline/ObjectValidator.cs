using System.Collections;
using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using UseServer.Flight.Values;

namespace UseServer.AspNetCore.Pipeline;

/// <summary>
/// DataAnnotations validation of record and class arguments, nested ones included (with
/// the platform's <see cref="Validator"/>). Which types need it is decided once at startup, so a call
/// whose types carry no validation attributes pays nothing. The walk is iterative and bounded.
/// </summary>
/// <remarks>
/// Types reach here only from server function signatures, whose properties the application keeps
/// (they are also bound and serialized through System.Text.Json metadata), hence the trimming suppressions.
/// </remarks>
internal static class ObjectValidator
{
    /// <summary>Most objects validated in one argument graph; a bigger graph is cut off (it was decoded within limits anyway).</summary>
    private const int MaxObjects = 10_000;

    private static readonly ConcurrentDictionary<Type, PropertyInfo[]?> s_nested = new();

    /// <summary>Whether values of <paramref name="type"/> carry validation attributes anywhere in their graph. Startup only.</summary>
    public static bool NeedsValidation(Type type) => NestedProperties(type) is not null;

    /// <summary>Validates <paramref name="value"/> and every nested object; errors are keyed <c>name.Property</c> / <c>name[0].Property</c>.</summary>
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Server function parameter types are preserved by the application (see remarks).")]
    public static void Validate(object value, string name, Dictionary<string, string[]> errors)
    {
        var visited = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<(object Value, string Path)>();
        pending.Push((value, name));
        var results = new List<ValidationResult>();
        while (pending.Count > 0 && visited.Count < MaxObjects)
        {
            (object current, string path) = pending.Pop();
            if (!visited.Add(current))
            {
                continue;
            }

            if (current is IEnumerable items and not string)
            {
                int i = 0;
                foreach (object? item in items)
                {
                    if (item is not null && NeedsValidation(item.GetType()))
                    {
                        pending.Push((item, $"{path}[{i}]"));
                    }

                    i++;
                }

                continue;
            }

            results.Clear();
            Validator.TryValidateObject(current, new ValidationContext(current), results, validateAllProperties: true);
            foreach (ValidationResult result in results)
            {
                string message = result.ErrorMessage ?? "The value is invalid.";
                foreach (string member in result.MemberNames.DefaultIfEmpty(string.Empty))
                {
                    Add(errors, member.Length == 0 ? path : path + "." + member, message);
                }
            }

            foreach (PropertyInfo property in NestedProperties(current.GetType()) ?? [])
            {
                if (property.GetValue(current) is { } child)
                {
                    pending.Push((child, path + "." + property.Name));
                }
            }
        }
    }

    public static void Add(Dictionary<string, string[]> errors, string key, string message) =>
        errors[key] = errors.TryGetValue(key, out string[]? existing) ? [.. existing, message] : [message];

    /// <summary>
    /// <see langword="null"/> when the type needs no validation; otherwise its properties that lead to
    /// further validated objects (possibly none).
    /// </summary>
    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "Server function parameter types are preserved by the application (see remarks).")]
    private static PropertyInfo[]? NestedProperties(Type type)
    {
        if (s_nested.TryGetValue(type, out PropertyInfo[]? known))
        {
            return known;
        }

        if (IsLeaf(type))
        {
            return s_nested.GetOrAdd(type, (PropertyInfo[]?)null);
        }

        s_nested[type] = null; // breaks cycles: a type reached again while being examined adds nothing
        Type? element = ElementType(type);
        if (element is not null)
        {
            return s_nested[type] = NeedsValidation(element) ? [] : null;
        }

        PropertyInfo[] properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance);
        bool own = typeof(IValidatableObject).IsAssignableFrom(type)
            || type.IsDefined(typeof(ValidationAttribute), inherit: true)
            || properties.Any(static p => p.IsDefined(typeof(ValidationAttribute), inherit: true));
        PropertyInfo[] nested = [.. properties.Where(static p => p.GetIndexParameters().Length == 0 && p.CanRead && NeedsValidation(p.PropertyType))];
        return s_nested[type] = own || nested.Length > 0 ? nested : null;
    }

    private static bool IsLeaf(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(DateTime)
        || type == typeof(DateTimeOffset) || type == typeof(Guid) || type == typeof(object) || typeof(JsValue).IsAssignableFrom(type)
        || typeof(Stream).IsAssignableFrom(type) || (Nullable.GetUnderlyingType(type) is { } inner && IsLeaf(inner));

    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "Server function parameter types are preserved by the application (see remarks).")]
    private static Type? ElementType(Type type)
    {
        if (type.IsArray)
        {
            return type.GetElementType();
        }

        return type.GetInterfaces().Append(type)
            .FirstOrDefault(static i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))
            ?.GetGenericArguments()[0];
    }
}
