namespace UseServer.Flight.Writing;

/// <summary>
/// A part of a React tree that is not ready yet, such as the output of an async server component: written as
/// <c>"$L&lt;id&gt;"</c> where the element or child goes, and its row <c>id</c> is written when <see cref="Value"/>
/// completes (an <c>E</c> row when it fails, which the client throws to its nearest error boundary). React's
/// client suspends on it like a lazy component, so a surrounding <c>Suspense</c> shows its fallback meanwhile.
/// </summary>
/// <param name="value">The part's value: an element, text, an array of children, or another lazy part.</param>
internal sealed class ReactLazy(Task<object?> value)
{
    /// <summary>The part's value, when it completes.</summary>
    public Task<object?> Value { get; } = value ?? throw new ArgumentNullException(nameof(value));
}
