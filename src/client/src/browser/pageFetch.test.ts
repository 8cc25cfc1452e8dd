import "../webpackGlobals.js"; // First: React's Flight client reads webpack's globals when it loads.
import { describe, expect, it } from "vitest";
import { flight } from "../testing/loopbackServer.js";
import { useServerPerTest } from "../testing/serverPerTest.js";
import { fetchPage, MAX_PREFETCHED, PREFETCH_LIFETIME_MS, PrefetchCache, pageKey } from "./pageFetch.js";

const serve = useServerPerTest();

function originOf(prefix: string): string {
  return new URL(prefix).origin;
}

describe("fetching a page for client navigation", () => {
  it("asks for the page's Flight payload and answers its tree, keeping the URL's fragment", async () => {
    const server = await serve(() => flight(['0:{"tree":["$","main",null,{"children":"note"}],"formState":null,"at":7}']));
    const url = new URL("/notes/1?tab=2#top", originOf(server.prefix));

    const page = await fetchPage(url);

    expect(page.kind).toBe("page");
    expect(server.requests[0]?.path).toBe("/notes/1?tab=2");
    expect(server.requests[0]?.headers.accept).toBe("text/x-component");
    if (page.kind !== "page") throw new Error("not a page");
    expect(page.url.hash).toBe("#top");
    expect(page.payload.at).toBe(7);
  });

  it("answers a document load for anything but Flight (an HTML error page, a failed root) and for a network failure", async () => {
    const server = await serve((request) =>
      request.path === "/html"
        ? { status: 500, headers: { "Content-Type": "text/html" }, body: "<h1>oops</h1>" }
        : flight(['0:E{"digest":"d","name":"Error","message":"","stack":[],"env":"Server","owner":null}'], 500));
    const origin = originOf(server.prefix);

    expect((await fetchPage(new URL("/html", origin))).kind).toBe("document");
    expect((await fetchPage(new URL("/failed-root", origin))).kind).toBe("document");
    expect((await fetchPage(new URL("http://127.0.0.1:1/unreachable"))).kind).toBe("document");
  });

  it("follows the server's redirect: the page is where it ended", async () => {
    const server = await serve((request) =>
      request.path === "/old" ? { status: 302, headers: { Location: "/new" } } : flight(['0:{"tree":"new","formState":null}']));

    const page = await fetchPage(new URL("/old", originOf(server.prefix)));

    expect(page.kind).toBe("page");
    expect(page.url.pathname).toBe("/new");
  });

  it("rejects when its signal aborts (a newer navigation took over)", async () => {
    const server = await serve(() => new Promise(() => {}));
    const abort = new AbortController();
    const pending = fetchPage(new URL("/slow", originOf(server.prefix)), abort.signal);
    abort.abort();
    await expect(pending).rejects.toThrow();
  });
});

describe("the prefetch cache", () => {
  it("fetches once, hands the page to one navigation, and forgets it after its lifetime or a server function", async () => {
    const server = await serve(() => flight(['0:{"tree":"t","formState":null}']));
    let now = 1_000;
    const cache = new PrefetchCache(() => now);
    const url = new URL("/a", originOf(server.prefix));

    cache.prefetch(url);
    cache.prefetch(url); // kept: not fetched again
    expect((await cache.take(url))?.kind).toBe("page");
    expect(cache.take(url)).toBeUndefined(); // used once
    expect(server.requests).toHaveLength(1);

    cache.prefetch(url);
    now += PREFETCH_LIFETIME_MS;
    expect(cache.take(url)).toBeUndefined(); // too old to show

    cache.prefetch(url);
    cache.clear();
    expect(cache.take(url)).toBeUndefined();
  });

  it("keeps at most MAX_PREFETCHED pages, the oldest going first", async () => {
    const server = await serve(() => flight(['0:{"tree":"t","formState":null}']));
    const cache = new PrefetchCache();
    const origin = originOf(server.prefix);
    for (let i = 0; i <= MAX_PREFETCHED; i++) cache.prefetch(new URL(`/p${i}`, origin));

    expect(cache.take(new URL("/p0", origin))).toBeUndefined();
    expect(cache.take(new URL(`/p${MAX_PREFETCHED}`, origin))).toBeDefined();
    expect(pageKey(new URL("/x?y=1#z", origin))).toBe("/x?y=1");
  });
});
