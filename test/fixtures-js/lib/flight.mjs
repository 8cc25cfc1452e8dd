// Small helpers around Flight bodies: bytes -> a ReadableStream of Uint8Array chunks, and timeouts.

/** A ReadableStream over `bytes`, cut into chunks of `chunkSize` bytes (small chunks test the row parser). */
export function flightStream(bytes, chunkSize = 0) {
  const data = new Uint8Array(bytes);
  return new ReadableStream({
    start(c) {
      if (chunkSize <= 0) c.enqueue(data);
      else for (let i = 0; i < data.length; i += chunkSize) c.enqueue(data.slice(i, i + chunkSize));
      c.close();
    },
  });
}

// A hang guard, not a measurement: decoding a few kilobytes in memory takes milliseconds.
export const TIMEOUT_MS = 1500;

/** Resolves like `p`, or rejects once TIMEOUT_MS have passed (a decoded value that never settles is a failure). */
export function settle(p, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not settle within ${TIMEOUT_MS} ms`)), TIMEOUT_MS);
  });
  return Promise.race([Promise.resolve(p), timeout]).finally(() => clearTimeout(timer));
}
