// Describes what a correct reply decoder must produce for a JS value, in the fixture notation the C#
// tests read (test/UseServer.Conformance.Tests/Fixtures/README.md):
//   JSON string / boolean / null / finite non-negative-zero number: itself
//   JSON array: a JS array (holes and undefined items are {"$undefined":true})
//   JSON object without "$"-keys: a plain object, keys in order (undefined-valued properties are absent)
//   {"$object":[[key, v], ...]}            a plain object with "$"-keys
//   {"$undefined":true} {"$number":"NaN"|"Infinity"|"-Infinity"|"-0"} {"$bigint":"123"} {"$date":iso}
//   {"$map":[[k, v], ...]} {"$set":[...]} {"$iterator":[...]}
//   {"$typed":{"kind":"Uint8Array","hex":"00ff"}}   (kind as C# JsTypedArrayKind; ArrayBuffer, DataView too)
//   {"$blob":{"name":"a.txt"|"blob","type":"text/plain","hex":"..."}}  (name "blob" = a Blob, the wire's default)
//   {"$formData":[[name, string | {"$blob":...}], ...]}
//   {"$promise": v}
//   {"$stream":{"kind":"ReadableStream"|"ByteStream"|"AsyncIterable"|"AsyncIterator","items":[...],"return"?: v}}
//   {"$serverRef":{"id":"...","bound":[...] | null}}
//   {"$tempRef":"0:0:el"}
//   {"$ref":[step, ...]}  the SAME instance as the value at that path from the root (shared or cyclic).
//       Steps: array/set/iterator/stream item index; object key; Map entry index then 0 (key) or 1 (value);
//       "value" into a promise.
import { bytesOf, isByteStream, kindOf, typedKind } from './kinds.mjs';
import { serverRefs } from './encode.mjs';

const NUMBER_TAGS = new Map([[NaN, 'NaN'], [Infinity, 'Infinity'], [-Infinity, '-Infinity']]);

/**
 * The notation of `root`. With { decoded: true } the value came out of a Flight client: opaque values
 * (functions, symbols, errors) are then {"$opaque":"function"|"symbol"|"object"} instead of temporary references.
 */
export async function describe(root, { decoded = false } = {}) {
  const seen = new Map(); // object -> path of its first (registered) occurrence
  const deferred = []; // async contents (promises, streams), described after the synchronous walk

  async function d(v, path, registrable) {
    const k = kindOf(v);
    switch (k) {
      case 'undefined': return { $undefined: true };
      case 'null': case 'boolean': case 'string': return v;
      case 'number':
        if (Object.is(v, -0)) return { $number: '-0' };
        return Number.isFinite(v) ? v : { $number: NUMBER_TAGS.get(v) ?? 'NaN' };
      case 'bigint': return { $bigint: v.toString() };
      case 'date': return Number.isNaN(v.getTime()) ? null : { $date: v.toISOString() };
      case 'opaque': return decoded ? { $opaque: typeof v } : { $tempRef: ['0', ...path].join(':') };
      case 'serverRef': return serverRef(v, path); // not an identity: each $h decodes to its own handle
      default: break;
    }
    if (seen.has(v)) return { $ref: seen.get(v) };
    if (registrable) seen.set(v, path);
    const child = (x, step, reg = registrable) => d(x, [...path, step], reg && !String(step).includes(':'));
    switch (k) {
      case 'array': {
        const out = [];
        for (let i = 0; i < v.length; i++) out.push(await child(v[i], i));
        return out;
      }
      case 'iterable': return d(Array.from(v), path, false);
      case 'object': {
        const entries = [];
        for (const key of Object.keys(v)) if (v[key] !== undefined) entries.push([key, await child(v[key], key)]);
        return entries.some(([key]) => key.startsWith('$')) ? { $object: entries } : Object.fromEntries(entries);
      }
      case 'map': {
        const out = [];
        let i = 0;
        for (const [key, value] of v) {
          out.push([await d(key, [...path, i, 0], true), await d(value, [...path, i, 1], true)]);
          i++;
        }
        return { $map: out };
      }
      case 'set': case 'iterator': {
        const out = [];
        let i = 0;
        for (const x of v) out.push(await d(x, [...path, i++], true));
        return k === 'set' ? { $set: out } : { $iterator: out };
      }
      case 'typed': case 'arraybuffer': case 'dataview':
        return { $typed: { kind: typedKind(v), hex: (await bytesOf(v)).toString('hex') } };
      case 'blob': return { $blob: await blob(v) };
      case 'formdata': {
        const out = [];
        for (const [name, x] of v.entries()) out.push([name, typeof x === 'string' ? x : { $blob: await blob(x) }]);
        return { $formData: out };
      }
      case 'promise': {
        const holder = { $promise: null };
        deferred.push(async () => { holder.$promise = await d(await v, [...path, 'value'], true); });
        return holder;
      }
      default: { // streams and async iterables
        const holder = { $stream: { kind: '', items: [] } };
        deferred.push(async () => { holder.$stream = await stream(v, k, path); });
        return holder;
      }
    }
  }

  async function serverRef(v, path) {
    const { id, bound } = serverRefs.get(v);
    const args = [];
    for (let i = 0; i < bound.length; i++) args.push(await d(bound[i], [...path, 'bound', i], false));
    return { $serverRef: { id, bound: bound.length ? args : null } };
  }

  async function stream(v, k, path) {
    if (k === 'stream') {
      const bytes = isByteStream(v);
      const items = [];
      const reader = v.getReader();
      for (let r = await reader.read(); !r.done; r = await reader.read()) items.push(r.value);
      if (bytes) {
        const all = Buffer.concat(items.map((x) => Buffer.from(x.buffer, x.byteOffset, x.byteLength)));
        return { kind: 'ByteStream', items: [{ $typed: { kind: 'Uint8Array', hex: all.toString('hex') } }] };
      }
      const out = [];
      for (let i = 0; i < items.length; i++) out.push(await d(items[i], [...path, i], true));
      return { kind: 'ReadableStream', items: out };
    }
    const it = v[Symbol.asyncIterator]();
    const out = [];
    let r;
    for (let i = 0; !(r = await it.next()).done; i++) out.push(await d(r.value, [...path, i], true));
    const result = { kind: k === 'asyncIterator' ? 'AsyncIterator' : 'AsyncIterable', items: out };
    if (r.value !== undefined) result.return = await d(r.value, [...path, 'return'], true);
    return result;
  }

  const out = await d(root, [], true);
  while (deferred.length) await deferred.shift()();
  return out;
}

async function blob(b) {
  return { name: b instanceof File ? b.name : 'blob', type: b.type, hex: (await bytesOf(b)).toString('hex') };
}
