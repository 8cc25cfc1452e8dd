// The server-rendering runtime (@useserver/client/ssr): bundled by the Vite plugin with react-dom/server (edge),
// React's Flight client (edge) and every "use client" module into one classic script that the .NET host runs in
// embedded V8. The host feeds the page's Flight stream in and pulls React's HTML out, as binary strings (one char
// per byte) so bytes cross unchanged in both directions.
import { consoleMessages } from "./polyfills/install.js"; // First: the edge builds read these globals when they load.
import "./webpack.js";
import { runTimers } from "./polyfills/timers.js";
import { createFromReadableStream } from "react-server-dom-webpack/client.edge";
import { renderToReadableStream } from "react-dom/server.edge";
import { createElement, type ReactNode } from "react";
import { documentRouter, RouterProvider } from "../navigation/context.js";

/** The page payload: `path` is the page's path and query, which the router's hooks answer while rendering. */
type PagePayload = { tree: ReactNode; formState: unknown; path?: string };

type StartOptions = { bootstrapModules?: string[]; nonce?: string; identifierPrefix?: string };

type Render = {
  push(bytes: Uint8Array): void;
  end(): void;
  output: Uint8Array[];
  done: boolean;
  failure: unknown;
  errors: string[];
  abort(reason: unknown): void;
};

export { registerClientModules } from "./webpack.js";

const renders = new Map<number, Render>();
let nextHandle = 1;

const g = globalThis as Record<string, unknown>;

// Any I row resolves to its own module ID and export: the server wrote both from the same manifest.
const moduleMap = new Proxy({} as Record<string, unknown>, {
  get: (_, id) => (typeof id === "string" ? new Proxy({}, { get: (__, name) => ({ id, chunks: [], name }) }) : undefined),
});

function fromBinary(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

function toBinary(chunks: Uint8Array[]): string {
  // apply with a typed array (not a spread): much faster in V8, and 8192 arguments stay under any call limit.
  let text = "";
  for (const chunk of chunks) {
    for (let i = 0; i < chunk.length; i += 8192) {
      text += String.fromCharCode.apply(null, chunk.subarray(i, i + 8192) as unknown as number[]);
    }
  }
  return text;
}

function start(optionsJson: string): number {
  const options = JSON.parse(optionsJson) as StartOptions;
  const handle = nextHandle++;
  const incoming: Uint8Array[] = [];
  let waiting: ((r: { done: boolean; value?: Uint8Array }) => void) | null = null;
  let ended = false;
  let abortReason: unknown = null;
  const render: Render = {
    output: [],
    done: false,
    failure: null,
    errors: [],
    push(bytes) {
      if (waiting) { const w = waiting; waiting = null; w({ done: false, value: bytes }); } else incoming.push(bytes);
    },
    end() {
      ended = true;
      if (waiting) { const w = waiting; waiting = null; w({ done: true }); }
    },
    abort(reason) { abortReason = reason; this.end(); },
  };
  // The smallest reader createFromReadableStream needs: chunks as the host pushes them.
  const flight = {
    getReader: () => ({
      read: () => incoming.length > 0
        ? Promise.resolve({ done: false, value: incoming.shift() })
        : ended ? Promise.resolve({ done: true, value: undefined })
        : new Promise((resolve) => { waiting = resolve; }),
      releaseLock() {},
      cancel() { return Promise.resolve(); },
    }),
  };
  renders.set(handle, render);
  void (async () => {
    const payload = (await createFromReadableStream(flight as unknown as ReadableStream<Uint8Array>, {
      serverConsumerManifest: { moduleMap, moduleLoading: null, serverModuleMap: null },
    })) as PagePayload;
    // The browser's root provides the router the same way (useRouter, usePathname answer the same during hydration).
    const page = createElement(RouterProvider, { state: { router: documentRouter, href: payload.path ?? "/", pending: false } }, payload.tree);
    const html = await renderToReadableStream(page, {
      formState: (payload.formState ?? null) as never,
      bootstrapModules: options.bootstrapModules ?? [],
      nonce: options.nonce,
      identifierPrefix: options.identifierPrefix,
      onError(error: unknown) {
        render.errors.push(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
      },
    });
    const reader = html.getReader();
    for (;;) {
      if (abortReason !== null) { await reader.cancel(abortReason); throw abortReason; }
      const { done, value } = await reader.read();
      if (done) break;
      render.output.push(value);
    }
  })().then(
    () => { render.done = true; },
    (error: unknown) => { render.failure = error ?? new Error("The render failed."); render.done = true; },
  );
  return handle;
}

function get(handle: number): Render {
  const render = renders.get(handle);
  if (!render) throw new Error(`No render ${handle}.`);
  return render;
}

// The host's entry points (called with ClearScript's engine.Invoke by name).
g.__ssr_start = start;
g.__ssr_push = (handle: number, bytes: string) => get(handle).push(fromBinary(bytes));
g.__ssr_end = (handle: number) => get(handle).end();
g.__ssr_abort = (handle: number, reason: string) => get(handle).abort(new Error(reason));
g.__ssr_timers = () => runTimers();
/** HTML produced since the last pull ("" for none yet); null once the render is complete. Throws the failure of the shell. */
g.__ssr_pull = (handle: number): string | null => {
  const render = get(handle);
  if (render.output.length > 0) {
    const text = toBinary(render.output);
    render.output.length = 0;
    return text;
  }
  if (!render.done) return "";
  renders.delete(handle);
  if (render.failure !== null) {
    const f = render.failure;
    throw f instanceof Error ? f : new Error(String(f));
  }
  return null;
};
/** Errors React reported through onError (a part that fell back to client rendering), as one JSON array; cleared. */
g.__ssr_errors = (handle: number): string => {
  const render = renders.get(handle);
  if (!render || render.errors.length === 0) return "[]";
  const errors = JSON.stringify(render.errors);
  render.errors.length = 0;
  return errors;
};
g.__ssr_console = (): string => {
  const text = JSON.stringify(consoleMessages);
  consoleMessages.length = 0;
  return text;
};
