// Per-call cancellation for functions whose signature is fixed by their server-side declaration.
//
// A server reference is `(...args) => callServer(id, args)`: there is no slot for an AbortSignal, and
// browsers have no async-context to carry one. But React's references call `callServer`
// synchronously, and `callServer` reads the signal before its first `await`, so a signal set for
// the duration of a synchronous call reaches exactly the calls that call starts.

let scopedSignal: AbortSignal | undefined;

/** The signal set by {@link withSignal} for the synchronous call in progress, if any. */
export function currentSignal(): AbortSignal | undefined {
  return scopedSignal;
}

/**
 * Returns a function with the same signature as `serverFunction` whose calls are cancelled when
 * `signal` aborts: the HTTP request is aborted and the returned promise rejects with the signal's
 * reason (an `AbortError` by default).
 *
 * ```ts
 * const controller = new AbortController();
 * const results = await withSignal(search, controller.signal)("query");
 * ```
 *
 * Works for references from `createServerReference` and for references React decodes from a
 * Flight payload (server components). Aborting stops the client waiting; whether the server stops
 * depends on the function honouring its `CancellationToken`.
 */
export function withSignal<T extends (...args: never[]) => Promise<unknown>>(serverFunction: T, signal: AbortSignal): T {
  const call = serverFunction as unknown as (...args: unknown[]) => Promise<unknown>;
  const withScopedSignal = (...args: unknown[]): Promise<unknown> => {
    const outer = scopedSignal;
    scopedSignal = signal;
    try {
      return call(...args);
    } finally {
      scopedSignal = outer;
    }
  };
  return withScopedSignal as unknown as T;
}
