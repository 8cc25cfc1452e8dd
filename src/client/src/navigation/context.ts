// The router as React sees it: a context the page's root (hydratePage) provides, and the hooks client components read
// it with. Without a provider (server rendering, or an app that is not a server-rendered page) the hooks answer a
// router that navigates by loading documents, so the same components render everywhere.
import { createContext, createElement, useContext, type ReactNode } from "react";

/** Options of a navigation. */
export interface NavigateOptions {
  /** Scroll to the top (or to the URL's `#fragment`) once the new page shows. Default `true`. */
  scroll?: boolean;
}

/** Client navigation between the app's pages (`useRouter()`). */
export interface Router {
  /** Shows the page at `href` and adds a history entry (a document load for another origin). */
  push(href: string, options?: NavigateOptions): void;
  /** Shows the page at `href` in place of the current history entry. */
  replace(href: string, options?: NavigateOptions): void;
  /** `history.back()`: the previous page, from the router's cache when it has it. */
  back(): void;
  /** `history.forward()`. */
  forward(): void;
  /** Fetches the current page's tree again and shows it in place: client state and scroll are kept. */
  refresh(): void;
  /** Fetches the page at `href` ahead of a navigation (kept for 30 seconds, or until a server function runs). */
  prefetch(href: string): void;
}

/** What the root provides: the router, the shown page's URL and whether a navigation is under way. */
export interface RouterState {
  router: Router;
  /** The shown page's path, query and fragment (`/notes/1?tab=2#top`). */
  href: string;
  /** True from a navigation's start until its page shows (React's transition is pending). */
  pending: boolean;
}

/** A router that loads documents: what the hooks answer outside a server-rendered page. */
export const documentRouter: Router = {
  push: (href) => globalThis.location?.assign(href),
  replace: (href) => globalThis.location?.replace(href),
  back: () => globalThis.history?.back(),
  forward: () => globalThis.history?.forward(),
  refresh: () => globalThis.location?.reload(),
  prefetch: () => {},
};

const RouterContext = createContext<RouterState | null>(null);

/** Provides `state` to the hooks below it (the page root does; the server renderer does with the page's path). */
export function RouterProvider({ state, children }: { state: RouterState; children?: ReactNode }): ReactNode {
  return createElement(RouterContext.Provider, { value: state }, children);
}

/** The router: `push`, `replace`, `back`, `forward`, `refresh` and `prefetch`. */
export function useRouter(): Router {
  return useContext(RouterContext)?.router ?? documentRouter;
}

/** The shown page's path (without query or fragment), e.g. `/notes/1`; it changes when a navigation commits. */
export function usePathname(): string {
  const href = useContext(RouterContext)?.href ?? globalThis.location?.pathname ?? "/";
  return pathOf(href);
}

/** Whether a navigation is under way and where the shown page is (`{ pending, href }`), for pending indicators. */
export function useNavigation(): { pending: boolean; href: string } {
  const state = useContext(RouterContext);
  return { pending: state?.pending ?? false, href: state?.href ?? globalThis.location?.pathname ?? "/" };
}

function pathOf(href: string): string {
  const end = href.search(/[?#]/);
  return end < 0 ? href : href.slice(0, end);
}
