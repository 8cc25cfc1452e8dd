// UTF-8 TextEncoder/TextDecoder for bare V8 (no Web APIs). react-dom/server encodes every piece of HTML it writes,
// so encode() is on the hot path: it measures first and fills an exact buffer, with an ASCII fast path. The decoder
// keeps an incomplete multi-byte sequence between `decode(chunk, { stream: true })` calls, which React's Flight client
// relies on for rows split across chunks.

function utf8Length(input: string): number {
  let length = input.length;
  for (let i = 0; i < input.length; i++) {
    const code = input.charCodeAt(i);
    if (code < 0x80) continue;
    if (code < 0x800) length += 1;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < input.length && (input.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      length += 2; // a surrogate pair: 4 bytes for 2 units
      i++;
    } else length += 2;
  }
  return length;
}

function encodeInto(input: string, out: Uint8Array): { read: number; written: number } {
  let o = 0;
  let i = 0;
  for (; i < input.length; i++) {
    let code = input.charCodeAt(i);
    if (code < 0x80) {
      if (o >= out.length) break;
      out[o++] = code;
      continue;
    }
    let units = 1;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < input.length && (input.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      code = 0x10000 + ((code - 0xd800) << 10) + (input.charCodeAt(i + 1) - 0xdc00);
      units = 2;
    } else if (code >= 0xd800 && code <= 0xdfff) code = 0xfffd; // a lone surrogate
    const size = code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    if (o + size > out.length) break;
    if (size === 2) out[o++] = 0xc0 | (code >> 6);
    else if (size === 3) { out[o++] = 0xe0 | (code >> 12); out[o++] = 0x80 | ((code >> 6) & 0x3f); }
    else { out[o++] = 0xf0 | (code >> 18); out[o++] = 0x80 | ((code >> 12) & 0x3f); out[o++] = 0x80 | ((code >> 6) & 0x3f); }
    if (size > 1) out[o++] = 0x80 | (code & 0x3f);
    i += units - 1;
  }
  return { read: i, written: o };
}

export class Utf8Encoder {
  readonly encoding = "utf-8";

  encode(input = ""): Uint8Array {
    const out = new Uint8Array(utf8Length(input));
    encodeInto(input, out);
    return out;
  }

  encodeInto(input: string, destination: Uint8Array): { read: number; written: number } {
    return encodeInto(input, destination);
  }
}

const CHUNK = 8192;

export class Utf8Decoder {
  readonly encoding = "utf-8";
  private pending: Uint8Array | null = null;

  decode(input?: ArrayBuffer | ArrayBufferView, options?: { stream?: boolean }): string {
    let bytes =
      input === undefined ? new Uint8Array(0)
      : input instanceof Uint8Array ? input
      : ArrayBuffer.isView(input) ? new Uint8Array(input.buffer, input.byteOffset, input.byteLength)
      : new Uint8Array(input);
    if (this.pending !== null) {
      const joined = new Uint8Array(this.pending.length + bytes.length);
      joined.set(this.pending);
      joined.set(bytes, this.pending.length);
      bytes = joined;
      this.pending = null;
    }
    let ascii = bytes.length;
    for (let k = 0; k < bytes.length; k++) {
      if (bytes[k]! >= 0x80) {
        ascii = k;
        break;
      }
    }
    if (ascii === bytes.length) return fromCodes(bytes, bytes.length); // all ASCII: the bytes are the code units
    const units = new Uint16Array(bytes.length);
    units.set(bytes.subarray(0, ascii));
    let u = ascii;
    let i = ascii;
    while (i < bytes.length) {
      const b = bytes[i]!;
      if (b < 0x80) { units[u++] = b; i++; continue; }
      const need = b >= 0xf0 && b <= 0xf4 ? 3 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xc2 && b < 0xe0 ? 1 : -1;
      if (need < 0) { units[u++] = 0xfffd; i++; continue; }
      if (i + need >= bytes.length) {
        if (options?.stream) { this.pending = bytes.slice(i); break; }
        units[u++] = 0xfffd;
        break;
      }
      let code = b & (0x3f >> need);
      let ok = true;
      for (let k = 1; k <= need; k++) {
        const c = bytes[i + k]!;
        if ((c & 0xc0) !== 0x80) { ok = false; break; }
        code = (code << 6) | (c & 0x3f);
      }
      if (!ok) { units[u++] = 0xfffd; i++; continue; }
      i += need + 1;
      if (code >= 0x10000) { code -= 0x10000; units[u++] = 0xd800 + (code >> 10); units[u++] = 0xdc00 + (code & 0x3ff); }
      else units[u++] = code;
    }
    return fromCodes(units, u);
  }
}

function fromCodes(codes: Uint8Array | Uint16Array, length: number): string {
  let text = "";
  for (let start = 0; start < length; start += CHUNK) {
    text += String.fromCharCode.apply(null, codes.subarray(start, Math.min(length, start + CHUNK)) as unknown as number[]);
  }
  return text;
}
