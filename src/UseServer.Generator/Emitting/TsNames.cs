using System.Collections.Generic;
using System.Linq;
using UseServer.Generator.Model;
using UseServer.Generator.Parsing;

namespace UseServer.Generator.Emitting;

/// <summary>Chooses collision-free TypeScript names for declarations, exports and parameters.</summary>
internal static class TsNames
{
    // Reserved words (never valid as a const or parameter name) and strict-mode names.
    private static readonly HashSet<string> s_reserved =
    [
        "break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete", "do", "else", "enum",
        "export", "extends", "false", "finally", "for", "function", "if", "import", "in", "instanceof", "new", "null",
        "return", "super", "switch", "this", "throw", "true", "try", "typeof", "var", "void", "while", "with",
        "implements", "interface", "let", "package", "private", "protected", "public", "static", "yield", "await",
        "arguments", "eval", "callServer", "createServerReference",
    ];

    // Globals the stubs use: a C# type with one of these names must not shadow them.
    private static readonly HashSet<string> s_globalTypes =
    [
        "Array", "AsyncIterable", "Blob", "Date", "File", "FormData", "Map", "Promise", "ReadableStream", "Record",
        "Set", "Uint8Array", "Object", "String", "Number", "Boolean", "BigInt", "Symbol", "Function", "Error",
    ];

    /// <summary>Declaration key to name: the C# name, or Namespace_Name when two namespaces share one.</summary>
    public static Dictionary<string, string> Declarations(IEnumerable<TsDeclaration> declarations)
    {
        var result = new Dictionary<string, string>();
        foreach (var group in declarations.GroupBy(d => d.Name))
        {
            var qualify = group.Count() > 1;
            foreach (var declaration in group)
            {
                var name = qualify && declaration.Namespace.Length > 0
                    ? declaration.Namespace.Replace('.', '_') + "_" + declaration.Name
                    : declaration.Name;
                result[declaration.Key] = s_globalTypes.Contains(name) ? name + "_" : name;
            }
        }

        return result;
    }

    /// <summary>One export name per function, in order: camelCase method name; qualified by type when two share one; numbered when still equal.</summary>
    public static List<string> Exports(IReadOnlyList<FunctionModel> functions)
    {
        var simple = functions.Select(f => Identifier(Naming.CamelCase(f.MethodName))).ToList();
        var names = new List<string>(functions.Count);
        var used = new HashSet<string>();
        for (var i = 0; i < functions.Count; i++)
        {
            var name = simple.Count(s => s == simple[i]) > 1
                ? Naming.CamelCase(functions[i].ContainingTypeName) + functions[i].MethodName
                : simple[i];
            var unique = name;
            for (var n = 2; !used.Add(unique); n++)
            {
                unique = name + CodeWriter.Invariant(n);
            }

            names.Add(unique);
        }

        return names;
    }

    public static string Identifier(string name) => s_reserved.Contains(name) ? name + "_" : name;
}
