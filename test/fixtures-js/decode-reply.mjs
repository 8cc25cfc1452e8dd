// React's own decodeReply (react-server-dom-webpack 19.3.1, server.node), for the C# reply writer's conformance test:
//   node --conditions=react-server decode-reply.mjs < bodies.json
// reads a JSON array of reply body texts and prints, for each, {"value": notation} (lib/describe.mjs: what a
// correct decoder makes of the body) or {"error": message} when React refuses it.
import { createRequire } from 'node:module';
import { text } from 'node:stream/consumers';
import { describe } from './lib/describe.mjs';

const require = createRequire(import.meta.url);
const server = require('react-server-dom-webpack/server.node');

const results = [];
for (const body of JSON.parse(await text(process.stdin))) {
  try {
    results.push({ value: await describe(await server.decodeReply(body, {})) });
  } catch (e) {
    results.push({ error: String(e?.message ?? e) });
  }
}
process.stdout.write(JSON.stringify(results));
