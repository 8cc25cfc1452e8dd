// Runs React's real encodeReply on a value and turns the result into a JSON-safe body description:
//   { type: "text", text }                                   (encodeReply resolved to a string)
//   { type: "multipart", entries: [[name, string | {filename, type, base64}]] }   (it made a FormData)
import { boundReferencePayload } from './cases.mjs';
import { flightStream } from './flight.mjs';

/** Every server reference a case created, with the id and bound args it stands for. */
export const serverRefs = new WeakMap();

/** Every callServer(id, args) the clients made, in order (the comparer and render.mjs read it). */
export const callServerLog = [];
export const callServer = (id, args) => {
  callServerLog.push({ id, args });
  return Promise.resolve('called');
};

/** The context a case's make(ctx) receives for one build. */
export async function caseContext(build, def) {
  const ctx = {
    build,
    prepared: undefined,
    serverRef(id, bound, client = 'browser') {
      const ref = build[client].createServerReference(id, callServer);
      const fn = bound ? ref.bind(null, ...bound) : ref;
      serverRefs.set(fn, { id, bound: bound ?? [] });
      return fn;
    },
  };
  if (def.prepare === 'boundReferenceFromFlight') {
    const fn = await build.browser.createFromReadableStream(flightStream(Buffer.from(boundReferencePayload)), { callServer });
    serverRefs.set(fn, { id: 'abc123#doThing', bound: [1, 'b'] });
    ctx.prepared = fn;
  }
  return ctx;
}

/** Encodes `value` with the build's encodeReply (`client` = browser | edge); returns { body, temporaryReferences }. */
export async function encodeValue(build, value, { client = 'browser', temporaryReferences = false } = {}) {
  const client_ = build[client];
  const temp = temporaryReferences ? client_.createTemporaryReferenceSet() : undefined;
  const encoded = await client_.encodeReply(value, temp ? { temporaryReferences: temp } : undefined);
  return { body: await describeBody(encoded), temporaryReferences: temp };
}

async function describeBody(encoded) {
  if (typeof encoded === 'string') return { type: 'text', text: encoded };
  const entries = [];
  for (const [name, v] of encoded.entries()) {
    if (typeof v === 'string') entries.push([name, v]);
    else entries.push([name, { filename: v.name, type: v.type, base64: Buffer.from(await v.arrayBuffer()).toString('base64') }]);
  }
  return { type: 'multipart', entries };
}
