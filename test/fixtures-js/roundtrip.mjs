// The live round-trip worker the C# conformance tests drive: one long-lived Node process speaking
// line-delimited JSON on stdin/stdout (one request per line, one response per line, same "id").
//
//   {"id":1,"op":"cases"}                                      -> {"id":1,"ok":true,"names":[...]}  (cases encodeReply accepts)
//   {"id":2,"op":"encode","case":"map","build":"production"}   -> {"id":2,"ok":true,"key":"...","body":{...},"expected":...}
//   {"id":3,"op":"encode","seed":7,"index":12,"build":"development"}  (a random value) -> same, plus "source"
//   {"id":4,"op":"check","key":"...","flight":"<base64>"}      -> {"id":4,"ok":true,"failures":{"<build, read>"?:msg}}
//
//   {"id":5,"op":"outcome","flight":"<base64>"}  -> {"id":5,"ok":true,"outcomes":{"<build, read>":{"ok":true,"value":<notation>}
//                                                   | {"ok":false,"name","message","digest"}}}
//
// "encode" runs React's real encodeReply (body: {type:"text",text} or {type:"multipart",entries:[[name,
// string | {filename,type,base64}]]}); "expected" is what a decoder must make of it, in the notation of
// test/UseServer.Conformance.Tests/Fixtures/README.md. "check" decodes the Flight bytes the C# server wrote with BOTH
// the production and the development client.browser (createFromReadableStream) and compares each result
// with a fresh copy of the original value (lib/compare.mjs). Errors answer {"ok":false,"error"}.
//
// CLI: node roundtrip.mjs encode <case>...   prints the production encodeReply body of each case.
import readline from 'node:readline';
import { builds } from './lib/react-builds.mjs';
import { caseByName, cases } from './lib/cases.mjs';
import { callServer, caseContext, encodeValue } from './lib/encode.mjs';
import { compare } from './lib/compare.mjs';
import { flightStream, settle } from './lib/flight.mjs';
import { randomValue } from './lib/random.mjs';
import { kindOf } from './lib/kinds.mjs';
import { describe } from './lib/describe.mjs';

const CLIENT_OF = { 'server-reference-bound-edge': 'edge', 'extra-server-reference-bound-complex': 'edge' };
const READS = [
  ['production', 'production', 0],
  ['production, 7-byte chunks', 'production', 7],
  ['development', 'development', 0],
  ['development, 5-byte chunks', 'development', 5],
];
const encoded = new Map(); // key -> { build, fresh(): Promise<value>, temporaryReferences, identity }

function describeShape(v, depth = 0) {
  const k = kindOf(v);
  if (depth > 3) return '…';
  if (k === 'array') return `[${v.map((x) => describeShape(x, depth + 1)).join(',')}]`;
  if (k === 'object') return `{${Object.keys(v).map((key) => `${JSON.stringify(key)}:${describeShape(v[key], depth + 1)}`).join(',')}}`;
  if (k === 'string') return JSON.stringify(v.length > 20 ? `${v.slice(0, 20)}…` : v);
  if (k === 'number') return Object.is(v, -0) ? '-0' : String(v);
  if (k === 'bigint') return `${v}n`;
  if (k === 'undefined' || k === 'null' || k === 'boolean') return String(v);
  if (k === 'date') return `Date(${v.getTime()})`;
  return k;
}

