// UTF-8 TextEncoder/TextDecoder for bare V8 (no Web APIs). The decoder keeps an incomplete multi-byte sequence
// between `decode(chunk, { stream: true })` calls, which React's Flight client relies on for split rows.

export class Utf8Encoder {
  readonly encoding = "utf-8";

  encode(input = ""): Uint8Array {
    const out: number[] = [];
    for (let i = 0; i < input.length; i++) {
      let code = input.charCodeAt(i);
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < input.length) {
        const next = input.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) {
          code = 0x10000 + ((code - 0xd800) << 10) + (next - 0xdc00);
          i++;
        }
      }
      if (code >= 0xd800 && code <= 0xdfff) code = 0xfffd; // a lone surrogate
      if (code < 0x80) out.push(code);
      else if (code < 0x800) out.push(0xc0 | (code >> 6), 0x80 | (code & 0x3f));
      else if (code < 0x10000) out.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f));
      else out.push(0xf0 | (code >> 18), 0x80 | ((code >> 12) & 0x3f), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f));
    }
    return new Uint8Array(out);
  }

  encodeInto(input: string, destination: Uint8Array): { read: number; written: number } {
    const bytes = this.encode(input);
    if (bytes.length > destination.length) throw new RangeError("encodeInto: destination too small");
    destination.set(bytes);
    return { read: input.length, written: bytes.length };
  }
}

export class Utf8Decoder {
  readonly encoding = "utf-8";
  private pending: number[] = [];

  decode(input?: ArrayBuffer | ArrayBufferView, options?: { stream?: boolean }): string {
    const bytes =
      input === undefined ? new Uint8Array(0)
      : input instanceof Uint8Array ? input
      : ArrayBuffer.isView(input) ? new Uint8Array(input.buffer, input.byteOffset, input.byteLength)
      : new Uint8Array(input);
    const all = this.pending.length > 0 ? Uint8Array.from([...this.pending, ...bytes]) : bytes;
    this.pending = [];
    let text = "";
    const units: number[] = [];
    let i = 0;
    while (i < all.length) {
      const b = all[i]!;
      const need = b < 0x80 ? 0 : b >= 0xf0 && b <= 0xf4 ? 3 : b >= 0xe0 ? 2 : b >= 0xc2 && b < 0xe0 ? 1 : -1;
      if (need < 0) { units.push(0xfffd); i++; continue; }
      if (i + need >= all.length && need > 0) {
        if (options?.stream) { this.pending = Array.from(all.subarray(i)); break; }
        units.push(0xfffd); i = all.length; break;
      }
      let code = need === 0 ? b : b & (0x3f >> need);
      let ok = true;
      for (let k = 1; k <= need; k++) {
        const c = all[i + k]!;
        if ((c & 0xc0) !== 0x80) { ok = false; break; }
        code = (code << 6) | (c & 0x3f);
      }
      if (!ok) { units.push(0xfffd); i++; continue; }
      i += need + 1;
      if (code >= 0x10000) { code -= 0x10000; units.push(0xd800 + (code >> 10), 0xdc00 + (code & 0x3ff)); }
      else units.push(code);
      if (units.length >= 4096) { text += String.fromCharCode(...units); units.length = 0; }
    }
    return text + String.fromCharCode(...units);
  }
}
