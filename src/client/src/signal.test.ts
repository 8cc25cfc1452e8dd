import { describe, expect, it } from "vitest";
import { createServerFunctionClient } from "./client.js";
import { withSignal } from "./signal.js";
import { flight, type ReceivedRequest } from "./testing/loopbackServer.js";
import { useServerPerTest } from "./testing/serverPerTest.js";

const serve = useServerPerTest();

/** A server that never answers: it reports each request and waits until the client goes away. */
async function holdingServer() {
  let arrived!: (request: ReceivedRequest) => void;
  const firstRequest = new Promise<ReceivedRequest>((resolve) => (arrived = resolve));
  const server = await serve(async (request) => {
    arrived(request);
    await request.aborted;
    return flight(['0:"too late"']);
  });
  return { server, firstRequest };
}

describe("cancellation", () => {
  it("callServer's signal aborts the request in flight", async () => {
    const { server, firstRequest } = await holdingServer();
    const { callServer } = createServerFunctionClient({ prefix: server.prefix });
    const controller = new AbortController();

    const call = callServer("slow", [], { signal: controller.signal });
    const request = await firstRequest;
    controller.abort();

    await expect(call).rejects.toMatchObject({ name: "AbortError" });
    await request.aborted; // The server saw the connection go away.
  });

  it("withSignal gives the signal to a reference's calls, keeping its signature", async () => {
    const { server, firstRequest } = await holdingServer();
    const { createServerReference } = createServerFunctionClient({ prefix: server.prefix });
    const search = createServerReference<(query: string) => Promise<string[]>>("search");
    const controller = new AbortController();

    const call = withSignal(search, controller.signal)("needle");
    const request = await firstRequest;
    controller.abort(new Error("user navigated away"));

    await expect(call).rejects.toThrow("user navigated away");
    expect(request.body.toString("utf8")).toBe('["needle"]');
    await request.aborted;
  });

  it("an already-aborted signal sends nothing", async () => {
    const server = await serve(() => flight(["0:1"]));
    const { callServer } = createServerFunctionClient({ prefix: server.prefix });

    await expect(callServer("f", [], { signal: AbortSignal.abort() })).rejects.toMatchObject({ name: "AbortError" });
    expect(server.requests).toEqual([]);
  });

  it("the scope ends with the synchronous call: later calls are not cancellable by it", async () => {
    const server = await serve(() => flight(["0:1"]));
    const { createServerReference } = createServerFunctionClient({ prefix: server.prefix });
    const f = createServerReference<() => Promise<number>>("f");
    const controller = new AbortController();

    await withSignal(f, controller.signal)();
    controller.abort();

    expect(await f()).toBe(1);
  });
});
