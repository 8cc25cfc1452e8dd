// Curated cases beyond the design's shared vectors (same shape as cases.mjs): edges of numbers, dates,
// strings, keys, sharing, binary data, FormData, promises, streams, temporary and server references.
import { asyncGen, asyncIterableOf, element, formData, streamOf, syncGen } from './case-helpers.mjs';

const c = (name, source, make, extra = {}) => ({ name, source, make, ...extra });

export const extraCases = [
  c('extra-date-extremes', '[new Date(8.64e15), new Date(-8.64e15), new Date(-1)]', () => [new Date(8.64e15), new Date(-8.64e15), new Date(-1)]),
  c('extra-number-edges', '[Number.MAX_VALUE, Number.MIN_VALUE, -Number.MIN_VALUE, 2**53+2, 1e-7, 0.1+0.2]', () => [
    Number.MAX_VALUE, Number.MIN_VALUE, -Number.MIN_VALUE, 2 ** 53 + 2, 1e-7, 0.1 + 0.2,
  ]),
  c('extra-bigint-300-digits', '[BigInt("9".repeat(300)), -(2n**64n)]', () => [BigInt('9'.repeat(300)), -(2n ** 64n)]),
  c('extra-long-string', '["x".repeat(5000) + "é"]  // Flight writes it as a T row', () => ['x'.repeat(5000) + '\u00e9']),
  c('extra-string-newlines-and-separators', '["a\\nb\\r\\n\\u2028\\u2029\\u0000"]', () => ['a\nb\r\n\u2028\u2029\u0000']),
  c('extra-lone-surrogate-free-astral', '["\\u{10FFFF}\\u{1F4A9}"]', () => ['\u{10FFFF}\u{1F4A9}']),
  c('extra-dollar-everywhere', '[{"$": "$", "$$": ["$1", "$@1", "$Q1", "$D2020", "$n1", "$undefined", "$T", "$h1"]}]', () => [
    { $: '$', $$: ['$1', '$@1', '$Q1', '$D2020', '$n1', '$undefined', '$T', '$h1'] },
  ]),
  c('extra-proto-like-keys', '[{constructor: 1, then: 2, toString: "x", hasOwnProperty: null}]', () => [
    { constructor: 1, then: 2, toString: 'x', hasOwnProperty: null },
  ]),
  c('extra-numeric-keys-order', '[{b: 1, 2: "two", a: 3, 1: "one"}]  // JS orders integer keys first', () => [{ b: 1, 2: 'two', a: 3, 1: 'one' }]),
  c('extra-empty-containers', '[{}, [], new Map(), new Set(), new Uint8Array(0), new Blob([]), new FormData()]', () => [
    {}, [], new Map(), new Set(), new Uint8Array(0), new Blob([]), new FormData(),
  ]),
  c('extra-nested-arrays-deep', '50 nested arrays around 1', () => {
    let v = 1;
    for (let i = 0; i < 50; i++) v = [v];
    return v;
  }),
  c('extra-shared-map-and-set', 'const m=new Map([[1,2]]), s=new Set([m]); [m, s, {m, s}]', () => {
    const m = new Map([[1, 2]]);
    const s = new Set([m]);
    return [m, s, { m, s }];
  }),
  c('extra-shared-typed-array', 'const u=new Uint8Array([1,2]); [u, {u}]', () => {
    const u = new Uint8Array([1, 2]);
    return [u, { u }];
  }),
  c('extra-cycle-through-map', 'const o={}; o.m=new Map([["self", o]]); [o]', () => {
    const o = {};
    o.m = new Map([['self', o]]);
    return [o];
  }),
  c('extra-cycle-array', 'const a=[1]; a.push(a); a', () => {
    const a = [1];
    a.push(a);
    return a;
  }),
  c('extra-map-complex-keys', '[new Map([[{k:1}, 1], [[2], 2], [3n, 3], [null, 4], [undefined, 5], [NaN, 6], [-0, 7]])]', () => [
    new Map([[{ k: 1 }, 1], [[2], 2], [3n, 3], [null, 4], [undefined, 5], [NaN, 6], [0, 7]]),
  ]),
  c('extra-all-typed-arrays-multi', 'every typed-array kind with several elements', () => [
    new Int8Array([-128, 0, 127]), new Uint8Array([0, 128, 255]), new Uint8ClampedArray([0, 255]),
    new Int16Array([-32768, 32767]), new Uint16Array([0, 65535]), new Int32Array([-(2 ** 31), 2 ** 31 - 1]),
    new Uint32Array([0, 2 ** 32 - 1]), new Float32Array([NaN, -0, Infinity, 1e-40]),
    new Float64Array([NaN, -0, -Infinity, 5e-324]), new BigInt64Array([-(2n ** 63n), 2n ** 63n - 1n]),
    new BigUint64Array([0n, 2n ** 64n - 1n]), new Uint8Array(300).map((_, i) => i % 251).buffer,
  ]),
  c('extra-binary-with-newlines', '[new Uint8Array([10, 13, 10, 0, 58, 44])]  // bytes that look like row syntax', () => [
    new Uint8Array([10, 13, 10, 0, 58, 44]),
  ]),
  c('extra-blob-binary', '[new Blob([new Uint8Array([0,10,255])], {type: "application/x-thing"})]', () => [
    new Blob([new Uint8Array([0, 10, 255])], { type: 'application/x-thing' }),
  ]),
  c('extra-formdata-unicode-and-dollar', '[FormData{"é": "$ü", "a b": "1\\n2", "x": File(""), "$k": "v"}]', () => [
    formData([['\u00e9', '$\u00fc'], ['a b', '1\n2'], ['x', new File([], 'empty.bin')], ['$k', 'v']]),
  ]),
  c('extra-promise-nested', '[Promise.resolve([Promise.resolve(new Map([[1, Promise.resolve("deep")]]))])]', () => [
    Promise.resolve([Promise.resolve(new Map([[1, Promise.resolve('deep')]]))]),
  ]),
  c('extra-promise-of-undefined', '[Promise.resolve(undefined), Promise.resolve(null)]', () => [Promise.resolve(undefined), Promise.resolve(null)]),
  c('extra-stream-of-values', '[ReadableStream of 1, "$x", {d: new Date(5)}, [2n], null]', () => [
    streamOf([1, '$x', { d: new Date(5) }, [2n], null]),
  ]),
  c('extra-empty-streams', '[empty ReadableStream, empty async generator, empty async iterable]', () => [
    streamOf([]), asyncGen([], undefined), asyncIterableOf([]),
  ]),
  c('extra-async-generator-object-return', '[(async function*(){yield 1; return {r: [1n]}})()]', () => [asyncGen([1], { r: [1n] })]),
  c('extra-stream-of-binary-and-maps', '[ReadableStream of new Map([["a", 1]]), new Set([2]), new Uint16Array([3])]', () => [
    streamOf([new Map([['a', 1]]), new Set([2]), new Uint16Array([3])]),
  ]),
  c('extra-iterator-of-objects', '[(function*(){yield {a: 1}; yield [2]; yield new Date(0)})()]', () => [syncGen([{ a: 1 }, [2], new Date(0)])]),
  c('extra-temp-ref-mixed', '[{el: <p/>, fn: () => 2, n: 1}, Symbol("s")] with {temporaryReferences}', (ctx) => [
    { el: element(ctx, 'p', { children: 'x' }), fn: () => 2, n: 1 },
    Symbol('s'),
  ], { temporaryReferences: true, reuse: true }),
  c('extra-server-reference-in-object', 'const r = createServerReference("mod#fn"); [{action: r, n: 1}, r]', (ctx) => {
    const r = ctx.serverRef('mod#fn');
    return [{ action: r, n: 1 }, r];
  }),
  c('extra-server-reference-bound-complex', 'EdgeClient.createServerReference("m#x").bind(null, {a: [1]}, new Date(0), undefined)', (ctx) => [
    ctx.serverRef('m#x', [{ a: [1] }, new Date(0), undefined], 'edge'),
  ]),
];
