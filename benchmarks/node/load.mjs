// Loopback load: alternates POST /_serverfn/conformance.add and POST /raw/add (body [1,2]) at
// concurrency 1, 16 and 64, in one run against one host, so the ratios compare like with like.
// Bounded: each measurement runs SECONDS (default 5) and every phase twice, alternating.
// usage: node load.mjs http://127.0.0.1:PORT [seconds]
import autocannon from 'autocannon';

const base = process.argv[2];
const seconds = Number(process.argv[3] || 5);
if (!base) throw new Error('usage: node load.mjs http://127.0.0.1:PORT [seconds]');

const targets = {
  serverFunction: { path: '/_serverfn/conformance.add' },
  raw: { path: '/raw/add' },
};

async function run(path, connections) {
  const result = await autocannon({
    url: base + path,
    method: 'POST',
    body: '[1,2]',
    headers: { 'content-type': 'text/plain;charset=UTF-8', origin: base, accept: 'text/x-component' },
    connections,
    duration: seconds,
    pipelining: 1,
  });
  if (result.non2xx || result.errors) throw new Error(`${path}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, total: result.requests.total };
}

const rows = [];
for (const c of [1, 16, 64]) {
  const acc = { serverFunction: [], raw: [] };
  for (let round = 0; round < 2; round++) {
    for (const [name, t] of Object.entries(targets)) acc[name].push(await run(t.path, c));
  }
  const avg = (xs, k) => xs.reduce((n, x) => n + x[k], 0) / xs.length;
  const fn = { rps: avg(acc.serverFunction, 'rps'), p99: Math.max(...acc.serverFunction.map((x) => x.p99)), p50: avg(acc.serverFunction, 'p50') };
  const raw = { rps: avg(acc.raw, 'rps'), p99: Math.max(...acc.raw.map((x) => x.p99)), p50: avg(acc.raw, 'p50') };
  rows.push({ concurrency: c, fnRps: Math.round(fn.rps), rawRps: Math.round(raw.rps), throughputRatio: +(fn.rps / raw.rps).toFixed(2), fnP50: fn.p50, rawP50: raw.p50, fnP99: fn.p99, rawP99: raw.p99, p99Ratio: +(fn.p99 / Math.max(raw.p99, 1)).toFixed(2) });
}
console.log('| concurrency | conformance.add req/s | /raw/add req/s | ratio | p50 ms fn / raw | p99 ms fn / raw | p99 ratio |');
console.log('|---|---|---|---|---|---|---|');
for (const r of rows) console.log(`| ${r.concurrency} | ${r.fnRps} | ${r.rawRps} | ${r.throughputRatio} | ${r.fnP50} / ${r.rawP50} | ${r.fnP99} / ${r.rawP99} | ${r.p99Ratio} |`);
