// The probe page's script (ProbePage.cs bundles it with esbuild into the published app's wwwroot/probe/): the real
// npm client (@useserver/client, compiled from src/client) and the generated stubs of the build it is bundled against
// (samples/Notes/ClientApp/src/server-functions), driven by the browser tests through window.probe. It stands in for a
// page that calls these functions: the sample's own page never calls the diagnostics functions.
import { configureServerFunctions, withSignal } from "@useserver/client";
import { buildVersion, echo, greet, hold } from "@notes/server-functions";

// An out-of-date page reloads itself, as an app does with this hook; the count survives the reload.
configureServerFunctions({
  onClientOutdated: () => {
    sessionStorage.setItem("reloads", String(Number(sessionStorage.getItem("reloads") ?? "0") + 1));
    location.reload();
  },
});

const controllers = new Map<string, AbortController>();

function settle(promise: Promise<unknown>): Promise<string> {
  return promise.then(
    (value) => "ok:" + String(value),
    (error: unknown) => "error:" + (error instanceof Error ? error.name + ":" + error.message : String(error)),
  );
}

const probe = {
  reloads: (): number => Number(sessionStorage.getItem("reloads") ?? "0"),
  buildVersion: (): Promise<string> => settle(buildVersion()),
  echo: (text: string): Promise<string> => settle(echo(text)),
  // Build 1's stub takes (name); build 2's (name, times): the test passes what the page's build expects.
  greet: (...args: unknown[]): Promise<string> => settle((greet as (...a: unknown[]) => Promise<string>)(...args)),
  /** Starts a held call; `abort(tag)` cancels it through the client's signal option (withSignal). */
  holdWithSignal(tag: string, milliseconds: number): Promise<string> {
    const controller = new AbortController();
    controllers.set(tag, controller);
    return settle(withSignal(hold, controller.signal)(tag, milliseconds));
  },
  /** Starts a held call with a plain fetch (the wire contract by hand) that `abort(tag)` cancels. */
  holdWithFetch(tag: string, milliseconds: number): Promise<string> {
    const controller = new AbortController();
    controllers.set(tag, controller);
    const response = fetch("/_serverfn/diagnostics.hold", {
      method: "POST",
      body: JSON.stringify([tag, milliseconds]),
      headers: { Accept: "text/x-component", "X-UseServer-Action": "diagnostics.hold" },
      signal: controller.signal,
    });
    return settle(response.then((r) => r.text()));
  },
  /** Starts a held call that nothing aborts (the tab closes under it). */
  hold: (tag: string, milliseconds: number): Promise<string> => settle(hold(tag, milliseconds)),
  abort(tag: string): void {
    controllers.get(tag)?.abort();
  },
};

(globalThis as unknown as { probe: typeof probe }).probe = probe;
document.body.dataset.probe = "ready";
