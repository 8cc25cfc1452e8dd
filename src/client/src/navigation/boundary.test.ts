import { createElement, type ReactNode } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { createServerFunctionClient } from "../client.js";
import { flight } from "../testing/loopbackServer.js";
import { useServerPerTest } from "../testing/serverPerTest.js";
import { ErrorDigest, ErrorMessage, SegmentBoundary } from "./boundary.js";

const serve = useServerPerTest();
const production = process.env["NODE_ENV"] === "production";

function errorPage(failure: { digest: string; message?: string | null }, message: ReactNode): string {
  const page = createElement("section", null, message, createElement(ErrorDigest));
  return renderToString(createElement(SegmentBoundary, { failure, fallback: page }, createElement("p", null, "content")));
}

describe("ErrorMessage", () => {
  it("shows the server's message when it sent one", () => {
    expect(errorPage({ digest: "d1", message: "The note is locked." }, createElement(ErrorMessage))).toBe(
      "<section><span>The note is locked.</span><code>d1</code></section>",
    );
  });

  it("shows the fallback when the server sent no message", () => {
    expect(errorPage({ digest: "d2", message: null }, createElement(ErrorMessage, { fallback: "Try again later." }))).toBe(
      "<section><span>Try again later.</span><code>d2</code></section>",
    );
    expect(errorPage({ digest: "d3" }, createElement(ErrorMessage))).toContain("<span>Something went wrong.</span>");
  });

  it("shows the fallback instead of React's production text for a server error, and the message in development", async () => {
    // A root error row as the server sends it, read by React's own client (the build this project runs).
    const server = await serve(() =>
      flight(['0:E{"digest":"d4","name":"Error","message":"Locked","stack":[],"env":"Server","owner":null}'], 500),
    );
    const { callServer } = createServerFunctionClient({ prefix: server.prefix });
    const error = (await callServer("notes.fail", []).catch((e: unknown) => e)) as Error & { digest: string };

    expect(errorPage({ digest: error.digest, message: error.message }, createElement(ErrorMessage, { fallback: "Oops." }))).toBe(
      `<section><span>${production ? "Oops." : "Locked"}</span><code>d4</code></section>`,
    );
  });
});
