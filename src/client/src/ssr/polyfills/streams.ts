// The part of WHATWG streams React's edge builds use: react-dom/server's renderToReadableStream creates a
// ReadableStream ({ type: "bytes", pull, cancel }, highWaterMark 0) and enqueues into its controller; the Flight
// client reads with getReader().read(). One reader, a queue, pull when a read waits on an empty queue.

type Source<T> = {
  start?: (controller: Controller<T>) => unknown;
  pull?: (controller: Controller<T>) => unknown;
  cancel?: (reason: unknown) => unknown;
  type?: string;
};

type Controller<T> = {
  enqueue(chunk: T): void;
  close(): void;
  error(reason: unknown): void;
  readonly desiredSize: number;
  readonly byobRequest: null;
};

type ReadResult<T> = { done: false; value: T } | { done: true; value: undefined };

export class ReadableStreamPolyfill<T = Uint8Array> {
  private readonly queue: T[] = [];
  private readonly waiting: Array<{ resolve: (r: ReadResult<T>) => void; reject: (e: unknown) => void }> = [];
  private state: "readable" | "closed" | "errored" = "readable";
  private failure: unknown;
  private pulling = false;
  private readonly controller: Controller<T>;
  locked = false;

  constructor(private readonly source: Source<T> = {}) {
    const self = this;
    this.controller = {
      enqueue(chunk: T) {
        if (self.state !== "readable") return;
        const waiter = self.waiting.shift();
        if (waiter) waiter.resolve({ done: false, value: chunk });
        else self.queue.push(chunk);
      },
      close() {
        if (self.state !== "readable") return;
        self.state = "closed";
        for (const w of self.waiting.splice(0)) w.resolve({ done: true, value: undefined });
      },
      error(reason: unknown) {
        if (self.state !== "readable") return;
        self.state = "errored";
        self.failure = reason;
        for (const w of self.waiting.splice(0)) w.reject(reason);
      },
      get desiredSize() { return self.queue.length > 0 ? 0 : 1; },
      byobRequest: null,
    };
    const started = source.start?.(this.controller);
    if (started && typeof (started as Promise<unknown>).then === "function") (started as Promise<unknown>).catch((e) => this.controller.error(e));
  }

  getReader() {
    if (this.locked) throw new TypeError("ReadableStream is locked");
    this.locked = true;
    return {
      read: (): Promise<ReadResult<T>> => this.read(),
      releaseLock: () => { this.locked = false; },
      cancel: (reason?: unknown) => this.cancel(reason),
      closed: new Promise<void>(() => {}),
    };
  }

  cancel(reason?: unknown): Promise<void> {
    this.queue.length = 0;
    this.controller.close();
    return Promise.resolve(this.source.cancel?.(reason)).then(() => undefined);
  }

  private read(): Promise<ReadResult<T>> {
    if (this.queue.length > 0) return Promise.resolve({ done: false, value: this.queue.shift() as T });
    if (this.state === "closed") return Promise.resolve({ done: true, value: undefined });
    if (this.state === "errored") return Promise.reject(this.failure);
    const result = new Promise<ReadResult<T>>((resolve, reject) => this.waiting.push({ resolve, reject }));
    if (this.source.pull && !this.pulling) {
      this.pulling = true;
      try {
        const pulled = this.source.pull(this.controller);
        if (pulled && typeof (pulled as Promise<unknown>).then === "function") {
          (pulled as Promise<unknown>).then(() => { this.pulling = false; }, (e) => { this.pulling = false; this.controller.error(e); });
        } else this.pulling = false;
      } catch (e) {
        this.pulling = false;
        this.controller.error(e);
      }
    }
    return result;
  }
}
