// Loopback load on the Notes page with 100 notes: the C# page (HTML, and its Flight payload for client
// navigation) and the same page on Next.js 16 (HTML, and its RSC payload), measured alternately in one run so the
// ratios compare like with like. Each response is checked first (200, 100 note items, the same data-testid hooks in
// both HTML bodies). Bounded: SECONDS per measurement (default 10), every phase twice.
// usage: node pages.mjs http://127.0.0.1:CSHARP_PORT http://127.0.0.1:NEXT_PORT [seconds] [connections]
import autocannon from "autocannon";

const [csharp, next] = process.argv.slice(2, 4);
const seconds = Number(process.argv[4] || 10);
const connections = Number(process.argv[5] || 16);
if (!csharp || !next) throw new Error("usage: node pages.mjs CSHARP_URL NEXT_URL [seconds] [connections]");

const targets = [
  { name: "C# HTML", url: csharp + "/", headers: { accept: "text/html" }, items: /data-testid="note-item"/g },
  { name: "C# Flight", url: csharp + "/", headers: { accept: "text/x-component" }, items: /"data-testid":"note-item"/g },
  { name: "Next.js HTML", url: next + "/", headers: { accept: "text/html" }, items: /data-testid="note-item"/g },
  { name: "Next.js RSC", url: next + "/", headers: { rsc: "1", accept: "text/x-component" }, items: /"data-testid":"note-item"/g },
];

for (const t of targets) {
  // Next.js answers an RSC request without its cache-busting _rsc parameter with a redirect that adds it: measure
  // the URL a client actually requests.
  const first = await fetch(t.url, { headers: t.headers, redirect: "manual" });
  if (first.status >= 300 && first.status < 400) t.url = new URL(first.headers.get("location"), t.url).href;
  const response = await fetch(t.url, { headers: t.headers, redirect: "manual" });
  const body = await response.text();
  const count = (body.match(t.items) ?? []).length;
  if (response.status !== 200 || count !== 100) throw new Error(`${t.name}: status ${response.status}, ${count} note items (expected 200 and 100)`);
  t.bytes = Buffer.byteLength(body);
  t.body = body;
}

// "The same page": both HTML bodies carry the same data-testid hooks, each as many times (the sample's UI, which the
// Next.js port in benchmarks/nextjs copies; a change to one that the other lacks fails here rather than skewing the ratio).
const hooks = (html) => {
  const counts = new Map();
  for (const [, id] of html.matchAll(/ data-testid="([^"]+)"/g)) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
};
const [csHooks, nextHooks] = [targets[0], targets[2]].map((t) => hooks(t.body));
const differ = [...new Set([...csHooks.keys(), ...nextHooks.keys()])].filter((id) => csHooks.get(id) !== nextHooks.get(id));
if (differ.length > 0) {
  throw new Error("The two pages differ in their data-testid hooks: " + differ.map((id) => `${id} C# ${csHooks.get(id) ?? 0}, Next.js ${nextHooks.get(id) ?? 0}`).join("; "));
}
for (const t of targets) delete t.body;

async function measure(t) {
  const r = await autocannon({ url: t.url, headers: t.headers, connections, duration: seconds, pipelining: 1 });
  if (r.non2xx || r.errors) throw new Error(`${t.name}: ${r.non2xx} non-2xx, ${r.errors} errors, status codes ${JSON.stringify(r.statusCodeStats)}`);
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99 };
}

const results = new Map(targets.map((t) => [t.name, []]));
for (let round = 0; round < 2; round++) {
  for (const t of targets) results.get(t.name).push(await measure(t));
}

const summary = targets.map((t) => {
  const runs = results.get(t.name);
  return { ...t, rps: runs.reduce((n, r) => n + r.rps, 0) / runs.length, p50: Math.max(...runs.map((r) => r.p50)), p99: Math.max(...runs.map((r) => r.p99)) };
});
console.log(`| page (100 notes), ${connections} connections | req/s | p50 ms | p99 ms | bytes |`);
console.log("|---|---|---|---|---|");
for (const s of summary) console.log(`| ${s.name} | ${Math.round(s.rps)} | ${s.p50} | ${s.p99} | ${s.bytes} |`);
const by = (name) => summary.find((s) => s.name === name);
console.log(`\nThroughput C#/Next.js: HTML ${(by("C# HTML").rps / by("Next.js HTML").rps).toFixed(2)}x, payload ${(by("C# Flight").rps / by("Next.js RSC").rps).toFixed(2)}x`);
