// The surface of the npm client (src/client, "@useserver/client") that the generated stubs use. The tests
// compile against this declaration so they do not depend on the client's build; the real package must
// export the same two names with compatible types.

/** Sends a server function call: React's `callServer(id, args)` contract. */
export type CallServer = (id: string, args: unknown[]) => Promise<unknown>;

/** The client's `callServer`. */
export declare const callServer: CallServer;

/** Creates a typed server reference (React's `createServerReference(id, callServer)`), typed by the generator. */
export declare function createServerReference<T extends (...args: never[]) => Promise<unknown>>(id: string, callServer: CallServer): T;
