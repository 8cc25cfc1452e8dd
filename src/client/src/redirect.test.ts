import { describe, expect, it } from "vitest";
import { createServerFunctionClient } from "./client.js";
import { isLocalPath } from "./redirect.js";
import { flight } from "./testing/loopbackServer.js";
import { useServerPerTest } from "./testing/serverPerTest.js";

const serve = useServerPerTest();

describe("redirect instruction (X-UseServer-Redirect)", () => {
  it("calls onRedirect with a local path and still returns the value", async () => {
    const server = await serve(() => flight(['0:"saved"'], 200, { "X-UseServer-Redirect": "/notes/7?tab=edit" }));
    const redirects: string[] = [];
    const { callServer } = createServerFunctionClient({ prefix: server.prefix, onRedirect: (path) => redirects.push(path) });

    expect(await callServer("notes.save", [])).toBe("saved");
    expect(redirects).toEqual(["/notes/7?tab=edit"]);
  });

  it("ignores a target on another origin", async () => {
    const server = await serve(() => flight(["0:null"], 200, { "X-UseServer-Redirect": "//evil.example/phish" }));
    const redirects: string[] = [];
    const { callServer } = createServerFunctionClient({ prefix: server.prefix, onRedirect: (path) => redirects.push(path) });

    await callServer("notes.save", []);

    expect(redirects).toEqual([]);
  });

  it("does not redirect without the header", async () => {
    const server = await serve(() => flight(["0:null"]));
    const redirects: string[] = [];
    const { callServer } = createServerFunctionClient({ prefix: server.prefix, onRedirect: (path) => redirects.push(path) });

    await callServer("notes.save", []);

    expect(redirects).toEqual([]);
  });
});

describe("isLocalPath", () => {
  it.each([
    ["/", true],
    ["/notes/7?x=1#top", true],
    ["/a\\b", true],
    ["//evil.example", false],
    ["/\\evil.example", false],
    ["https://evil.example/", false],
    ["javascript:alert(1)", false],
    ["notes", false],
    ["", false],
    ["/a\tb", false],
    ["/a\u007fb", false],
  ])("%j → %s", (target, expected) => {
    expect(isLocalPath(target)).toBe(expected);
  });
});
