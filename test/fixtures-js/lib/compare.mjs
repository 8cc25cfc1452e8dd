// Strict structural comparison of an original JS value (a FRESH copy built by the case) with what the
// real Flight client decoded from the C# server's response. It tells apart undefined / missing / null,
// -0, NaN, Date time values, bigint, object key order, array length, Map/Set entries in order, typed-array
// kind and bytes, Blob type and bytes, FormData entries, promises (awaited), ReadableStreams (items, or
// bytes for byte streams), async iterables and iterators (items and return value), sync iterators, server
// references (called: they must reach callServer with their id and bound args) and opaque values (the
// very instance the client kept in its temporary reference set). Shared references and cycles of
// objects, arrays, Maps, Sets and binary views must keep their identity (a bijection).
//
// What the protocol itself drops, so it is not demanded: an undefined-valued property is absent; a hole is
// undefined; an invalid Date is null; a File comes back as a Blob (Flight has no file name slot) and a
// Blob of type "" may come back as application/octet-stream; an iterable that is not an iterator is an
// array; Blob, FormData and Date identity; a root promise is unwrapped by the client.
import { bytesOf, isByteStream, kindOf, show, typedKind } from './kinds.mjs';
import { callServerLog } from './encode.mjs';
import { serverRefs } from './encode.mjs';
import { settle } from './flight.mjs';

class Mismatch extends Error {}

const TRACKED = new Set(['array', 'object', 'map', 'set', 'typed', 'arraybuffer', 'dataview']);
const sameType = (e, a) => e === a || (e === '' && a === 'application/octet-stream');
let probes = 0;

