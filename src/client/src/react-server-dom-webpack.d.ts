// Types for the part of React's browser Flight client this package uses. The package ships no types
// and there is no @types package; signatures are from react-server-dom-webpack 19.3.1
// (cjs/react-server-dom-webpack-client.browser.*.js) and docs/protocol.md.
// Kept out of the public .d.ts files: nothing exported from this package mentions these types.
declare module "react-server-dom-webpack/client.browser" {
  /** React's transport hook: `createServerReference` and decoded references call it with the argument list. */
  export type CallServerCallback = (id: string, args: unknown[]) => Promise<unknown>;

  /** Client-only values sent as `$T` and read back from `$T<path>` (a Map keyed by reference path). */
  export type TemporaryReferenceSet = Map<string, unknown>;

  export function createTemporaryReferenceSet(): TemporaryReferenceSet;

  /** Resolves to a string (one JSON root) or FormData (outlined parts). */
  export function encodeReply(
    value: unknown,
    options?: { temporaryReferences?: TemporaryReferenceSet; signal?: AbortSignal },
  ): Promise<string | FormData>;

  /** Reads the body as Flight; does not look at the HTTP status or content type. Resolves to the root row. */
  export function createFromFetch<T>(
    promiseForResponse: Promise<Response>,
    options?: { callServer?: CallServerCallback; temporaryReferences?: TemporaryReferenceSet },
  ): PromiseLike<T>;

  /** Reads a Flight stream (the page payload inlined in the HTML). Resolves to the root row. */
  export function createFromReadableStream<T>(
    stream: ReadableStream<Uint8Array>,
    options?: { callServer?: CallServerCallback },
  ): PromiseLike<T>;

  /** Returns `(...args) => callServer(id, args)`, registered so it can itself be passed to a server function. */
  export function createServerReference(id: string, callServer: CallServerCallback): (...args: unknown[]) => Promise<unknown>;
}

// The edge Flight client, which the server-rendering bundle uses (its server references carry $$FORM_ACTION).
declare module "react-server-dom-webpack/client.edge" {
  export function createFromReadableStream<T>(
    stream: ReadableStream<Uint8Array>,
    options: {
      serverConsumerManifest: { moduleMap: unknown; moduleLoading: unknown; serverModuleMap: unknown };
      nonce?: string;
    },
  ): PromiseLike<T>;

  export function createServerReference(id: string, callServer: (id: string, args: unknown[]) => Promise<unknown>): (...args: unknown[]) => Promise<unknown>;
}

// react-dom's streaming server renderer for edge runtimes (Web streams), in the server-rendering bundle.
declare module "react-dom/server.edge" {
  export function renderToReadableStream(
    children: unknown,
    options?: {
      formState?: unknown;
      bootstrapModules?: string[];
      nonce?: string | undefined;
      identifierPrefix?: string | undefined;
      onError?: (error: unknown) => string | void;
    },
  ): Promise<ReadableStream<Uint8Array>>;
}
