import { afterEach } from "vitest";
import { startServer, type Handler, type LoopbackServer } from "./loopbackServer.js";

/** Starts a loopback server for the current test and closes it after the test. Call at module level. */
export function useServerPerTest(): (handler: Handler) => Promise<LoopbackServer> {
  const started: LoopbackServer[] = [];
  afterEach(async () => {
    await Promise.all(started.splice(0).map((s) => s.close()));
  });
  return async (handler) => {
    const server = await startServer(handler);
    started.push(server);
    return server;
  };
}
