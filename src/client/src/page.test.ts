import { afterEach, describe, expect, it } from "vitest";
import { createServerFunctionClient } from "./client.js";
import { ENVELOPE_HEADER, REDIRECT_HEADER, REFRESH_HEADER } from "./constants.js";
import { setPageHost } from "./page.js";
import { flight } from "./testing/loopbackServer.js";
import { useServerPerTest } from "./testing/serverPerTest.js";

const serve = useServerPerTest();

afterEach(() => setPageHost(null));

function mountedPage(path: string) {
  const applied: Array<{ tree: unknown; at: number }> = [];
  setPageHost({ path: () => path, apply: (tree, at) => applied.push({ tree, at }) });
  return applied;
}

describe("the refresh envelope", () => {
  it("a call from a mounted page names the page and applies the tree before answering the value", async () => {
    const applied = mountedPage("/notes?tab=all");
    const server = await serve(() =>
      flight(['1:42', '0:{"value":"$@1","tree":["$","p",null,{"children":"fresh"}],"at":1700000000000.5}'], 200, { [ENVELOPE_HEADER]: "1" }));
    const client = createServerFunctionClient({ prefix: server.prefix });

    const value = await client.callServer("answer", []);

    expect(value).toBe(42);
    expect(server.requests[0]?.headers[REFRESH_HEADER.toLowerCase()]).toBe("/notes?tab=all");
    expect(applied).toHaveLength(1);
    expect(applied[0]?.at).toBe(1700000000000.5);
    expect((applied[0]?.tree as { props: { children: string } }).props.children).toBe("fresh");
  });

  it("the value of an envelope rejects when the function threw, as a bare result would", async () => {
    mountedPage("/");
    const server = await serve(() =>
      flight(['1:E{"digest":"d1","name":"Error","message":"","stack":[],"env":"Server","owner":null}', '0:{"value":"$@1","tree":null,"at":1}'], 200, { [ENVELOPE_HEADER]: "1" }));
    const client = createServerFunctionClient({ prefix: server.prefix });

    await expect(client.callServer("fails", [])).rejects.toMatchObject({ digest: "d1" });
  });

  it("without a mounted page no refresh is asked for, and a response without the header is the bare value", async () => {
    const server = await serve(() => flight(['0:{"value":"$@1","tree":null}']));
    const client = createServerFunctionClient({ prefix: server.prefix });

    const value = await client.callServer("plain", []);

    expect(server.requests[0]?.headers[REFRESH_HEADER.toLowerCase()]).toBeUndefined();
    expect(value).toEqual({ value: expect.anything(), tree: null });
  });
});

describe("a redirect in the refresh envelope", () => {
  const redirectRows = ['1:"$undefined"', '0:{"value":"$@1","tree":["$","p",null,{"children":"target"}],"at":5,"redirect":"/notes","replace":true}'];

  it("navigates the page to the target with the tree it carried (no document load, no other request)", async () => {
    const shown: Array<{ href: string; tree: unknown; replace: boolean }> = [];
    let invalidated = 0;
    const redirected: string[] = [];
    setPageHost({
      path: () => "/notes/1",
      apply: () => {},
      show: (href, tree, _at, replace) => (shown.push({ href, tree, replace }), true),
      invalidate: () => void invalidated++,
    });
    const server = await serve(() => flight(redirectRows, 200, { [ENVELOPE_HEADER]: "1", [REDIRECT_HEADER]: "/notes" }));
    const client = createServerFunctionClient({ prefix: server.prefix, onRedirect: undefined as never });
    globalThis.location = { assign: (path: string) => redirected.push(path) } as never;
    try {
      expect(await client.callServer("delete", [])).toBeUndefined();
    } finally {
      delete (globalThis as { location?: unknown }).location;
    }

    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatchObject({ href: "/notes", replace: true });
    expect((shown[0]?.tree as { props: { children: string } }).props.children).toBe("target");
    expect(redirected).toEqual([]);
    expect(invalidated).toBe(1); // a server function ran: kept pages may be stale
    expect(server.requests).toHaveLength(1);
  });

  it("loads the target when the page cannot navigate, or follows the app's own onRedirect", async () => {
    const followed: string[] = [];
    setPageHost({ path: () => "/notes/1", apply: () => {}, show: () => false });
    const server = await serve(() => flight(redirectRows, 200, { [ENVELOPE_HEADER]: "1", [REDIRECT_HEADER]: "/notes" }));

    await createServerFunctionClient({ prefix: server.prefix, onRedirect: (p) => followed.push("app:" + p) }).callServer("delete", []);
    setPageHost({ path: () => "/notes/1", apply: () => {}, show: () => false });
    await createServerFunctionClient({ prefix: server.prefix, onRedirect: (p) => followed.push(p) }).callServer("delete", []);

    expect(followed).toEqual(["app:/notes", "/notes"]);
  });

  it("a tree rendered for the page the call came from names that page, so a page shown since can ignore it", async () => {
    const applied: Array<string | undefined> = [];
    setPageHost({ path: () => "/a", apply: (_tree, _at, path) => applied.push(path) });
    const server = await serve(() => flight(['1:1', '0:{"value":"$@1","tree":["$","p",null,{}],"at":1}'], 200, { [ENVELOPE_HEADER]: "1" }));

    await createServerFunctionClient({ prefix: server.prefix }).callServer("f", []);

    expect(applied).toEqual(["/a"]);
  });
});
