// The mounted server-rendered page, if any (set by @useserver/client/browser's hydratePage). Calls made while a
// page is mounted ask the server for the page's re-rendered tree in the same answer (the refresh envelope).

/** What the client needs from a mounted page. */
export interface PageHost {
  /** The page's path and query, sent in X-UseServer-Refresh. */
  path(): string;
  /**
   * Shows a tree the server rendered at `at` (ms since the epoch) for the page at `path` (the one the call named):
   * ignored when another page is shown by now, or a newer tree of this one.
   */
  apply(tree: unknown, at: number, path?: string): void;
  /**
   * Shows `tree`, the page at `href`, as a client navigation (a server function redirected there and its answer carried
   * the target's tree). Returns false when the page cannot navigate (the caller then loads the document).
   */
  show?(href: string, tree: unknown, at: number, replace: boolean): boolean;
  /** A server function ran: whatever the page keeps of other pages (prefetched, back and forward) may be out of date. */
  invalidate?(): void;
}

let host: PageHost | null = null;

/** Registers (or, with null, removes) the mounted page. */
export function setPageHost(next: PageHost | null): void {
  host = next;
}

/** The mounted page, or null. */
export function pageHost(): PageHost | null {
  return host;
}

/** The refresh envelope's root. */
export interface RefreshEnvelope {
  value: PromiseLike<unknown>;
  tree: unknown;
  at?: number;
  /** Set when the function redirected: the tree is this path's page (and `X-UseServer-Redirect` names it too). */
  redirect?: string;
  /** With `redirect`: replace the current history entry instead of adding one. */
  replace?: boolean;
}