async function encodeRequest(req) {
  const build = builds[req.build ?? 'production'];
  if (!build) throw new Error(`Unknown build ${req.build}`);
  let entry;
  if (req.case !== undefined) {
    const def = caseByName.get(req.case);
    if (!def || def.error) throw new Error(`Unknown or refused case ${req.case}`);
    const original = def.make(await caseContext(build, def));
    entry = {
      key: `${build.flavour}:${def.name}`,
      value: original,
      client: CLIENT_OF[def.name] ?? 'browser',
      temporary: def.temporaryReferences,
      identity: def.identity !== false,
      // fresh() answers { value } so that a root promise is not unwrapped on the way.
      fresh: def.reuse ? async () => ({ value: original }) : async () => ({ value: def.make(await caseContext(build, def)) }),
    };
  } else {
    entry = {
      key: `${build.flavour}:random:${req.seed}:${req.index}`,
      value: randomValue(req.seed, req.index),
      client: 'browser',
      identity: true,
      fresh: async () => ({ value: randomValue(req.seed, req.index) }),
    };
    entry.source = describeShape(randomValue(req.seed, req.index));
  }
  const { body, temporaryReferences } = await encodeValue(build, entry.value, { client: entry.client, temporaryReferences: entry.temporary });
  encoded.set(entry.key, { ...entry, value: undefined, temporaryReferences });
  return { key: entry.key, body, expected: await describe((await entry.fresh()).value), source: entry.source };
}

async function checkRequest(req) {
  const entry = encoded.get(req.key);
  if (!entry) throw new Error(`Nothing was encoded under ${req.key}`);
  const bytes = Buffer.from(req.flight, 'base64');
  const failures = {};
  // Each build reads the body in one chunk (a small response) and in small chunks that split rows
  // anywhere (a response arriving over the network: rows are then processed as they come, so a row that
  // references a row not yet received must still resolve).
  // The four reads run concurrently, so a body that hangs costs one hang guard, not four.
  await Promise.all(READS.map(async ([label, flavour, chunkSize]) => {
    const options = { callServer };
    if (entry.temporaryReferences) options.temporaryReferences = entry.temporaryReferences;
    try {
      const decoded = await settle(builds[flavour].browser.createFromReadableStream(flightStream(bytes, chunkSize), options), 'the Flight root');
      await compare((await entry.fresh()).value, decoded, { identity: entry.identity });
    } catch (e) {
      failures[label] = String(e && e.message);
    }
  }));
  return { failures };
}

/** How each build and read decodes a Flight body: its value in the fixture notation, or the error it rejected with. */
async function outcomeRequest(req) {
  const bytes = Buffer.from(req.flight, 'base64');
  const outcomes = {};
  await Promise.all(READS.map(async ([label, flavour, chunkSize]) => {
    try {
      const decoded = await settle(builds[flavour].browser.createFromReadableStream(flightStream(bytes, chunkSize), { callServer }), 'the Flight root');
      outcomes[label] = { ok: true, value: await settle(describe(decoded, { decoded: true }), 'describing the value') };
    } catch (e) {
      outcomes[label] = { ok: false, name: String(e?.name), message: String(e?.message), digest: e?.digest ?? null };
    }
  }));
  return { outcomes };
}

async function handle(req) {
  switch (req.op) {
    case 'cases': return { names: cases.filter((x) => !x.error).map((x) => x.name) };
    case 'encode': return encodeRequest(req);
    case 'check': return checkRequest(req);
    case 'outcome': return outcomeRequest(req);
    case 'forget': encoded.delete(req.key); return {};
    default: throw new Error(`Unknown op ${req.op}`);
  }
}

// Stray console output of the React builds must not corrupt the protocol on stdout.
for (const m of ['log', 'info', 'warn', 'error', 'debug']) console[m] = (...args) => process.stderr.write(`${args.map(String).join(' ')}\n`);
const write = (obj) => process.stdout.write(`${JSON.stringify(obj)}\n`);

if (process.argv[2] === 'encode') {
  for (const name of process.argv.slice(3)) write({ name, ...(await encodeRequest({ case: name, build: 'production' })) });
} else {
  const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  let queue = Promise.resolve();
  rl.on('line', (line) => {
    if (!line.trim()) return;
    queue = queue.then(async () => {
      let req;
      try {
        req = JSON.parse(line);
        write({ id: req.id, ok: true, ...(await handle(req)) });
      } catch (e) {
        write({ id: req?.id ?? null, ok: false, error: String(e?.stack ?? e) });
      }
    });
  });
  rl.on('close', () => queue.then(() => process.exit(0)));
  write({ id: 0, ok: true, ready: true });
}
