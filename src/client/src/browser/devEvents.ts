// Development only: the page follows the .NET host. UseServer.Pages (in Development) streams server-sent events:
// `hello` with the process's boot ID when the stream opens, `refresh` when .NET Hot Reload applied a C# edit.
// A refresh re-renders the page's tree on the server and shows it in place (refreshPage()), so client state
// survives; a hello with another boot ID means the process restarted (a rude edit under `dotnet watch`), and the
// page refreshes too. EventSource reconnects by itself after the server went away.

/** What the page does when the server changed. */
export interface DevEventActions {
  refresh(): void;
}

/** The part of EventSource used here (a test passes its own). */
export interface EventStream {
  addEventListener(type: string, listener: (event: { data: string }) => void): void;
  close(): void;
}

/** Subscribes to the host's development events at `url`; returns a function that unsubscribes. */
export function watchServer(
  url: string,
  actions: DevEventActions,
  open: (url: string) => EventStream = (u) => new EventSource(u) as unknown as EventStream,
): () => void {
  let boot: string | null = null;
  const stream = open(url);
  stream.addEventListener("hello", (event) => {
    const next = bootOf(event.data);
    if (boot !== null && next !== boot) actions.refresh();
    boot = next;
  });
  stream.addEventListener("refresh", () => actions.refresh());
  return () => stream.close();
}

function bootOf(data: string): string {
  try {
    const parsed = JSON.parse(data) as { boot?: unknown };
    return typeof parsed.boot === "string" ? parsed.boot : data;
  } catch {
    return data;
  }
}

/**
 * `dotnet watch` injects its own browser script into HTML pages; after each Hot Reload it reloads the document,
 * unless the page can refresh itself, which it asks the way Blazor's statically rendered pages answer:
 * `Blazor._internal.hotReloadApplied()` ("triggers an enhanced navigation to refresh pages that have been statically
 * rendered", in its source). A server-rendered UseServer page can (refreshPage()), so in development it answers
 * there too, and client state survives a C# edit under `dotnet watch` as it does with the events above. Never set
 * when a real Blazor is on the page.
 */
export function answerDotnetWatch(refresh: () => void, target: { Blazor?: unknown } = globalThis as { Blazor?: unknown }): void {
  if (target.Blazor !== undefined) return;
  target.Blazor = { _internal: { hotReloadApplied: refresh } };
}

/**
 * One refresh at a time: a request while one is running (the development events and `dotnet watch` both signal the
 * same update) runs one more after it, never more, so the last change is always shown.
 */
export function coalesce(run: () => Promise<void>): () => void {
  let running = false;
  let again = false;
  const start = (): void => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    void run()
      .catch((e: unknown) => console.warn("@useserver/client: refreshing the page failed", e))
      .finally(() => {
        running = false;
        if (again) {
          again = false;
          start();
        }
      });
  };
  return start;
}
