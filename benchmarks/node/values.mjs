// The benchmark payloads as JS values: small ([1,2]), medium (~1 KB object), large (~100 KB with
// Map, Set, Date and bytes). Deterministic: a fixed-seed PRNG, no Date.now().
function prng(seed) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

export function small() {
  return [1, 2];
}

export function medium() {
  const r = prng(7);
  const items = [];
  for (let i = 0; i < 14; i++) {
    items.push({ id: i, title: `Note number ${i}`, done: r() > 0.5, score: Math.round(r() * 1000) / 10 });
  }
  return [{ notebook: 'Work', owner: { name: 'Ada Lovelace', email: 'ada@example.com' }, tags: ['a', 'b', 'c'], items }];
}

export function large() {
  const r = prng(42);
  const notes = [];
  for (let i = 0; i < 400; i++) {
    notes.push({
      id: i,
      title: `Note ${i} ` + 'x'.repeat(Math.floor(r() * 40)),
      created: new Date(Date.UTC(2024, 0, 1) + i * 3_600_000),
      size: BigInt(i) * 1_000_000_007n,
      // Every twentieth note has a Set (each Set is a part; the default part limit is 256).
      tags: i % 20 === 0 ? new Set(['t' + (i % 7), 't' + (i % 11)]) : ['t' + (i % 7), 't' + (i % 11)],
      meta: { pinned: r() > 0.8, ratio: r(), nothing: undefined, label: '$escaped' + i },
    });
  }
  const index = new Map();
  for (let i = 0; i < 200; i++) index.set('k' + i, { n: i, at: new Date(Date.UTC(2025, 5, 1) + i * 60_000) });
  const bytes = new Uint8Array(16 * 1024);
  for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(r() * 256);
  return [{ notes, index, blob: bytes }];
}

export const payloads = { small, medium, large };
