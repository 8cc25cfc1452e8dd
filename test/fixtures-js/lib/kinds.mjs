// Classifies a JS value the way encodeReply and the Flight client treat it.
import { serverRefs } from './encode.mjs';

const REACT_ELEMENT = Symbol.for('react.transitional.element');

/**
 * One of: undefined null boolean number string bigint date array object map set formdata blob
 * arraybuffer dataview typed iterator iterable asyncIterator asyncIterable stream byteStream
 * promise serverRef opaque (functions, symbols, elements, class instances, null-prototype objects).
 */
export function kindOf(v) {
  if (v === undefined) return 'undefined';
  if (v === null) return 'null';
  const t = typeof v;
  if (t === 'boolean' || t === 'number' || t === 'string' || t === 'bigint') return t;
  if (t === 'symbol') return 'opaque';
  if (t === 'function') return serverRefs.has(v) ? 'serverRef' : 'opaque';
  if (v.$$typeof === REACT_ELEMENT) return 'opaque';
  if (Array.isArray(v)) return 'array';
  if (v instanceof Date) return 'date';
  if (v instanceof Map) return 'map';
  if (v instanceof Set) return 'set';
  if (v instanceof FormData) return 'formdata';
  if (v instanceof Blob) return 'blob';
  if (v instanceof ArrayBuffer) return 'arraybuffer';
  if (v instanceof DataView) return 'dataview';
  if (ArrayBuffer.isView(v)) return 'typed';
  if (v instanceof ReadableStream) return 'stream';
  if (typeof v.then === 'function') return 'promise';
  if (typeof v[Symbol.asyncIterator] === 'function') return typeof v.next === 'function' ? 'asyncIterator' : 'asyncIterable';
  if (typeof v[Symbol.iterator] === 'function') return typeof v.next === 'function' ? 'iterator' : 'iterable';
  return Object.getPrototypeOf(v) === Object.prototype ? 'object' : 'opaque';
}

/** The typed-array kind name as the C# JsTypedArrayKind spells it (ArrayBuffer, DataView, Uint8Array, ...). */
export function typedKind(v) {
  if (v instanceof ArrayBuffer) return 'ArrayBuffer';
  if (v instanceof DataView) return 'DataView';
  return Object.prototype.toString.call(v).slice(8, -1);
}

/** The exact bytes of a buffer, view or blob. */
export async function bytesOf(v) {
  if (v instanceof Blob) return Buffer.from(await v.arrayBuffer());
  if (v instanceof ArrayBuffer) return Buffer.from(v);
  return Buffer.from(v.buffer, v.byteOffset, v.byteLength);
}

/** Whether a ReadableStream is a byte stream (its controller is a ReadableByteStreamController). */
export function isByteStream(stream) {
  try {
    const reader = stream.getReader({ mode: 'byob' });
    reader.releaseLock();
    return true;
  } catch {
    return false;
  }
}

/** A short printable form of a value for messages. */
export function show(v) {
  const k = kindOf(v);
  if (k === 'string') return JSON.stringify(v.length > 60 ? `${v.slice(0, 60)}…(${v.length})` : v);
  if (k === 'number') return Object.is(v, -0) ? '-0' : String(v);
  if (k === 'bigint') return `${v}n`;
  if (k === 'date') return `Date(${Number.isNaN(v.getTime()) ? 'Invalid' : v.toISOString()})`;
  if (k === 'undefined' || k === 'null' || k === 'boolean') return String(v);
  if (k === 'typed') return typedKind(v);
  return k;
}
