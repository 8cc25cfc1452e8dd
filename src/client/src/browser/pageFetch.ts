// Fetching a page's tree for client navigation: the page's URL with `Accept: text/x-component` answers its Flight
// payload (the same one a document inlines). Anything else (another origin after a redirect, an HTML error page, a
// network failure) is answered by loading the document instead. Prefetched pages are kept briefly and dropped as soon
// as a server function runs, since its answer may have changed what they show.
import type { ReactNode } from "react";
import { createFromFetch } from "react-server-dom-webpack/client.browser";
import { FLIGHT_CONTENT_TYPE } from "../constants.js";
import { callServer } from "../index.js";
import { mediaTypeOf } from "../problem.js";

/** The Flight root of a page. */
export interface PagePayload {
  tree: ReactNode;
  formState: unknown;
  /** When the server rendered it (ms since the epoch): the newest tree wins. */
  at?: number;
}

/** A fetched page, or the URL to load as a document instead. */
export type FetchedPage = { kind: "page"; url: URL; payload: PagePayload } | { kind: "document"; url: URL };

/** How long a prefetched page is used for a navigation. */
export const PREFETCH_LIFETIME_MS = 30_000;

/** Prefetches kept: the oldest goes first. */
export const MAX_PREFETCHED = 32;

/** The key of a page in the caches: its path and query (the fragment is not the server's). */
export function pageKey(url: URL): string {
  return url.pathname + url.search;
}

/** Fetches the page at `url` (same origin) as Flight. Rejects only when `signal` aborts. */
export async function fetchPage(url: URL, signal?: AbortSignal): Promise<FetchedPage> {
  let response: Response;
  try {
    const init: RequestInit = { headers: { Accept: FLIGHT_CONTENT_TYPE }, credentials: "same-origin" };
    if (signal !== undefined) init.signal = signal;
    response = await fetch(url.origin + pageKey(url), init);
  } catch (error) {
    if (signal?.aborted) throw error;
    return { kind: "document", url };
  }
  // fetch followed any redirect (a page that sent the caller to /login, say): the page is where it ended.
  const final = response.redirected && response.url !== "" ? new URL(response.url) : url;
  if (final.hash === "" && url.hash !== "") final.hash = url.hash;
  if (final.origin !== url.origin || mediaTypeOf(response) !== FLIGHT_CONTENT_TYPE) return { kind: "document", url: final };
  try {
    // Resolves with the root row; parts still streaming (async components) suspend where they render.
    const payload = await createFromFetch<PagePayload>(Promise.resolve(response), { callServer });
    return { kind: "page", url: final, payload };
  } catch (error) {
    if (signal?.aborted) throw error;
    return { kind: "document", url: final }; // the root itself failed: the document shows the server's error page
  }
}

/** Pages fetched ahead of navigations, by {@link pageKey}. */
export class PrefetchCache {
  private readonly entries = new Map<string, { page: Promise<FetchedPage>; at: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Starts fetching `url` unless a fresh fetch of it is kept already. */
  prefetch(url: URL): void {
    const key = pageKey(url);
    const kept = this.entries.get(key);
    if (kept !== undefined && this.now() - kept.at < PREFETCH_LIFETIME_MS) return;
    const page = fetchPage(url);
    page.catch(() => this.entries.delete(key));
    this.entries.set(key, { page, at: this.now() });
    while (this.entries.size > MAX_PREFETCHED) this.entries.delete(this.entries.keys().next().value as string);
  }

  /** The kept fetch of `url`, taken out of the cache (a navigation uses it once), or undefined. */
  take(url: URL): Promise<FetchedPage> | undefined {
    const key = pageKey(url);
    const kept = this.entries.get(key);
    this.entries.delete(key);
    return kept !== undefined && this.now() - kept.at < PREFETCH_LIFETIME_MS ? kept.page : undefined;
  }

  /** Drops every kept page (a server function ran). */
  clear(): void {
    this.entries.clear();
  }
}
