using Microsoft.AspNetCore.Routing;
using UseServer.Components;
using UseServer.Pages;
using UseServer.Pages.Layouts;

namespace Microsoft.AspNetCore.Builder;

/// <summary>
/// Declares the segments of pages: layouts, loading and error pages, on a route group (for its pages) or on one page.
/// A group's come before its pages' (outer groups first). A layout starts a segment; <c>WithLoading</c> and
/// <c>WithErrorPage</c> after it apply to what the layout wraps.
/// <code>
/// var notes = app.MapGroup("").WithLayout&lt;NotesLayout&gt;().WithLoading&lt;NotesLoading&gt;().WithErrorPage&lt;NotesError&gt;();
/// notes.MapPage&lt;HomePage&gt;("/");
/// notes.MapPage("/notes/{id:int}", (int id) => new NotePage { Id = id });
/// </code>
/// </summary>
public static class PageSegmentConventionExtensions
{
    /// <summary>Wraps the pages in <typeparamref name="TLayout"/>, which renders them as its <see cref="PageLayout.Children"/>.</summary>
    /// <typeparam name="TLayout">The layout component.</typeparam>
    /// <typeparam name="TBuilder">A route group's or a page's builder.</typeparam>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder.</returns>
    public static TBuilder WithLayout<TLayout, TBuilder>(this TBuilder builder)
        where TLayout : PageLayout, new()
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithLayout(typeof(TLayout).FullName ?? typeof(TLayout).Name, static children => new TLayout { Children = children });

    /// <summary>Wraps the pages in <typeparamref name="TLayout"/> (a route group's layout).</summary>
    /// <typeparam name="TLayout">The layout component.</typeparam>
    /// <param name="builder">The route group.</param>
    /// <returns>The route group.</returns>
    public static RouteGroupBuilder WithLayout<TLayout>(this RouteGroupBuilder builder)
        where TLayout : PageLayout, new() =>
        builder.WithLayout<TLayout, RouteGroupBuilder>();

    /// <summary>Wraps the page in <typeparamref name="TLayout"/> (one page's own layout).</summary>
    /// <typeparam name="TLayout">The layout component.</typeparam>
    /// <param name="builder">The page.</param>
    /// <returns>The page.</returns>
    public static RouteHandlerBuilder WithLayout<TLayout>(this RouteHandlerBuilder builder)
        where TLayout : PageLayout, new() =>
        builder.WithLayout<TLayout, RouteHandlerBuilder>();

    /// <summary>Wraps the pages with <paramref name="layout"/>, which returns the layout around its argument.</summary>
    /// <typeparam name="TBuilder">A route group's or a page's builder.</typeparam>
    /// <param name="builder">The builder.</param>
    /// <param name="name">Names the layout: pages whose layouts have the same name share it.</param>
    /// <param name="layout">Returns the layout's tree around the content it is given.</param>
    /// <returns>The builder.</returns>
    public static TBuilder WithLayout<TBuilder>(this TBuilder builder, string name, Func<Node, Node> layout)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(layout);
        return builder.WithMetadata(new PageLayoutMetadata(name, layout));
    }

    /// <summary>
    /// Shows <typeparamref name="TLoading"/> while the segment's content is not ready (its async components still run):
    /// React's Suspense fallback, streamed first in the HTML and shown at once on client navigation.
    /// </summary>
    /// <typeparam name="TLoading">The loading page.</typeparam>
    /// <typeparam name="TBuilder">A route group's or a page's builder.</typeparam>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder.</returns>
    public static TBuilder WithLoading<TLoading, TBuilder>(this TBuilder builder)
        where TLoading : Node, new()
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithLoading(static () => new TLoading());

    /// <summary>Shows <typeparamref name="TLoading"/> while the group's pages are not ready.</summary>
    /// <typeparam name="TLoading">The loading page.</typeparam>
    /// <param name="builder">The route group.</param>
    /// <returns>The route group.</returns>
    public static RouteGroupBuilder WithLoading<TLoading>(this RouteGroupBuilder builder)
        where TLoading : Node, new() =>
        builder.WithLoading<TLoading, RouteGroupBuilder>();

    /// <summary>Shows <typeparamref name="TLoading"/> while the page is not ready.</summary>
    /// <typeparam name="TLoading">The loading page.</typeparam>
    /// <param name="builder">The page.</param>
    /// <returns>The page.</returns>
    public static RouteHandlerBuilder WithLoading<TLoading>(this RouteHandlerBuilder builder)
        where TLoading : Node, new() =>
        builder.WithLoading<TLoading, RouteHandlerBuilder>();

    /// <summary>Shows the tree <paramref name="loading"/> returns while the segment's content is not ready.</summary>
    /// <typeparam name="TBuilder">A route group's or a page's builder.</typeparam>
    /// <param name="builder">The builder.</param>
    /// <param name="loading">Returns the loading page.</param>
    /// <returns>The builder.</returns>
    public static TBuilder WithLoading<TBuilder>(this TBuilder builder, Func<Node> loading)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(loading);
        return builder.WithMetadata(new PageLoadingMetadata(loading));
    }

    /// <summary>
    /// Shows <typeparamref name="TError"/> in place of the segment's content when a component inside fails (on the
    /// client: an error boundary). It may contain <see cref="ErrorMessage"/>, <see cref="ErrorDigest"/> and
    /// <see cref="RetryButton"/>; Production sends no exception messages but those the app marks safe.
    /// </summary>
    /// <typeparam name="TError">The error page.</typeparam>
    /// <typeparam name="TBuilder">A route group's or a page's builder.</typeparam>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder.</returns>
    public static TBuilder WithErrorPage<TError, TBuilder>(this TBuilder builder)
        where TError : Node, new()
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithErrorPage(static () => new TError());

    /// <summary>Shows <typeparamref name="TError"/> when a component of the group's pages fails.</summary>
    /// <typeparam name="TError">The error page.</typeparam>
    /// <param name="builder">The route group.</param>
    /// <returns>The route group.</returns>
    public static RouteGroupBuilder WithErrorPage<TError>(this RouteGroupBuilder builder)
        where TError : Node, new() =>
        builder.WithErrorPage<TError, RouteGroupBuilder>();

    /// <summary>Shows <typeparamref name="TError"/> when a component of the page fails.</summary>
    /// <typeparam name="TError">The error page.</typeparam>
    /// <param name="builder">The page.</param>
    /// <returns>The page.</returns>
    public static RouteHandlerBuilder WithErrorPage<TError>(this RouteHandlerBuilder builder)
        where TError : Node, new() =>
        builder.WithErrorPage<TError, RouteHandlerBuilder>();

    /// <summary>Shows the tree <paramref name="error"/> returns when a component of the segment fails.</summary>
    /// <typeparam name="TBuilder">A route group's or a page's builder.</typeparam>
    /// <param name="builder">The builder.</param>
    /// <param name="error">Returns the error page.</param>
    /// <returns>The builder.</returns>
    public static TBuilder WithErrorPage<TBuilder>(this TBuilder builder, Func<Node> error)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(error);
        return builder.WithMetadata(new PageErrorMetadata(error));
    }
}
