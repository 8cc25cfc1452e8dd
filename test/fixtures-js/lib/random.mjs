// Deterministic random JS values for the property-based round trip: randomValue(seed, index) returns a
// FRESH value every call (the same seed and index always give the same shape and contents). Values mix
// every kind encodeReply supports, nest up to 4 levels, and share or cycle plain objects, arrays, Maps,
// Sets and typed arrays that sit in synchronous positions (async contents are never shared, because
// the order in which encodeReply writes them is not fixed).

function mulberry32(a) {
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const STRINGS = ['', 'a', 'hello', '$', '$$', '$x', '$1', '$@1', '$Q1', '$D2020-01-01T00:00:00.000Z', '$undefined', '$n1', '@x', 'h\u00e9llo', '\u{1F600}', 'line\nbreak', 'tab\t"quote"\\', '2020-01-01T00:00:00.000Z', '\u2028', ' ', 'x'.repeat(1100)];
const NUMBERS = [0, -0, 1, -1, 1.5, -2.25, NaN, Infinity, -Infinity, 1e21, 1e-7, 2 ** 53, -(2 ** 31), Number.MAX_VALUE, Number.MIN_VALUE, 0.1 + 0.2];
const KEYS = ['a', 'b', 'c', 'key', '$k', '$', 'then', 'constructor', 'toString', 'value', '0', '10', 'é', 'with space', ''];
const TYPED = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array, BigInt64Array, BigUint64Array];
const TYPES = ['', 'text/plain', 'application/octet-stream', 'image/png'];

function makeGenerator(seed, index) {
  const rnd = mulberry32(((seed * 0x9e3779b1) ^ (index * 0x85ebca6b)) >>> 0);
  const int = (n) => Math.floor(rnd() * n);
  const pick = (xs) => xs[int(xs.length)];
  const bytes = (n) => Uint8Array.from({ length: n }, () => int(256));
  const shareable = [];

  function leaf() {
    switch (int(11)) {
      case 0: case 1: return pick(STRINGS);
      case 2: return int(3) === 0 ? String.fromCharCode(...Array.from({ length: int(12) }, () => 32 + int(0x2000))) : `s${int(1000)}`;
      case 3: return pick(NUMBERS);
      case 4: return int(2) ? int(100000) - 50000 : (rnd() - 0.5) * 10 ** int(30);
      case 5: return BigInt(int(2) ? -1 : 1) * BigInt(`${1 + int(9)}${'0123456789'.slice(0, int(10))}`) ** BigInt(1 + int(4));
      case 6: return pick([true, false, null, undefined]);
      case 7: return int(8) === 0 ? new Date(NaN) : new Date(pick([0, -1, 8.64e15, -8.64e15, int(2 ** 31) * 1000 + int(1000)]));
      case 8: {
        const T = pick(TYPED);
        const n = int(4);
        const buf = bytes(n * T.BYTES_PER_ELEMENT).buffer;
        return int(6) === 0 ? buf : int(6) === 0 ? new DataView(buf) : new T(buf);
      }
      case 9: return int(2) ? new Blob([bytes(int(6))], { type: pick(TYPES) }) : new File([bytes(int(6))], pick(['a.txt', 'f', 'é.bin']), { type: pick(TYPES) });
      default: return pick(STRINGS);
    }
  }

  function value(depth, sync) {
    if (sync && shareable.length && int(10) === 0) return pick(shareable);
    if (depth >= 4 || int(3) === 0) return leaf();
    const n = int(4);
    const items = (async_ = false) => Array.from({ length: n }, () => value(depth + 1, sync && !async_));
    switch (int(12)) {
      case 0: case 1: {
        const a = [];
        if (sync) shareable.push(a);
        for (let i = 0; i < n; i++) a.push(value(depth + 1, sync));
        return a;
      }
      case 2: case 3: {
        const o = {};
        if (sync) shareable.push(o);
        for (let i = 0; i < n; i++) o[pick(KEYS)] = value(depth + 1, sync);
        return o;
      }
      case 4: {
        const m = new Map(Array.from({ length: n }, () => [int(2) ? leafKey() : value(depth + 1, sync), value(depth + 1, sync)]));
        if (sync) shareable.push(m);
        return m;
      }
      case 5: {
        const s = new Set(items());
        if (sync) shareable.push(s);
        return s;
      }
      case 6: {
        const fd = new FormData();
        for (let i = 0; i < n; i++) {
          fd.append(pick(KEYS), int(3) ? pick(STRINGS) : new File([bytes(int(5))], pick(['a.txt', 'b']), { type: pick(TYPES) }));
        }
        return fd;
      }
      case 7: return Promise.resolve(value(depth + 1, false));
      case 8: {
        const xs = items();
        return (function* gen() { yield* xs; })();
      }
      case 9: {
        const xs = items(true);
        const ret = int(2) ? undefined : value(depth + 1, false);
        return int(2)
          ? (async function* gen() { for (const x of xs) yield x; return ret; })()
          : { async *[Symbol.asyncIterator]() { for (const x of xs) yield x; } };
      }
      case 10: {
        const xs = items(true);
        return new ReadableStream({ start(c) { for (const x of xs) c.enqueue(x); c.close(); } });
      }
      default: {
        const chunks = Array.from({ length: 1 + n }, () => bytes(1 + int(4)));
        return new ReadableStream({ type: 'bytes', start(c) { for (const x of chunks) c.enqueue(x); c.close(); } });
      }
    }
  }

  const leafKey = () => pick([pick(STRINGS), pick(NUMBERS), BigInt(int(1000)), null, undefined, true]);
  return () => value(0, true);
}

/** A fresh random value for (seed, index). */
export function randomValue(seed, index) {
  return makeGenerator(seed, index)();
}
