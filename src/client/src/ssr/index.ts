// The server-rendering runtime (@useserver/client/ssr): bundled by the Vite plugin with react-dom/server (edge),
// React's Flight client (edge) and every "use client" module into one classic script that the .NET host runs in
// embedded V8. The host feeds the page's Flight stream in and takes React's HTML out through one exchange buffer
// (a Uint8Array the host reads and writes in place): no string conversion per byte in either direction.
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

/** The exchange buffer's first size, and the largest it stays between steps (a huge page's buffer is not kept). */
const ExchangeInitial = 64 * 1024;
const ExchangeKept = 1024 * 1024;

/** The exchange buffer: the host writes Flight bytes into it before a step and reads HTML out of it after one. */
let exchange = new Uint8Array(ExchangeInitial);

/** The exchange buffer, replaced by a larger one first if it holds fewer than `minimum` bytes. */
function exchangeBuffer(minimum: number): Uint8Array {
  if (exchange.length < minimum) {
    let size = exchange.length;
    while (size < minimum) size *= 2;
    exchange = new Uint8Array(size);
  }
  return exchange;
}

// What a step reports besides the byte count (result = bytes * StepScale + flags; StepDone alone when the render is over).
const StepDone = -1;
const StepScale = 8;
/** Work may remain: bytes were pushed or timers ran, and the microtasks they queue run once the step returns. */
const StepActive = 1;
/** React reported recoverable errors (`__ssr_errors` collects them). */
const StepErrors = 2;
/** The exchange buffer was replaced (to hold the HTML, or smaller after a huge page): the host fetches it again (`__ssr_exchange`). */
const StepReplaced = 4;

/**
 * One round of the host's pump: pushes `length` bytes of Flight from the exchange buffer (then the end, if `end`),
 * runs the timers React queued, and moves the HTML React produced since the last step into the exchange buffer.
 */
function step(handle: number, length: number, end: boolean): number {
  const render = get(handle);
  const given = exchange;
  let flags = 0;
  if (length > 0) {
    render.push(exchange.slice(0, length));
    flags |= StepActive;
  }
  if (end) {
    render.end();
    flags |= StepActive;
  }
  if (runTimers() > 0) flags |= StepActive;
  if (render.errors.length > 0) flags |= StepErrors;
  let bytes = 0;
  if (render.output.length > 0) {
    for (const chunk of render.output) bytes += chunk.length;
    const target = exchangeBuffer(bytes);
    let offset = 0;
    for (const chunk of render.output) {
      target.set(chunk, offset);
      offset += chunk.length;
    }
    render.output.length = 0;
  } else if (render.done) {
    // Errors React reported in the last round go to the host (it collects them and steps again) before the render ends.
    if (render.errors.length > 0) return flags | StepActive;
    renders.delete(handle);
    if (render.failure !== null) {
      const f = render.failure;
      throw f instanceof Error ? f : new Error(String(f));
    }
    return StepDone;
  }
  // Nothing to hand over (and the render goes on, so the host hears of it): give back what one huge page needed.
  if (bytes === 0 && exchange.length > ExchangeKept) exchange = new Uint8Array(ExchangeInitial);
  if (exchange !== given) flags |= StepReplaced;
  return bytes * StepScale + flags;
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
g.__ssr_abort = (handle: number, reason: string) => get(handle).abort(new Error(reason));
g.__ssr_exchange = exchangeBuffer;
g.__ssr_step = step;
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
