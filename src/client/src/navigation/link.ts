"use client";
// <Link href="/notes/1">: an <a> that navigates on the client (the router of the server-rendered page) and
// prefetches its page when the pointer or focus comes near it. Clicks the browser should handle itself (another
// origin, a new tab or window, a download, a modifier key, a `#fragment` of the shown page) stay the browser's.
// A client module of its own (the Vite plugin lists it), so C# server components render it too (UseServer.Pages'
// PageLink).
import { createElement, useEffect, useRef, type AnchorHTMLAttributes, type FocusEvent, type MouseEvent, type ReactNode, type Ref, type TouchEvent } from "react";
import { useRouter } from "./context.js";

/** The props of {@link Link}: an `<a>`'s, plus how it navigates. */
export interface LinkProps extends AnchorHTMLAttributes<HTMLAnchorElement> {
  /** The page: a path (`/notes/1`), relative or absolute URL. */
  href: string;
  /** Replace the current history entry instead of adding one. Default `false`. */
  replace?: boolean;
  /** Scroll to the top (or the fragment) when the page shows. Default `true`. */
  scroll?: boolean;
  /**
   * When to fetch the page ahead of a click: `"intent"` (pointer over, focus or touch: the default), `"viewport"` (as
   * soon as the link is visible), or `false` (never).
   */
  prefetch?: "intent" | "viewport" | false;
  ref?: Ref<HTMLAnchorElement>;
  children?: ReactNode;
}

/** Whether the browser, not the router, should follow a click on `anchor`. */
export function browserHandles(event: MouseEvent<HTMLAnchorElement>, anchor: HTMLAnchorElement): boolean {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return true;
  const target = anchor.getAttribute("target");
  if ((target !== null && target !== "" && target !== "_self") || anchor.hasAttribute("download")) return true;
  const url = new URL(anchor.href, location.href);
  if (url.origin !== location.origin) return true;
  // Only the fragment differs: the browser scrolls to it and adds its own entry, the page stays.
  return url.hash !== "" && url.pathname === location.pathname && url.search === location.search;
}

export function Link({ href, replace = false, scroll = true, prefetch = "intent", onClick, onMouseEnter, onFocus, onTouchStart, ref, children, ...anchor }: LinkProps): ReactNode {
  const router = useRouter();
  const element = useRef<HTMLAnchorElement | null>(null);

  useEffect(() => {
    const node = element.current;
    if (prefetch !== "viewport" || node === null || typeof IntersectionObserver !== "function") return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        router.prefetch(href);
        observer.disconnect();
      }
    });
    observer.observe(node);
    return () => observer.disconnect();
  }, [prefetch, href, router]);

  const intent = prefetch === false ? undefined : () => router.prefetch(href);
  return createElement(
    "a",
    {
      ...anchor,
      href,
      ref: (node: HTMLAnchorElement | null) => {
        element.current = node;
        if (typeof ref === "function") return ref(node);
        if (ref !== null && ref !== undefined) ref.current = node;
        return undefined;
      },
      onClick: (event: MouseEvent<HTMLAnchorElement>) => {
        onClick?.(event);
        if (browserHandles(event, event.currentTarget)) return;
        event.preventDefault();
        if (replace) router.replace(href, { scroll });
        else router.push(href, { scroll });
      },
      onMouseEnter: (event: MouseEvent<HTMLAnchorElement>) => {
        onMouseEnter?.(event);
        intent?.();
      },
      onFocus: (event: FocusEvent<HTMLAnchorElement>) => {
        onFocus?.(event);
        intent?.();
      },
      onTouchStart: (event: TouchEvent<HTMLAnchorElement>) => {
        onTouchStart?.(event);
        intent?.();
      },
    },
    children,
  );
}