/** Resolves when `actual` matches `expected`; rejects with a Mismatch naming the first difference's path. */
export async function compare(expected, actual, { identity = true } = {}) {
  const fwd = new Map();
  const rev = new Map();
  const fail = (path, msg) => {
    throw new Mismatch(`${path}: ${msg}`);
  };

  async function drainStream(s) {
    const items = [];
    const reader = s.getReader();
    for (let r = await settle(reader.read(), 'stream read'); !r.done; r = await settle(reader.read(), 'stream read')) items.push(r.value);
    return items;
  }

  async function drainAsync(v) {
    const it = v[Symbol.asyncIterator]();
    const items = [];
    for (;;) {
      const r = await settle(it.next(), 'async iterator next()');
      if (r.done) return { items, ret: r.value };
      items.push(r.value);
    }
  }

  async function cmpList(e, a, path, what) {
    if (e.length !== a.length) fail(path, `${what} has ${a.length} items, expected ${e.length}`);
    for (let i = 0; i < e.length; i++) await cmp(e[i], a[i], `${path}[${i}]`);
  }

  async function cmpBlob(e, a, path) {
    if (!(a instanceof Blob)) fail(path, `expected a Blob, got ${show(a)}`);
    if (!sameType(e.type, a.type)) fail(path, `Blob type ${JSON.stringify(e.type)} expected, got ${JSON.stringify(a.type)}`);
    const eb = await bytesOf(e);
    const ab = await bytesOf(a);
    if (!eb.equals(ab)) fail(path, `Blob bytes ${eb.toString('hex')} expected, got ${ab.toString('hex')}`);
  }

  async function cmpServerRef(e, a, path) {
    if (typeof a !== 'function') fail(path, `expected a server reference function, got ${show(a)}`);
    const { id, bound } = serverRefs.get(e);
    const probe = `probe-${++probes}`;
    await settle(a(probe), 'calling the decoded server reference');
    const call = callServerLog.find((c) => c.args.at(-1) === probe);
    if (!call) fail(path, 'calling the decoded server reference did not reach callServer');
    if (call.id !== id) fail(path, `callServer got id ${JSON.stringify(call.id)}, expected ${JSON.stringify(id)}`);
    await compare(bound, call.args.slice(0, -1), { identity: false }).catch((err) => fail(`${path}<bound>`, err.message));
  }

  async function cmp(e, a, path) {
    const ek = kindOf(e);
    let ak = kindOf(a);
    if (ek === 'promise') {
      const ev = await settle(e, 'the original promise');
      if (ak !== 'promise') {
        if (path === '$') return cmp(ev, a, path);
        fail(path, `expected a Promise, got ${show(a)}`);
      }
      let av;
      try {
        av = await settle(a, 'the decoded promise');
      } catch (err) {
        fail(path, `the decoded promise rejected: ${err.message}`);
      }
      return cmp(ev, av, `${path}.<resolved>`);
    }
    if (ek === 'date' && Number.isNaN(e.getTime())) {
      if (a !== null) fail(path, `an invalid Date travels as null, got ${show(a)}`);
      return undefined;
    }
    if (ek === 'iterable') return cmp(Array.from(e), a, path);
    if (ek === 'serverRef') return cmpServerRef(e, a, path);
    if (ek === 'opaque') {
      if (a !== e) fail(path, `expected the client's own opaque value back (a temporary reference), got ${show(a)}`);
      return undefined;
    }
    if (ek === 'asyncIterator' && ak === 'asyncIterable') ak = ek; // the $X / $x distinction is checked below
    if (ek !== ak) fail(path, `expected ${show(e)}, got ${show(a)}`);
    switch (ek) {
      case 'undefined': case 'null': return undefined;
      case 'boolean': case 'string': case 'bigint':
        if (e !== a) fail(path, `expected ${show(e)}, got ${show(a)}`);
        return undefined;
      case 'number':
        if (!Object.is(e, a)) fail(path, `expected ${show(e)}, got ${show(a)}`);
        return undefined;
      case 'date':
        if (!Object.is(e.getTime(), a.getTime())) fail(path, `expected ${show(e)}, got ${show(a)}`);
        return undefined;
      default: break;
    }
    if (identity && TRACKED.has(ek)) {
      if (fwd.has(e)) {
        if (fwd.get(e) !== a) fail(path, 'shared reference not preserved (the original has the same object here as earlier; the decoded value has a different one)');
        return undefined;
      }
      if (rev.has(a)) fail(path, 'spurious sharing: the decoded value reuses an object that stands for a different original');
      fwd.set(e, a);
      rev.set(a, e);
    }
    switch (ek) {
      case 'array': return cmpList(e, a, path, 'array');
      case 'object': {
        const ekeys = Object.keys(e).filter((k) => e[k] !== undefined);
        const akeys = Object.keys(a);
        if (JSON.stringify(ekeys) !== JSON.stringify(akeys)) {
          fail(path, `keys ${JSON.stringify(ekeys.slice(0, 10))} expected, got ${JSON.stringify(akeys.slice(0, 10))}`);
        }
        for (const k of ekeys) await cmp(e[k], a[k], `${path}.${JSON.stringify(k)}`);
        return undefined;
      }
      case 'map': {
        const ee = [...e];
        const ae = [...a];
        if (ee.length !== ae.length) fail(path, `Map size ${ae.length}, expected ${ee.length}`);
        for (let i = 0; i < ee.length; i++) {
          await cmp(ee[i][0], ae[i][0], `${path}<key ${i}>`);
          await cmp(ee[i][1], ae[i][1], `${path}<value ${i}>`);
        }
        return undefined;
      }
      case 'set': return cmpList([...e], [...a], path, 'Set');
      case 'iterator': return cmpList([...e], [...a], path, 'iterator');
      case 'typed': case 'arraybuffer': case 'dataview': {
        if (typedKind(e) !== typedKind(a)) fail(path, `expected ${typedKind(e)}, got ${typedKind(a)}`);
        const eb = await bytesOf(e);
        const ab = await bytesOf(a);
        if (!eb.equals(ab)) fail(path, `${typedKind(e)} bytes ${eb.toString('hex')} expected, got ${ab.toString('hex')}`);
        return undefined;
      }
      case 'blob': return cmpBlob(e, a, path);
      case 'formdata': {
        const ee = [...e.entries()];
        const ae = [...a.entries()];
        if (ee.length !== ae.length) fail(path, `FormData has ${ae.length} entries, expected ${ee.length}`);
        for (let i = 0; i < ee.length; i++) {
          const where = `${path}<entry ${i}>`;
          if (ee[i][0] !== ae[i][0]) fail(where, `name ${JSON.stringify(ee[i][0])} expected, got ${JSON.stringify(ae[i][0])}`);
          if (typeof ee[i][1] === 'string') {
            if (ee[i][1] !== ae[i][1]) fail(where, `expected ${show(ee[i][1])}, got ${show(ae[i][1])}`);
          } else await cmpBlob(ee[i][1], ae[i][1], where);
        }
        return undefined;
      }
      case 'stream': {
        const bytes = isByteStream(e);
        if (bytes !== isByteStream(a)) fail(path, bytes ? 'expected a byte stream' : 'expected a default (object) stream, got a byte stream');
        const ei = await drainStream(e);
        const ai = await drainStream(a);
        if (bytes) {
          const eb = Buffer.concat(await Promise.all(ei.map(bytesOf)));
          const ab = Buffer.concat(await Promise.all(ai.map(bytesOf)));
          if (!eb.equals(ab)) fail(path, `byte stream ${eb.toString('hex')} expected, got ${ab.toString('hex')}`);
          return undefined;
        }
        return cmpList(ei, ai, path, 'ReadableStream');
      }
      case 'asyncIterator': case 'asyncIterable': {
        if ((typeof a.next === 'function') !== (ek === 'asyncIterator')) {
          fail(path, ek === 'asyncIterator' ? 'expected an async iterator ($x), got a multi-shot async iterable' : 'expected an async iterable ($X), got an iterator');
        }
        const ed = await drainAsync(e);
        const ad = await drainAsync(a);
        await cmpList(ed.items, ad.items, path, 'async iterable');
        return cmp(ed.ret, ad.ret, `${path}<return>`);
      }
      default: return fail(path, `cannot compare a ${ek}`);
    }
  }

  await cmp(expected, actual, '$');
}
