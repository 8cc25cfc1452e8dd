// FormData and Blob for bare V8. React's Flight client encodes a bound server reference's arguments into FormData
// when react-dom/server renders a server-function form ($$FORM_ACTION, docs/protocol.md, "No-JS form posts"): without it, forms lose
// their no-JS encoding. Blob covers binary arguments in those encodings.

export class BlobPolyfill {
  readonly type: string;
  private readonly bytes: Uint8Array;

  constructor(parts: ReadonlyArray<ArrayBuffer | ArrayBufferView | string | BlobPolyfill> = [], options?: { type?: string }) {
    this.type = options?.type ?? "";
    const chunks = parts.map((p) =>
      typeof p === "string" ? new (globalThis as unknown as { TextEncoder: new () => { encode(s: string): Uint8Array } }).TextEncoder().encode(p)
      : p instanceof BlobPolyfill ? p.bytes
      : ArrayBuffer.isView(p) ? new Uint8Array(p.buffer, p.byteOffset, p.byteLength)
      : new Uint8Array(p));
    const size = chunks.reduce((n, c) => n + c.length, 0);
    this.bytes = new Uint8Array(size);
    let offset = 0;
    for (const c of chunks) { this.bytes.set(c, offset); offset += c.length; }
  }

  get size(): number { return this.bytes.length; }

  arrayBuffer(): Promise<ArrayBuffer> { return Promise.resolve(this.bytes.slice().buffer); }

  slice(start?: number, end?: number, type?: string): BlobPolyfill {
    return new BlobPolyfill([this.bytes.slice(start, end)], type === undefined ? {} : { type });
  }
}

type Entry = [string, string | BlobPolyfill];

export class FormDataPolyfill {
  private entries_: Entry[] = [];

  append(name: string, value: string | BlobPolyfill): void { this.entries_.push([String(name), typeof value === "string" ? value : value]); }
  set(name: string, value: string | BlobPolyfill): void { this.delete(name); this.append(name, value); }
  delete(name: string): void { this.entries_ = this.entries_.filter(([k]) => k !== name); }
  get(name: string): string | BlobPolyfill | null { return this.entries_.find(([k]) => k === name)?.[1] ?? null; }
  getAll(name: string): Array<string | BlobPolyfill> { return this.entries_.filter(([k]) => k === name).map(([, v]) => v); }
  has(name: string): boolean { return this.entries_.some(([k]) => k === name); }
  forEach(callback: (value: string | BlobPolyfill, key: string, parent: FormDataPolyfill) => void, thisArg?: unknown): void {
    for (const [k, v] of [...this.entries_]) callback.call(thisArg, v, k, this);
  }
  entries(): IterableIterator<Entry> { return [...this.entries_][Symbol.iterator](); }
  keys(): IterableIterator<string> { return this.entries_.map(([k]) => k)[Symbol.iterator](); }
  values(): IterableIterator<string | BlobPolyfill> { return this.entries_.map(([, v]) => v)[Symbol.iterator](); }
  [Symbol.iterator](): IterableIterator<Entry> { return this.entries(); }
}
