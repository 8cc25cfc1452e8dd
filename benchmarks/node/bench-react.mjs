// React's own server side on the benchmark payloads, in the same run as the C# benchmarks:
// decodeReply (server.node, production) and Flight renderToReadableStream of the decoded value,
// drained fully. Prints one JSON line per measurement: {payload, op, opsPerSec, usPerOp}.
// Run with: NODE_ENV=production node --conditions react-server bench-react.mjs [seconds]
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

const require = createRequire(import.meta.url);
const server = require('react-server-dom-webpack/server.node');
const seconds = Number(process.argv[2] || 3);

function toBody(fixture) {
  if (fixture.type === 'string') return fixture.body;
  const fd = new FormData();
  for (const [k, v] of fixture.entries) {
    if (typeof v === 'string') fd.append(k, v);
    else fd.append(k, new Blob([Buffer.from(v.base64, 'base64')], { type: v.type }), v.filename);
  }
  return fd;
}

async function measure(fn) {
  for (let i = 0; i < 200; i++) await fn(); // warm up
  let n = 0;
  const end = performance.now() + seconds * 1000;
  const start = performance.now();
  while (performance.now() < end) {
    for (let i = 0; i < 50; i++) await fn();
    n += 50;
  }
  const ms = performance.now() - start;
  return { opsPerSec: Math.round((n / ms) * 1000), usPerOp: +((ms * 1000) / n).toFixed(2) };
}

async function drain(stream) {
  const reader = stream.getReader();
  for (;;) { const { done } = await reader.read(); if (done) return; }
}

for (const name of ['small', 'medium', 'large']) {
  const fixture = JSON.parse(readFileSync(new URL(`../payloads/${name}.json`, import.meta.url), 'utf8'));
  const body = toBody(fixture);
  const decode = () => server.decodeReply(body, {});
  const value = await decode();
  const encode = () => drain(server.renderToReadableStream(value, {}, { onError() {} }));
  console.log(JSON.stringify({ payload: name, op: 'decodeReply', ...(await measure(decode)) }));
  console.log(JSON.stringify({ payload: name, op: 'renderToReadableStream', ...(await measure(encode)) }));
}
