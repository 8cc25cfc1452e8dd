import { describe, expect, it } from "vitest";
import { createServerFunctionClient } from "./client.js";
import { ServerFunctionError, ServerFunctionNotFoundError } from "./errors.js";
import { flight, problem } from "./testing/loopbackServer.js";
import { useServerPerTest } from "./testing/serverPerTest.js";

const serve = useServerPerTest();
const production = process.env["NODE_ENV"] === "production";

describe("a function that throws (500, root E row)", () => {
  it("rejects with React's Error carrying the digest", async () => {
    const server = await serve(() =>
      flight(['0:E{"digest":"d1","name":"Error","message":"Boom from server","stack":[],"env":"Server","owner":null}'], 500),
    );
    const { callServer } = createServerFunctionClient({ prefix: server.prefix });

    const error = await callServer("notes.fail", []).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(ServerFunctionError);
    expect((error as Error & { digest?: string }).digest).toBe("d1");
    // The production client replaces every server message with React's error #441.
    expect((error as Error).message).toMatch(production ? /#441/ : /^Boom from server$/);
  });
});

describe("ProblemDetails (application/problem+json)", () => {
  it("400 with per-field errors becomes a ServerFunctionError carrying them", async () => {
    const server = await serve(() =>
      problem(400, {
        type: "https://tools.ietf.org/html/rfc9110#section-15.5.1",
        title: "One or more validation errors occurred.",
        errors: { title: ["The title field is required.", "Too short."], "note.Body": "One message" },
        traceId: "00-abc",
      }),
    );
    const onClientOutdated = (): void => {
      throw new Error("not expected for a 400");
    };
    const { callServer } = createServerFunctionClient({ prefix: server.prefix, onClientOutdated });

    const error = await callServer("notes.add", [""]).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ServerFunctionError);
    expect(error).not.toBeInstanceOf(ServerFunctionNotFoundError);
    expect(error).toMatchObject({
      name: "ServerFunctionError",
      functionId: "notes.add",
      status: 400,
      title: "One or more validation errors occurred.",
      detail: undefined,
      type: "https://tools.ietf.org/html/rfc9110#section-15.5.1",
      message: "One or more validation errors occurred.",
      errors: { title: ["The title field is required.", "Too short."], "note.Body": ["One message"] },
    });
    expect((error as ServerFunctionError).problem?.["traceId"]).toBe("00-abc");
  });

  it("uses detail as the message when present", async () => {
    const server = await serve(() => problem(403, { title: "Forbidden", detail: "Cross-origin request." }));
    const { callServer } = createServerFunctionClient({ prefix: server.prefix });

    await expect(callServer("notes.add", [])).rejects.toMatchObject({ status: 403, message: "Cross-origin request.", errors: {} });
  });

  it("keeps a field named __proto__ as a field", async () => {
    const server = await serve(() => ({
      status: 400,
      headers: { "Content-Type": "application/problem+json" },
      body: '{"status":400,"errors":{"__proto__":["x"]}}',
    }));
    const { callServer } = createServerFunctionClient({ prefix: server.prefix });

    const error = (await callServer("f", []).catch((e: unknown) => e)) as ServerFunctionError;

    expect(Object.getPrototypeOf(error.errors)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(error.errors, "__proto__")?.value).toEqual(["x"]);
  });

  it("404 (unknown ID) throws ServerFunctionNotFoundError after calling onClientOutdated", async () => {
    const server = await serve(() => problem(404, { title: "Unknown server function." }));
    const outdated: ServerFunctionNotFoundError[] = [];
    const { callServer } = createServerFunctionClient({ prefix: server.prefix, onClientOutdated: (e) => outdated.push(e) });

    const error = await callServer("notes.renamedAway", []).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ServerFunctionNotFoundError);
    expect(error).toMatchObject({ name: "ServerFunctionNotFoundError", status: 404, functionId: "notes.renamedAway" });
    expect(outdated).toEqual([error]);
  });

  it("a malformed problem document still gives the status", async () => {
    const server = await serve(() => ({ status: 413, headers: { "Content-Type": "application/problem+json" }, body: "{not json" }));
    const { callServer } = createServerFunctionClient({ prefix: server.prefix });

    await expect(callServer("upload", [])).rejects.toMatchObject({ name: "ServerFunctionError", status: 413, title: undefined, errors: {} });
  });
});

describe("other responses", () => {
  it("a non-2xx without a problem document becomes a ServerFunctionError with the status (a 404 page is not 'outdated')", async () => {
    const server = await serve(() => ({ status: 404, headers: { "Content-Type": "text/html" }, body: "<h1>secret proxy page</h1>" }));
    let outdatedCalls = 0;
    const { callServer } = createServerFunctionClient({ prefix: server.prefix, onClientOutdated: () => outdatedCalls++ });

    const error = (await callServer("f", []).catch((e: unknown) => e)) as ServerFunctionError;

    expect(error).toBeInstanceOf(ServerFunctionError);
    expect(error).not.toBeInstanceOf(ServerFunctionNotFoundError);
    expect(error.status).toBe(404);
    expect(error.message).not.toContain("secret");
    expect(outdatedCalls).toBe(0);
  });

  it("a 200 that is not Flight is an error, not a value", async () => {
    const server = await serve(() => ({ status: 200, headers: { "Content-Type": "text/html" }, body: "<html></html>" }));
    const { callServer } = createServerFunctionClient({ prefix: server.prefix });

    await expect(callServer("f", [])).rejects.toMatchObject({ name: "ServerFunctionError", status: 200 });
  });

  it("a network failure rejects with fetch's own error", async () => {
    const { callServer } = createServerFunctionClient({ prefix: "http://127.0.0.1:1/_serverfn" });

    await expect(callServer("f", [])).rejects.toThrow(TypeError);
  });
});
