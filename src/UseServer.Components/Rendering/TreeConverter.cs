using System.Runtime.CompilerServices;
using UseServer.Flight.Writing;

namespace UseServer.Components.Rendering;

/// <summary>
/// Converts nodes to Flight values, one case per node kind. Recursive over the app's own tree (not network input),
/// with a depth bound; async components continue on their own when they complete, so siblings render concurrently.
/// </summary>
internal sealed class TreeConverter(ComponentRenderContext context)
{
    /// <summary>How deeply nodes may nest.</summary>
    public const int MaxDepth = 512;

    private readonly ComponentContext _componentContext = new(context.Services, context.CancellationToken, context.Features.AsReadOnly());

    public object? Convert(Node? node, int depth)
    {
        if (++depth > MaxDepth)
        {
            throw new InvalidOperationException($"The component tree nests deeper than {MaxDepth} levels.");
        }

        RuntimeHelpers.EnsureSufficientExecutionStack();
        return node switch
        {
            null => null,                                                                        // nothing
            TextNode text => text.Value,                                                          // a string child
            NodeList list => Children(list.Items, depth, asArray: true, fixedChildren: false),   // [ … ] a list: items need keys
            HtmlElement element => Element(element, depth),                                      // ["$","div",key,props]
            Fragment fragment => new ReactElement(ReactSymbols.Fragment, fragment.Key, ChildrenProps(fragment.Children, depth)), // $Sreact.fragment
            Suspense suspense => SuspenseElement(suspense, depth),                               // $Sreact.suspense + fallback
            ClientComponent client => ClientElement(client, depth),                              // ["$","$L<I row>",key,props]
            Component component => Run(component, depth),                                        // its output, or $L when async
            _ => throw new InvalidOperationException($"Unknown node type {node.GetType().Name}."),
        };
    }

    private ReactElement Element(HtmlElement element, int depth)
    {
        var props = new PropsBuilder();
        element.WriteProps(props);
        AddChildren(props.Props, element.Children, depth);
        return new ReactElement(element.Tag, element.Key, props.Props);
    }

    private ReactElement SuspenseElement(Suspense suspense, int depth)
    {
        Dictionary<string, object?> props = ChildrenProps(suspense.Children, depth);
        props["fallback"] = Convert(suspense.Fallback, depth);
        return new ReactElement(ReactSymbols.Suspense, suspense.Key, props);
    }

    private ReactElement ClientElement(ClientComponent client, int depth)
    {
        IClientComponentResolver resolver = context.ClientComponents
            ?? throw new InvalidOperationException($"The tree renders client component {client.GetType().Name}, but no client component resolver was given.");
        var props = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach ((string name, System.Reflection.PropertyInfo property) in ClientComponentProps.Of(client.GetType()))
        {
            object? value = property.GetValue(client);
            if (value is null)
            {
                continue;
            }

            props[name] = value switch
            {
                Node node => Convert(node, depth),                                               // rendered on the server first
                IEnumerable<Node?> nodes => Children([.. nodes], depth, asArray: true, fixedChildren: true), // children written out
                _ => value,                                                                      // data and server references
            };
        }

        return new ReactElement(resolver.Resolve(client.GetType()), client.Key, props);
    }

    private object? Run(Component component, int depth)
    {
        ValueTask<Node?> output;
        try
        {
            output = component.Run(_componentContext);
        }
        catch (Exception e)
        {
            return new ReactLazy(Task.FromException<object?>(e)); // an E row: the client's error boundary shows it
        }

        if (output.IsCompletedSuccessfully)
        {
            return Keyed(component.Key, Convert(output.Result, depth));
        }

        return new ReactLazy(CompleteAsync(output, component.Key));
    }

    private async Task<object?> CompleteAsync(ValueTask<Node?> output, string? key)
    {
        Node? node = await output.ConfigureAwait(false);
        return Keyed(key, Convert(node, 0));
    }

    /// <summary>A keyed component's output keeps the key, as React does for <c>&lt;Item key=… /&gt;</c>.</summary>
    private static object? Keyed(string? key, object? output) =>
        key is null ? output : new ReactElement(ReactSymbols.Fragment, key, new Dictionary<string, object?>(1) { ["children"] = output });

    private Dictionary<string, object?> ChildrenProps(IReadOnlyList<Node?> children, int depth)
    {
        var props = new Dictionary<string, object?>(StringComparer.Ordinal);
        AddChildren(props, children, depth);
        return props;
    }

    /// <summary>One child is the <c>children</c> prop itself; several are an array (as JSX compiles them).</summary>
    private void AddChildren(Dictionary<string, object?> props, IReadOnlyList<Node?> children, int depth)
    {
        if (children.Count > 0)
        {
            props["children"] = Children(children, depth, asArray: false, fixedChildren: true);
        }
    }

    private object? Children(IReadOnlyList<Node?> children, int depth, bool asArray, bool fixedChildren)
    {
        if (children.Count == 1 && !asArray)
        {
            return Convert(children[0], depth);
        }

        var items = new object?[children.Count];
        for (int i = 0; i < items.Length; i++)
        {
            items[i] = Convert(children[i], depth);
            if (fixedChildren && items[i] is ReactElement element)
            {
                element.StaticChild = true; // written out one by one, as JSX children: no key needed
            }
        }

        return items;
    }
}
