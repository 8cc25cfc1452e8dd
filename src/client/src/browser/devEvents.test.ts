import { describe, expect, it } from "vitest";
import { answerDotnetWatch, coalesce, watchServer, type EventStream } from "./devEvents.js";

class FakeStream implements EventStream {
  readonly listeners = new Map<string, Array<(event: { data: string }) => void>>();
  closed = false;
  addEventListener(type: string, listener: (event: { data: string }) => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  close(): void {
    this.closed = true;
  }
  emit(type: string, data: string): void {
    for (const listener of this.listeners.get(type) ?? []) listener({ data });
  }
}

function subscribe() {
  const stream = new FakeStream();
  let refreshes = 0;
  let opened = "";
  const stop = watchServer("/_useserver/dev/events", { refresh: () => refreshes++ }, (url) => {
    opened = url;
    return stream;
  });
  return { stream, stop, refreshes: () => refreshes, opened: () => opened };
}

describe("following the .NET host in development", () => {
  it("refreshes on a refresh event (a hot reload), not on the first hello", () => {
    const s = subscribe();
    s.stream.emit("hello", JSON.stringify({ boot: "a" }));
    expect(s.refreshes()).toBe(0);

    s.stream.emit("refresh", "{}");

    expect(s.opened()).toBe("/_useserver/dev/events");
    expect(s.refreshes()).toBe(1);
  });

  it("refreshes when a reconnect greets with another boot ID (the process restarted), not with the same one", () => {
    const s = subscribe();
    s.stream.emit("hello", JSON.stringify({ boot: "a" }));
    s.stream.emit("hello", JSON.stringify({ boot: "a" }));
    expect(s.refreshes()).toBe(0);

    s.stream.emit("hello", JSON.stringify({ boot: "b" }));

    expect(s.refreshes()).toBe(1);
  });

  it("closes the stream when stopped", () => {
    const s = subscribe();
    s.stop();
    expect(s.stream.closed).toBe(true);
  });
});

describe("answering dotnet watch's browser script", () => {
  it("offers the page's own refresh where the script looks for one, unless Blazor is there", () => {
    const target: { Blazor?: unknown } = {};
    let refreshed = 0;
    answerDotnetWatch(() => refreshed++, target);

    (target.Blazor as { _internal: { hotReloadApplied(): void } })._internal.hotReloadApplied();
    expect(refreshed).toBe(1);

    const blazor = { real: true };
    const withBlazor: { Blazor?: unknown } = { Blazor: blazor };
    answerDotnetWatch(() => refreshed++, withBlazor);
    expect(withBlazor.Blazor).toBe(blazor);
  });
});

describe("coalescing refreshes", () => {
  it("runs one at a time and one more for every burst that arrived meanwhile", async () => {
    let runs = 0;
    let finish: () => void = () => {};
    const refresh = coalesce(() => {
      runs++;
      return new Promise<void>((resolve) => {
        finish = resolve;
      });
    });

    refresh();
    refresh();
    refresh();
    expect(runs).toBe(1);

    finish();
    await new Promise((r) => setTimeout(r, 0));
    expect(runs).toBe(2);

    finish();
    await new Promise((r) => setTimeout(r, 0));
    expect(runs).toBe(2);
  });
});
