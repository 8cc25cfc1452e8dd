// The mounted server-rendered page, if any (set by @useserver/client/browser's hydratePage). Calls made while a
// page is mounted ask the server for the page's re-rendered tree in the same answer (the refresh envelope).

/** What the client needs from a mounted page. */
export interface PageHost {
  /** The page's path and query, sent in X-UseServer-Refresh. */
  path(): string;
  /** Shows a tree the server rendered at `at` (ms since the epoch); older trees than the one shown are ignored. */
  apply(tree: unknown, at: number): void;
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
}
