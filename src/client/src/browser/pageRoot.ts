// The page's root component: it shows the server's tree and is the router. A navigation fetches the next page's tree
// (pageFetch.ts) inside a transition (so `useNavigation().pending` is true meanwhile and the current page stays
// interactive), then shows it: React reconciles the new tree with the shown one, so layouts both pages share keep their
// client state, and the URL, history entry and scroll follow once the new tree has committed.
import { createElement, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, useTransition, type ReactNode } from "react";
import { RouterProvider, type NavigateOptions, type Router } from "../navigation/context.js";
import { EntryMemory, keyOf, newKey, stateWith } from "./history.js";
import { fetchPage, pageKey, PrefetchCache, type FetchedPage } from "./pageFetch.js";

/** What happens to history and scroll when a shown tree commits. */
interface Commit {
  history: "push" | "replace" | "none";
  /** "top": the top, or the URL's fragment; "keep": where it is; a number: that offset (back and forward). */
  scroll: "top" | "keep" | number;
}

/** The shown page. */
interface Shown {
  tree: ReactNode;
  /** When the server rendered it: a refresh rendered earlier than this is ignored. */
  at: number;
  /** Path, query and fragment. */
  href: string;
  /** Its history entry's key. */
  key: string;
  commit: Commit | null;
}

/** What the page host (server function calls) and the router reach of the mounted root. */
export interface PageController {
  /** Shows `tree`, rendered at `at` for `path`, if that is still the shown page and nothing newer is shown. */
  apply(tree: ReactNode, at: number, path: string): void;
  /** Shows `tree`, the page at `href` (a server function's redirect carried it), as a navigation. */
  show(href: string, tree: ReactNode, at: number, replace: boolean): void;
  /** A server function ran: kept and prefetched trees may be out of date. */
  invalidate(): void;
}

const memory = new EntryMemory();
const prefetched = new PrefetchCache();
let controller: PageController | null = null;

/** The mounted root's controller, or null before it mounts. */
export function pageController(): PageController | null {
  return controller;
}

function hrefOf(url: URL): string {
  return url.pathname + url.search + url.hash;
}

function scrollToFragment(hash: string): void {
  const id = hash.length > 1 ? decodeURIComponent(hash.slice(1)) : "";
  const target = id === "" ? null : document.getElementById(id);
  if (target !== null) target.scrollIntoView();
  else window.scrollTo(0, 0);
}

