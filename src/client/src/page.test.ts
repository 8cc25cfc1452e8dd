import { afterEach, describe, expect, it } from "vitest";
import { createServerFunctionClient } from "./client.js";
import { ENVELOPE_HEADER, REFRESH_HEADER } from "./constants.js";
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
