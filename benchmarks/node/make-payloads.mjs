// Encodes the benchmark values with React's real encodeReply (client.browser, production) and writes
// them to ../payloads/<name>.json in the fixture form the C# benchmarks read:
// {type:"string", body} or {type:"formdata", entries:[[name, string | {filename, type, base64}]]}.
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { payloads } from './values.mjs';

const require = createRequire(import.meta.url);
// client.browser reads the webpack runtime globals at load time; encodeReply needs none of them.
globalThis.__webpack_require__ = Object.assign(() => { throw new Error('no modules'); }, { u: () => '' });
globalThis.__webpack_chunk_load__ = () => Promise.resolve();
const { encodeReply } = require('react-server-dom-webpack/client.browser');

for (const [name, make] of Object.entries(payloads)) {
  const body = await encodeReply(make());
  let fixture;
  if (typeof body === 'string') {
    fixture = { type: 'string', body };
  } else {
    const entries = [];
    for (const [k, v] of body.entries()) {
      entries.push([k, typeof v === 'string' ? v : { filename: v.name, type: v.type, base64: Buffer.from(await v.arrayBuffer()).toString('base64') }]);
    }
    fixture = { type: 'formdata', entries };
  }
  writeFileSync(new URL(`../payloads/${name}.json`, import.meta.url), JSON.stringify(fixture, null, 1) + '\n');
  const size = typeof body === 'string' ? Buffer.byteLength(body) : fixture.entries.reduce((n, [k, v]) => n + k.length + (typeof v === 'string' ? Buffer.byteLength(v) : Buffer.from(v.base64, 'base64').length), 0);
  console.log(`${name}: ${fixture.type}, ${size} bytes of parts`);
}
