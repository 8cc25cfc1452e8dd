// hydratePage(): hydrates the server-rendered document with the Flight payload inlined in it, and keeps the page's
// tree current: client navigation (pageRoot.ts), a server function call's refresh envelope, or refreshPage().
import { createElement } from "react";
import { hydrateRoot } from "react-dom/client";
import { createFromReadableStream } from "react-server-dom-webpack/client.browser";
import { devEvents } from "virtual:useserver/client-modules";
import { callServer } from "../index.js";
import { setPageHost } from "../page.js";
import { answerDotnetWatch, coalesce, watchServer } from "./devEvents.js";
import { fetchPage, pageKey, type PagePayload } from "./pageFetch.js";
import { pageController, PageRoot } from "./pageRoot.js";
import { inlinePayload } from "./payload.js";

/** Hydrates the document from the inlined payload; call once from the app's entry module. */
export async function hydratePage(): Promise<void> {
  setPageHost({
    path: () => location.pathname + location.search,
    apply: (tree, at, path) => pageController()?.apply(tree as never, at, path ?? location.pathname + location.search),
    show: (href, tree, at, replace) => {
      const controller = pageController();
      if (controller === null) return false;
      controller.show(href, tree as never, at, replace);
      return true;
    },
    invalidate: () => pageController()?.invalidate(),
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

/** Fetches the current page's tree again (Accept: text/x-component) and shows it in place, keeping client state. */
export async function refreshPage(): Promise<void> {
  const url = new URL(location.href);
  const page = await fetchPage(url);
  if (page.kind === "page") pageController()?.apply(page.payload.tree, page.payload.at ?? Date.now(), pageKey(url));
}
