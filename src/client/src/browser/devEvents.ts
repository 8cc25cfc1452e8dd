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