export function PageRoot({ initial, at }: { initial: ReactNode; at: number }): ReactNode {
  const [shown, setShown] = useState<Shown>(() => {
    const key = keyOf(history.state) ?? newKey();
    return { tree: initial, at, href: hrefOf(new URL(location.href)), key, commit: { history: "replace", scroll: "keep" } };
  });
  const [pending, startTransition] = useTransition();
  const current = useRef(shown);
  const latest = useRef(0); // the newest navigation: an older one that finishes later is dropped
  const inFlight = useRef<AbortController | null>(null);

  /** Loads `url` (or takes its prefetch) and shows it; `entry` says which history entry it becomes. */
  const load = useCallback((url: URL, commit: Commit, key: string, replaceDocument: boolean) => {
    const id = ++latest.current;
    inFlight.current?.abort();
    const abort = new AbortController();
    inFlight.current = abort;
    startTransition(async () => {
      let page: FetchedPage;
      try {
        page = await (prefetched.take(url) ?? fetchPage(url, abort.signal));
      } catch {
        return; // aborted: a newer navigation took over
      }
      if (id !== latest.current) return;
      if (page.kind === "document") {
        if (replaceDocument) location.replace(page.url.href);
        else location.assign(page.url.href);
        return;
      }
      const { tree, at: renderedAt } = page.payload;
      startTransition(() => setShown({ tree, at: renderedAt ?? Date.now(), href: hrefOf(page.url), key, commit }));
    });
  }, []);

  const navigate = useCallback(
    (href: string, replace: boolean, options?: NavigateOptions) => {
      const url = new URL(href, location.href);
      if (url.origin !== location.origin) {
        if (replace) location.replace(url.href);
        else location.assign(url.href);
        return;
      }
      memory.saveScroll(current.current.key, window.scrollY);
      const commit: Commit = { history: replace ? "replace" : "push", scroll: options?.scroll === false ? "keep" : "top" };
      load(url, commit, newKey(), replace);
    },
    [load],
  );

  const router = useMemo<Router>(
    () => ({
      push: (href, options) => navigate(href, false, options),
      replace: (href, options) => navigate(href, true, options),
      back: () => history.back(),
      forward: () => history.forward(),
      refresh: () => load(new URL(location.href), { history: "none", scroll: "keep" }, current.current.key, true),
      prefetch: (href) => {
        const url = new URL(href, location.href);
        if (url.origin === location.origin) prefetched.prefetch(url);
      },
    }),
    [navigate, load],
  );

  useEffect(() => {
    // The page is interactive from here on: browser tests and tools wait for this attribute.
    document.body.dataset.hydrated = "true";
    controller = {
      apply: (tree, renderedAt, path) =>
        startTransition(() =>
          setShown((s) => (pageKey(new URL(s.href, location.href)) === path && renderedAt >= s.at ? { ...s, tree, at: renderedAt, commit: null } : s)),
        ),
      show: (href, tree, renderedAt, replace) => {
        ++latest.current; // supersedes a navigation under way
        memory.saveScroll(current.current.key, window.scrollY);
        startTransition(() =>
          setShown({ tree, at: renderedAt, href, key: newKey(), commit: { history: replace ? "replace" : "push", scroll: "top" } }),
        );
      },
      invalidate: () => {
        prefetched.clear();
        memory.forgetTrees();
      },
    };
    return () => {
      controller = null;
    };
  }, []);

  // Back and forward: the entry's kept tree at once (then nothing to wait for), else its page fetched again.
  useEffect(() => {
    const onPopState = (event: PopStateEvent) => {
      const url = new URL(location.href);
      const key = keyOf(event.state);
      if (pageKey(url) === pageKey(new URL(current.current.href, location.href)) && key === current.current.key) return;
      if (key === null && pageKey(url) === pageKey(new URL(current.current.href, location.href))) return; // a #fragment entry
      memory.saveScroll(current.current.key, window.scrollY);
      const entryKey = key ?? newKey();
      const scroll = memory.scrollOf(entryKey) ?? 0;
      const kept = key === null ? undefined : memory.treeOf(key);
      if (kept !== undefined) {
        ++latest.current;
        inFlight.current?.abort();
        startTransition(() => setShown({ tree: kept.tree, at: kept.at, href: hrefOf(url), key: entryKey, commit: { history: "none", scroll } }));
      } else {
        load(url, { history: key === null ? "replace" : "none", scroll }, entryKey, true);
      }
    };
    // The router restores scroll itself (the browser would, before the entry's page has rendered); a document
    // reload or the browser's own page cache restore it natively again.
    history.scrollRestoration = "manual";
    const onPageHide = () => {
      history.scrollRestoration = "auto";
    };
    window.addEventListener("popstate", onPopState);
    window.addEventListener("pagehide", onPageHide);
    return () => {
      window.removeEventListener("popstate", onPopState);
      window.removeEventListener("pagehide", onPageHide);
    };
  }, [load]);

  useLayoutEffect(() => {
    current.current = shown;
    memory.saveTree(shown.key, shown.tree, shown.at);
    const commit = shown.commit;
    if (commit === null) return;
    if (commit.history === "push") history.pushState(stateWith(null, shown.key), "", shown.href);
    else if (commit.history === "replace") history.replaceState(stateWith(history.state, shown.key), "", shown.href);
    if (commit.scroll === "top") scrollToFragment(new URL(shown.href, location.href).hash);
    else if (typeof commit.scroll === "number") window.scrollTo(0, commit.scroll);
  }, [shown]);

  const state = useMemo(() => ({ router, href: shown.href, pending }), [router, shown.href, pending]);
  return createElement(RouterProvider, { state }, shown.tree);
}
