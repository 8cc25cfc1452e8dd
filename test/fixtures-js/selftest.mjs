// Self-test of the round-trip harness with React's OWN server as the echo (no C# involved):
//   node selftest.mjs [seed] [count]
// Every curated case and `count` random values go encodeReply -> React decodeReply -> React Flight
// server -> both clients -> compare. React's server is known to fail a few (server references are not
// registered here; its FormData-at-part-10 bug), so this prints the failures instead of asserting.
import { spawn } from 'node:child_process';
import readline from 'node:readline';

function worker(args, env) {
  const child = spawn(process.execPath, args, { cwd: import.meta.dirname, env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'inherit'] });
  const waiting = new Map();
  readline.createInterface({ input: child.stdout }).on('line', (line) => {
    const msg = JSON.parse(line);
    waiting.get(msg.id)?.(msg);
    waiting.delete(msg.id);
  });
  let next = 1;
  return {
    child,
    ask(req) {
      const id = next++;
      return new Promise((resolve) => {
        waiting.set(id, resolve);
        child.stdin.write(`${JSON.stringify({ ...req, id })}\n`);
      });
    },
  };
}

const rt = worker(['roundtrip.mjs']);
const echo = worker(['--conditions=react-server', 'react-echo.mjs'], { NODE_ENV: 'production' });
const seed = Number(process.argv[2] ?? 1);
const count = Number(process.argv[3] ?? 100);
const { names } = await rt.ask({ op: 'cases' });
const jobs = [...names.flatMap((n) => [{ case: n, build: 'production' }, { case: n, build: 'development' }]),
  ...Array.from({ length: count }, (_, i) => ({ seed, index: i, build: i % 2 ? 'development' : 'production' }))];
let passed = 0;
for (const job of jobs) {
  const label = job.case ?? `random ${job.seed}/${job.index}`;
  const enc = await rt.ask({ op: 'encode', ...job });
  if (!enc.ok) { console.log(`${label} [${job.build}] encode failed: ${enc.error}`); continue; }
  const flight = await echo.ask({ body: enc.body });
  if (!flight.ok) { console.log(`${label} [${job.build}] React's server refused: ${flight.error} ${enc.source ?? ''}`); continue; }
  const res = await rt.ask({ op: 'check', key: enc.key, flight: flight.flight });
  if (!res.ok || Object.keys(res.failures).length) console.log(`${label} [${job.build}] ${JSON.stringify(res.failures ?? res.error)} ${enc.source ?? ''}`);
  else passed++;
}
console.log(`${passed} of ${jobs.length} passed`);
rt.child.kill();
echo.child.kill();
