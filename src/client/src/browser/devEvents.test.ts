import { describe, expect, it } from "vitest";
import { watchServer, type EventStream } from "./devEvents.js";

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
