// React's own server as the echo server (a self-test of this harness, not of the C# code):
//   NODE_ENV=production node --conditions=react-server react-echo.mjs
// reads {"id","body"} lines (a body as roundtrip.mjs encodes it), decodes it with React's decodeReply
// and answers {"id","ok","flight":"<base64>"}: the value rendered back by React's renderToReadableStream.
// Server references are not registered here, so cases that send them fail in this echo.
import readline from 'node:readline';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const server = require('react-server-dom-webpack/server.node');

function toBody(body) {
  if (body.type === 'text') return body.text;
  const fd = new FormData();
  for (const [name, v] of body.entries) {
    if (typeof v === 'string') fd.append(name, v);
    else fd.append(name, new File([Buffer.from(v.base64, 'base64')], v.filename, { type: v.type }));
  }
  return fd;
}

// Temporary references only when the body has opaque values: with a set, React's server answers every
// object that came from the reply as a $T reference instead of serializing it again.
async function echo(body) {
  const opaque = JSON.stringify(body).includes('"$T');
  const temporaryReferences = opaque ? server.createTemporaryReferenceSet() : undefined;
  const value = await server.decodeReply(toBody(body), {}, { temporaryReferences });
  const stream = server.renderToReadableStream(value, {}, { temporaryReferences, onError: () => 'digest' });
  const chunks = [];
  for await (const c of stream) chunks.push(Buffer.from(c));
  return Buffer.concat(chunks).toString('base64');
}

const rl = readline.createInterface({ input: process.stdin });
rl.on('line', async (line) => {
  const req = JSON.parse(line);
  try {
    process.stdout.write(`${JSON.stringify({ id: req.id, ok: true, flight: await echo(req.body) })}\n`);
  } catch (e) {
    process.stdout.write(`${JSON.stringify({ id: req.id, ok: false, error: String(e.message) })}\n`);
  }
});
