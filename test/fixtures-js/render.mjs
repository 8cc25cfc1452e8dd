// Renders a Flight body the way an SSR server does, with React's real packages: the body is decoded
// with client.edge or client.node (serverConsumerManifest with a moduleMap) and rendered to HTML with
// react-dom/server. Client references resolve through the fake webpack runtime (lib/react-builds.mjs),
// which serves one client module, "./app/Counter.js" (exports Counter, default and Label). The same
// bytes are also decoded with client.browser, and every function found in the decoded value (server
// references) is called with the argument "probe"; the callServer(id, args) each call produced is reported.
//
// Worker: line-delimited JSON on stdin/stdout, like roundtrip.mjs:
//   {"id":1,"op":"render","flight":"<base64>","client":"edge"|"node","build":"production"|"development"}
//   -> {"id":1,"ok":true,"html":"...","calls":[{"path":"$.props.children[0].props.onIncrement","id":"...","args":[...]}],
//       "chunks":["chunk-counter", ...],"warnings":["Each child in a list should have a unique \"key\" prop...", ...]}
//   (warnings: what React logged with console.error or console.warn during the decode and render, e.g. the
//   development build's key warnings)
// CLI: node render.mjs <file> [edge|node] [production|development]   prints the same JSON for a body in a file.
import readline from 'node:readline';
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { builds, chunkLoads, registerClientModule } from './lib/react-builds.mjs';
import { callServer, callServerLog } from './lib/encode.mjs';
import { flightStream, settle } from './lib/flight.mjs';

const COUNTER_MODULE = './app/Counter.js';
let current = builds.production;

/** The client module: its components use the hooks of whichever build is rendering. */
function Counter({ initial, onIncrement, label }) {
  const [count] = current.React.useState(initial ?? 0);
  return current.React.createElement('button', { 'data-initial': initial, 'data-has-action': typeof onIncrement === 'function' ? 'yes' : 'no' },
    `${label ?? 'Counter'} ${count}`);
}
const Label = ({ text }) => current.React.createElement('span', { className: 'label' }, text);
registerClientModule(COUNTER_MODULE, { Counter, default: Counter, Label });

/** moduleMap for the SSR clients: module id -> export name -> the metadata __webpack_require__ gets. */
const moduleMap = {
  [COUNTER_MODULE]: Object.fromEntries(['Counter', '', 'Label', '*'].map((name) => [name, { id: COUNTER_MODULE, chunks: [], name }])),
};
const serverConsumerManifest = { moduleMap, serverModuleMap: null, moduleLoading: { prefix: '/static/', crossOrigin: null } };

async function decodeForSsr(build, client, bytes) {
  if (client === 'edge') return build.edge.createFromReadableStream(flightStream(bytes), { serverConsumerManifest });
  return build.node.createFromNodeStream(Readable.from([bytes]), serverConsumerManifest);
}

async function renderHtml(build, tree) {
  const stream = await build.ReactDOMServer.renderToReadableStream(tree, { onError: (e) => { throw e; } });
  await stream.allReady;
  const parts = [];
  for await (const chunk of stream) parts.push(Buffer.from(chunk));
  return Buffer.concat(parts).toString('utf8');
}

/** Calls every function in the browser-decoded value and records the callServer each call made. */
async function callFunctions(value) {
  const calls = [];
  const seen = new Set();
  const walk = async (v, path) => {
    if (typeof v === 'function') {
      const before = callServerLog.length;
      await settle(v('probe'), `calling ${path}`);
      for (const c of callServerLog.slice(before)) calls.push({ path, id: c.id, args: jsonSafe(c.args) });
      return;
    }
    if (v === null || typeof v !== 'object' || seen.has(v)) return;
    seen.add(v);
    if (Array.isArray(v)) for (let i = 0; i < v.length; i++) await walk(v[i], `${path}[${i}]`);
    else if (v.$$typeof === Symbol.for('react.transitional.element')) await walk(v.props, `${path}.props`);
    else if (Object.getPrototypeOf(v) === Object.prototype) for (const k of Object.keys(v)) await walk(v[k], `${path}.${k}`);
  };
  await walk(value, '$');
  return calls;
}

const jsonSafe = (args) => JSON.parse(JSON.stringify(args, (_, x) => (typeof x === 'bigint' ? `${x}n` : x === undefined ? '$undefined' : x)));

async function render({ flight, client = 'edge', build = 'production' }) {
  current = builds[build];
  if (!current) throw new Error(`Unknown build ${build}`);
  const bytes = Buffer.from(flight, 'base64');
  const loadsBefore = chunkLoads.length;
  const warningsBefore = warnings.length;
  const tree = await settle(decodeForSsr(current, client, bytes), 'the SSR decode');
  // A plain object root (e.g. {action: serverReference}) is not a React node: only its calls are reported.
  const renderable = tree === null || typeof tree !== 'object' || Array.isArray(tree) || tree.$$typeof !== undefined;
  const html = renderable ? await settle(renderHtml(current, tree), 'rendering') : null;
  const browserValue = await settle(current.browser.createFromReadableStream(flightStream(bytes), { callServer }), 'the browser decode');
  return { html, calls: await callFunctions(browserValue), chunks: chunkLoads.slice(loadsBefore), warnings: warnings.slice(warningsBefore) };
}

/** Everything React logged as an error or a warning (requests are handled one at a time, so each render's are its own). */
const warnings = [];
for (const m of ['log', 'info', 'warn', 'error', 'debug']) {
  console[m] = (...args) => {
    const text = args.map(String).join(' ');
    if (m === 'warn' || m === 'error') warnings.push(text);
    process.stderr.write(`${text}\n`);
  };
}
const write = (obj) => process.stdout.write(`${JSON.stringify(obj)}\n`);

if (process.argv[2]) {
  const flight = readFileSync(process.argv[2]).toString('base64');
  write(await render({ flight, client: process.argv[3], build: process.argv[4] }));
} else {
  const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  let queue = Promise.resolve();
  rl.on('line', (line) => {
    if (!line.trim()) return;
    queue = queue.then(async () => {
      let req;
      try {
        req = JSON.parse(line);
        if (req.op !== 'render') throw new Error(`Unknown op ${req.op}`);
        write({ id: req.id, ok: true, ...(await render(req)) });
      } catch (e) {
        write({ id: req?.id ?? null, ok: false, error: String(e?.stack ?? e) });
      }
    });
  });
  rl.on('close', () => queue.then(() => process.exit(0)));
  write({ id: 0, ok: true, ready: true });
}

