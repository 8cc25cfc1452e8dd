// hydratePage(): hydrates the server-rendered document with the Flight payload inlined in it, and keeps the page's
// tree current: a server function call's refresh envelope (or refreshPage()) replaces it in a transition.
import { createElement, startTransition, useEffect, useState, type ReactNode } from "react";
import { hydrateRoot } from "react-dom/client";
import { createFromFetch, createFromReadableStream } from "react-server-dom-webpack/client.browser";
import { devEvents } from "virtual:useserver/client-modules";
import { callServer } from "../index.js";
import { setPageHost } from "../page.js";
import { answerDotnetWatch, coalesce, watchServer } from "./devEvents.js";
import { inlinePayload } from "./payload.js";

/** The Flight root of a page. */
interface PagePayload {
  tree: ReactNode;
  formState: unknown;
  at?: number;
}

let showTree: ((tree: ReactNode, at: number) => void) | null = null;

function PageRoot({ initial, at }: { initial: ReactNode; at: number }): ReactNode {
  const [state, setState] = useState({ tree: initial, at });
  useEffect(() => {
    showTree = (tree, renderedAt) =>
      startTransition(() => setState((current) => (renderedAt >= current.at ? { tree, at: renderedAt } : current)));
    // The page is interactive from here on: browser tests and tools wait for this attribute.
    document.body.dataset.hydrated = "true";
    return () => {
      showTree = null;
    };
  }, []);
  return state.tree;
}

/** Hydrates the document from the inlined payload; call once from the app's entry module. */
export async function hydratePage(): Promise<void> {
  setPageHost({
    path: () => location.pathname + location.search,
    apply: (tree, at) => showTree?.(tree as ReactNode, at),
  });
  const payload = await createFromReadableStream<PagePayload>(inlinePayload(), { callServer });
  hydrateRoot(document, createElement(PageRoot, { initial: payload.tree, at: payload.at ?? 0 }), {
    formState: (payload.formState ?? null) as never,
  });
  // Served by the Vite dev server (the plugin says where the host's events are): a C# edit refreshes the page.
  if (devEvents !== null) {
    const refresh = coalesce(refreshPage);
    if (typeof EventSource === "function") watchServer(devEvents, { refresh });
    answerDotnetWatch(refresh);
  }
}

/** Fetches the current page's tree again (Accept: text/x-component) and shows it. */
export async function refreshPage(): Promise<void> {
  const response = fetch(location.pathname + location.search, { headers: { Accept: "text/x-component" } });
  const payload = await createFromFetch<PagePayload>(response, { callServer });
  showTree?.(payload.tree, payload.at ?? Date.now());
}
