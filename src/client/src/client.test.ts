import { describe, expect, it } from "vitest";
import { createServerFunctionClient } from "./client.js";
import { flight, formPartsOf, type ReceivedRequest } from "./testing/loopbackServer.js";
import { useServerPerTest } from "./testing/serverPerTest.js";

const serve = useServerPerTest();

describe("return values (Flight)", () => {
  it("decodes a plain object and unescapes $$ strings", async () => {
    const server = await serve(() => flight(['0:{"ok":true,"count":2,"list":[1,"two"],"s":"$$dollar"}']));
    const { callServer } = createServerFunctionClient({ prefix: server.prefix });

    expect(await callServer("notes.get", [])).toEqual({ ok: true, count: 2, list: [1, "two"], s: "$dollar" });
  });

  it("decodes Date, Map, Set, bigint and drops undefined properties", async () => {
    const server = await serve(() =>
      flight([
        '0:{"date":"$D2024-01-02T03:04:05.000Z","map":"$Q1","big":"$n12345678901234567890","undef":"$undefined","set":"$W2"}',
        '1:[["a",1],["b",{"c":2}]]',
        '2:["x","$n1"]',
      ]),
    );
    const { callServer } = createServerFunctionClient({ prefix: server.prefix });

    const value = (await callServer("values", [])) as Record<string, unknown>;

    expect(value["date"]).toEqual(new Date("2024-01-02T03:04:05.000Z"));
    expect(value["map"]).toEqual(new Map<string, unknown>([["a", 1], ["b", { c: 2 }]]));
    expect(value["set"]).toEqual(new Set<unknown>(["x", 1n]));
    expect(value["big"]).toBe(12345678901234567890n);
    expect("undef" in value).toBe(false);
  });

  it("resolves a void function to undefined", async () => {
    const server = await serve(() => flight(['0:"$undefined"']));
    const { callServer } = createServerFunctionClient({ prefix: server.prefix });

    expect(await callServer("notes.touch", [])).toBeUndefined();
  });
});

describe("the request", () => {
  it("POSTs the encodeReply string to prefix/escaped-id with the contract's headers", async () => {
    const server = await serve(() => flight(["0:null"]));
    const { callServer } = createServerFunctionClient({ prefix: server.prefix + "/", headers: () => ({ "X-Csrf": "t1", Accept: "text/html" }) });

    await callServer("Notes/Create#v2", ["a", 1, undefined, 2n]);

    const [request] = server.requests as [ReceivedRequest];
    expect(request.method).toBe("POST");
    expect(request.path).toBe("/_serverfn/Notes%2FCreate%23v2");
    expect(request.headers["accept"]).toBe("text/x-component");
    expect(request.headers["x-useserver-action"]).toBe("Notes/Create#v2");
    expect(request.headers["x-csrf"]).toBe("t1");
    expect(request.headers["content-type"]).toBe("text/plain;charset=UTF-8");
    expect(request.body.toString("utf8")).toBe('["a",1,"$undefined","$n2"]');
  });

  it("sends FormData and Map arguments as multipart parts", async () => {
    const server = await serve(() => flight(["0:null"]));
    const { callServer } = createServerFunctionClient({ prefix: server.prefix });
    const form = new FormData();
    form.append("title", "Hello");

    await callServer("notes.add", [form, new Map([["k", 1]])]);

    const [request] = server.requests as [ReceivedRequest];
    expect(request.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
    expect(await formPartsOf(request)).toEqual([
      ["_1_title", "Hello"],
      ["2", '[["k",1]]'],
      ["0", '["$K1","$Q2"]'],
    ]);
  });

  it("runs calls in parallel: both are in flight at the same time", async () => {
    // The server answers neither call until both have arrived; a client that queued calls would
    // never send the second, and the test would time out.
    let arrivals = 0;
    let bothArrived!: () => void;
    const barrier = new Promise<void>((resolve) => (bothArrived = resolve));
    const server = await serve(async (request) => {
      if (++arrivals === 2) bothArrived();
      await barrier;
      return flight([`0:${JSON.stringify(request.path.slice(request.path.lastIndexOf("/") + 1))}`]);
    });
    const { callServer } = createServerFunctionClient({ prefix: server.prefix });

    const results = await Promise.all([callServer("first", []), callServer("second", [])]);

    expect(results).toEqual(["first", "second"]);
    expect(server.requests).toHaveLength(2);
  });

  it("uses the fetch given in the options", async () => {
    const server = await serve(() => flight(["0:42"]));
    const seen: string[] = [];
    const { callServer } = createServerFunctionClient({
      prefix: server.prefix,
      fetch: (input, init) => {
        seen.push(String(input));
        return fetch(input, init);
      },
    });

    expect(await callServer("answer", [])).toBe(42);
    expect(seen).toEqual([server.prefix + "/answer"]);
  });
});

describe("server references", () => {
  it("createServerReference calls callServer with the argument list", async () => {
    const server = await serve((request) => flight([`0:${request.body.toString("utf8")}`]));
    const { createServerReference } = createServerFunctionClient({ prefix: server.prefix });
    const add = createServerReference<(a: number, b: number) => Promise<number[]>>("math.add");

    expect(await add(1, 2)).toEqual([1, 2]);
    expect(server.requests[0]?.headers["x-useserver-action"]).toBe("math.add");
  });

  it("a reference passed as an argument is encoded as a server reference ($h)", async () => {
    const server = await serve(() => flight(["0:null"]));
    const { callServer, createServerReference } = createServerFunctionClient({ prefix: server.prefix });

    await callServer("schedule", [createServerReference("notes.delete")]);

    expect(await formPartsOf(server.requests[0] as ReceivedRequest)).toEqual([
      ["1", '{"id":"notes.delete","bound":null}'],
      ["0", '["$h1"]'],
    ]);
  });

  it("a reference decoded from a response calls back through the same client with its bound arguments", async () => {
    const server = await serve((request) =>
      request.path.endsWith("/makeCounter")
        ? flight(['0:"$h1"', '1:{"id":"counter.increment","bound":"$@2"}', "2:[41]"])
        : flight([`0:${request.body.toString("utf8")}`]),
    );
    const { callServer } = createServerFunctionClient({ prefix: server.prefix });

    const increment = (await callServer("makeCounter", [])) as (by: number) => Promise<unknown>;

    expect(await increment(5)).toEqual([41, 5]);
    expect(server.requests[1]?.path).toBe("/_serverfn/counter.increment");
  });

  it("a client-only value sent as a temporary reference comes back as the same object", async () => {
    const server = await serve(() => flight(['0:{"echo":"$T0:0:onClick"}']));
    const { callServer } = createServerFunctionClient({ prefix: server.prefix });
    const onClick = () => "clicked";

    const value = (await callServer("echo", [{ onClick }])) as { echo: unknown };

    expect(server.requests[0]?.body.toString("utf8")).toBe('[{"onClick":"$T"}]');
    expect(value.echo).toBe(onClick);
  });
});
