import "./webpackGlobals.js"; // First: React's client reads webpack globals when it loads.
import {
  createFromFetch,
  createServerReference as createReactServerReference,
  createTemporaryReferenceSet,
  encodeReply,
} from "react-server-dom-webpack/client.browser";
import { ACTION_HEADER, DEFAULT_PREFIX, ENVELOPE_HEADER, FLIGHT_CONTENT_TYPE, REDIRECT_HEADER, REFRESH_HEADER } from "./constants.js";
import { ServerFunctionNotFoundError } from "./errors.js";
import { pageHost, type RefreshEnvelope } from "./page.js";
import { errorFromResponse, mediaTypeOf } from "./problem.js";
import { assignLocation, isLocalPath } from "./redirect.js";
import { currentSignal } from "./signal.js";

/** A server function as seen from the client: an async function of its client arguments. */
export type ServerFunction<Args extends unknown[] = unknown[], R = unknown> = (...args: Args) => Promise<R>;

/** How a client reaches the server. Every option has a default; see each one. */
export interface ServerFunctionClientOptions {
  /** Path (or absolute URL) where the server maps its functions; default `/_serverfn`. */
  prefix?: string;
  /** The fetch implementation; default `globalThis.fetch`, looked up at each call. */
  fetch?: typeof globalThis.fetch;
  /** Extra request headers (for example an antiforgery token), or a function returning them per call. */
  headers?: HeadersInit | (() => HeadersInit);
  /** Called when the server does not know a function ID (404): the page is older than the server. Default: nothing; `() => location.reload()` is a common choice. */
  onClientOutdated?: (error: ServerFunctionNotFoundError) => void;
  /** Called with a local path when a response carries `X-UseServer-Redirect`. Default: `location.assign(path)`. */
  onRedirect?: (path: string) => void;
}

/** React's transport: sends server function `id` its arguments, resolves to the return value. */
export type CallServer = (id: string, args: unknown[]) => Promise<unknown>;

/** Options for one call. */
export interface CallOptions {
  /** Aborts the request; the call rejects with the signal's reason. */
  signal?: AbortSignal;
}

/** A configured client: React's `callServer` transport and a factory for typed references. */
export interface ServerFunctionClient {
  /** React's `callServer`: sends the arguments of server function `id`, resolves to its return value. */
  callServer(id: string, args: unknown[], options?: CallOptions): Promise<unknown>;
  /**
   * A function calling server function `id` through this client; React can also pass it to other server functions.
   * `transport` replaces this client's `callServer` (React's own `createServerReference(id, callServer)` shape,
   * which the generated stubs use).
   */
  createServerReference<T extends (...args: never[]) => Promise<unknown> = ServerFunction>(id: string, transport?: CallServer): T;
}

/** Creates a client for one server (prefix, fetch and hooks fixed at creation). */
export function createServerFunctionClient(options: ServerFunctionClientOptions = {}): ServerFunctionClient {
  return createClient(() => options);
}

/** Builds a client that reads its options at every call (the default client's can be reconfigured). */
export function createClient(getOptions: () => ServerFunctionClientOptions): ServerFunctionClient {
  async function callServer(id: string, args: unknown[], callOptions?: CallOptions): Promise<unknown> {
    // Read before the first await: withSignal's scope lasts only for the synchronous part of the call.
    const signal = callOptions?.signal ?? currentSignal();
    const options = getOptions();
    const fetchFn = options.fetch ?? globalThis.fetch;
    // Calls are independent: nothing here is shared between them, so they run in parallel.
    const temporaryReferences = createTemporaryReferenceSet();
    // The signal is not given to encodeReply: there it means "stop waiting for pending parts and send
    // what is encoded so far", not "cancel the call". fetch rejects at once if it has aborted by then.
    const body = await encodeReply(args, { temporaryReferences });
    const page = pageHost();
    const headers = requestHeaders(options, id);
    const pagePath = page?.path();
    if (page !== null && pagePath !== undefined) headers.set(REFRESH_HEADER, pagePath); // answer with the page's new tree too
    const init: RequestInit = { method: "POST", body, headers };
    if (signal !== undefined) init.signal = signal;
    let response: Response;
    try {
      response = await fetchFn(urlOf(options.prefix, id), init);
    } finally {
      page?.invalidate?.(); // whatever the function changed, pages kept for later may show it stale
    }

    const redirect = response.headers.get(REDIRECT_HEADER);
    const follow = redirect !== null && isLocalPath(redirect) ? redirect : null;
    const envelope = mediaTypeOf(response) === FLIGHT_CONTENT_TYPE && response.headers.get(ENVELOPE_HEADER) === "1";
    if (follow !== null && !envelope) (options.onRedirect ?? assignLocation)(follow);

    if (envelope) {
      // The refresh envelope: show the page's new tree, then answer the value (a promise row: rejects as a bare
      // result would). Only a page that asked gets one. After a redirect the tree is the target page's: the page
      // navigates to it without another request (or loads it, when it cannot, or the app handles redirects itself).
      const root = await createFromFetch<RefreshEnvelope>(Promise.resolve(response), { callServer, temporaryReferences });
      const hasTree = root.tree !== null && root.tree !== undefined;
      const at = root.at ?? Date.now();
      if (follow !== null) {
        const shown = options.onRedirect === undefined && hasTree && root.redirect === follow && page?.show?.(follow, root.tree, at, root.replace === true);
        if (shown !== true) (options.onRedirect ?? assignLocation)(follow);
      } else if (hasTree && pagePath !== undefined) {
        page?.apply(root.tree, at, pagePath);
      }
      return await root.value;
    }

    if (mediaTypeOf(response) === FLIGHT_CONTENT_TYPE) {
      // 200: the root row is the return value. 500: the root is an E row and this rejects with
      // React's Error (with `digest`), which is what Actions and error boundaries expect.
      return await createFromFetch<unknown>(Promise.resolve(response), { callServer, temporaryReferences });
    }
    const error = await errorFromResponse(response, id);
    if (error instanceof ServerFunctionNotFoundError) options.onClientOutdated?.(error);
    throw error;
  }

  function createServerReference<T extends (...args: never[]) => Promise<unknown> = ServerFunction>(id: string, transport?: CallServer): T {
    // React's factory registers the function, so it can itself be an argument (encoded as `$h`).
    return createReactServerReference(id, transport ?? callServer) as unknown as T;
  }

  return { callServer, createServerReference };
}

function urlOf(prefix: string | undefined, id: string): string {
  return (prefix ?? DEFAULT_PREFIX).replace(/\/+$/, "") + "/" + encodeURIComponent(id);
}

function requestHeaders(options: ServerFunctionClientOptions, id: string): Headers {
  const extra = typeof options.headers === "function" ? options.headers() : options.headers;
  const headers = new Headers(extra);
  // Set after the app's headers: the contract's headers are not the app's to change. No Content-Type:
  // fetch derives it from the body (text/plain for a string, multipart/form-data for FormData).
  headers.set("Accept", FLIGHT_CONTENT_TYPE);
  headers.set(ACTION_HEADER, id);
  return headers;
}
