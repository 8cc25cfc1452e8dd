// Installs the polyfills on globalThis where the engine has none (bare V8 under ClearScript); a host that has the
// real APIs (Node, a browser, a test) keeps them.
import { BlobPolyfill, FormDataPolyfill } from "./formdata.js";
import { ReadableStreamPolyfill } from "./streams.js";
import { Utf8Decoder, Utf8Encoder } from "./text.js";
import { clearTimeoutPolyfill, queueMicrotaskPolyfill, setTimeoutPolyfill } from "./timers.js";

const g = globalThis as Record<string, unknown>;

function define(name: string, value: unknown): void {
  if (typeof g[name] === "undefined") g[name] = value;
}

define("self", globalThis);
define("TextEncoder", Utf8Encoder);
define("TextDecoder", Utf8Decoder);
define("setTimeout", setTimeoutPolyfill);
define("clearTimeout", clearTimeoutPolyfill);
define("setImmediate", (callback: () => void) => setTimeoutPolyfill(callback, 0));
define("clearImmediate", clearTimeoutPolyfill);
define("queueMicrotask", queueMicrotaskPolyfill);
define("ReadableStream", ReadableStreamPolyfill);
define("FormData", FormDataPolyfill);
define("Blob", BlobPolyfill);
define("performance", { now: () => Date.now(), timeOrigin: Date.now() });

/** What React logged during renders (console has no host here); the renderer drains it into the app's logs. */
export const consoleMessages: Array<[level: string, text: string]> = [];
const record = (level: string) => (...args: unknown[]) => {
  if (consoleMessages.length < 100) consoleMessages.push([level, args.map((a) => (a instanceof Error ? `${a.name}: ${a.message}` : String(a))).join(" ")]);
};
define("console", { log: record("info"), info: record("info"), warn: record("warn"), error: record("error"), debug: record("debug") });
