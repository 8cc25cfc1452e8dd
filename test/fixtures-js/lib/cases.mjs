// The curated reply cases: every vector of shared/design/conformance/reply-vectors.json (same names)
// plus extras. Each case builds a FRESH value with make(ctx) every time it is asked (encodeReply
// consumes streams and iterators, and the comparison needs an untouched copy).
//
//   name        unique id (used by the fixtures and as the xunit case name)
//   source      the JS the value stands for (documentation, copied into the fixtures)
//   make(ctx)   builds the value; ctx = { build, serverRef(id, bound?) , prepared }
//   prepare     optional async (build) => prepared state (e.g. a reference decoded from a Flight payload)
//   temporaryReferences  encode with a TemporaryReferenceSet (opaque values become $T)
//   reuse       compare against the very instance that was encoded (opaque values keep identity)
//   identity    false when the protocol itself drops sharing (keys containing ":")
//   error       encodeReply must throw (no body)

import { asyncGen, asyncIterableOf, byteStreamOf, element, formData, streamOf, syncGen } from './case-helpers.mjs';
import { extraCases } from './cases-extra.mjs';

/** The Flight payload a server sends to hand the client a server reference with bound args [1, "b"]. */
export const boundReferencePayload = '0:"$h1"\n1:{"id":"abc123#doThing","bound":"$@2"}\n2:[1,"b"]\n';

const c = (name, source, make, extra = {}) => ({ name, source, make, ...extra });

export const cases = [
  // Strings
  c('string', '"hello"', () => 'hello'),
  c('string-empty', '""', () => ''),
  c('string-dollar-escaped', '"$hello"', () => '$hello'),
  c('string-only-dollar', '"$"', () => '$'),
  c('string-double-dollar', '"$$x"', () => '$$x'),
  c('string-at-not-escaped', '"@x"', () => '@x'),
  c('string-unicode', '"h\\u00e9llo \\u{1F600} \\n\\t\\"q\\""', () => 'h\u00e9llo \u{1F600} \n\t"q"'),
  c('string-ends-with-Z', '"2020-01-01T00:00:00.000Z" (plain string, NOT a Date)', () => '2020-01-01T00:00:00.000Z'),
  // Numbers and other primitives
  c('number-int', '42', () => 42),
  c('number-float', '3.14', () => 3.14),
  c('number-negative', '-7', () => -7),
  c('number-large', '1e21', () => 1e21),
  c('number-neg-zero', '-0', () => -0),
  c('number-NaN', 'NaN', () => NaN),
  c('number-Infinity', 'Infinity', () => Infinity),
  c('number-neg-Infinity', '-Infinity', () => -Infinity),
  c('true', 'true', () => true),
  c('false', 'false', () => false),
  c('null', 'null', () => null),
  c('undefined', 'undefined', () => undefined),
  c('bigint', '123456789012345678901234567890n', () => 123456789012345678901234567890n),
  c('bigint-negative', '-5n', () => -5n),
  c('date', 'new Date(Date.UTC(2020,0,2,3,4,5,6))', () => new Date(Date.UTC(2020, 0, 2, 3, 4, 5, 6))),
  c('date-invalid', 'new Date(NaN)  // toJSON() returns null', () => new Date(NaN)),
  // Arrays and objects
  c('args-empty', '[]', () => []),
  c('args-mixed', '["a", 1, true, null, undefined, -0, NaN, 2n]', () => ['a', 1, true, null, undefined, -0, NaN, 2n]),
  // eslint-disable-next-line no-sparse-arrays
  c('args-sparse-array', '[1, , 3]  // hole', () => [1, , 3]),
  c('object-plain', '[{a: 1, b: "two", c: [3], d: {e: null}}]', () => [{ a: 1, b: 'two', c: [3], d: { e: null } }]),
  c('object-undefined-prop', '[{a: undefined, b: 1}]', () => [{ a: undefined, b: 1 }]),
  c('object-dollar-keys', '[{"$key": "$val", "a:b": 1}]  // keys are NOT escaped, values are', () => [{ $key: '$val', 'a:b': 1 }]),
  c('object-date-nested', '[{when: new Date(0)}]', () => [{ when: new Date(0) }]),
  // Sharing and cycles
  c('shared-reference', 'const o={x:1}; [{a:o, b:o}]', () => {
    const o = { x: 1 };
    return [{ a: o, b: o }];
  }),
  c('shared-reference-array', 'const o={x:1}; [o, [o]]', () => {
    const o = { x: 1 };
    return [o, [o]];
  }),
  c('cyclic-object', 'const o={name:"o"}; o.self=o; [o]', () => {
    const o = { name: 'o' };
    o.self = o;
    return [o];
  }),
  c('cyclic-root', 'const o={}; o.me=o; o  // root itself is $0', () => {
    const o = {};
    o.me = o;
    return o;
  }),
  c('deep-path-reference', 'const leaf={v:1}; [{p:{q:[leaf]}}, leaf]', () => {
    const leaf = { v: 1 };
    return [{ p: { q: [leaf] } }, leaf];
  }),
  c('key-with-colon-no-dedupe', 'const o={v:1}; [{"a:b": o, c: o}]  // keys with ":" are not used in paths', () => {
    const o = { v: 1 };
    return [{ 'a:b': o, c: o }];
  }, { identity: false }),
  // Map, Set, iterators
  c('map', '[new Map([["k", 1], [2, {v: "x"}]])]', () => [new Map([['k', 1], [2, { v: 'x' }]])]),
  c('set', '[new Set([1, "two", 3n])]', () => [new Set([1, 'two', 3n])]),
  c('map-nested-in-set', '[new Set([new Map([[1,2]])])]', () => [new Set([new Map([[1, 2]])])]),
  c('map-object-key-shared', 'const k={id:1}; [new Map([[k, "v"]]), k]', () => {
    const k = { id: 1 };
    return [new Map([[k, 'v']]), k];
  }),
  c('sync-iterator-generator', '[(function*(){yield 1; yield 2})()]  // iterator === iterable -> $i', () => [syncGen([1, 2])]),
  c('sync-iterable-non-iterator', '[{[Symbol.iterator]: () => [1,2][Symbol.iterator]()}]  // -> plain array', () => [
    { [Symbol.iterator]: () => [1, 2][Symbol.iterator]() },
  ]),
  // Binary
  c('arraybuffer', '[new Uint8Array([1,2,3]).buffer]', () => [new Uint8Array([1, 2, 3]).buffer]),
  c('int8array', '[new Int8Array([-1, 2])]', () => [new Int8Array([-1, 2])]),
  c('uint8array', '[new Uint8Array([0, 255])]', () => [new Uint8Array([0, 255])]),
  c('uint8clampedarray', '[new Uint8ClampedArray([7])]', () => [new Uint8ClampedArray([7])]),
  c('int16array', '[new Int16Array([-2, 300])]', () => [new Int16Array([-2, 300])]),
  c('uint16array', '[new Uint16Array([65535])]', () => [new Uint16Array([65535])]),
  c('int32array', '[new Int32Array([-1])]', () => [new Int32Array([-1])]),
  c('uint32array', '[new Uint32Array([4294967295])]', () => [new Uint32Array([4294967295])]),
  c('float32array', '[new Float32Array([1.5])]', () => [new Float32Array([1.5])]),
  c('float64array', '[new Float64Array([Math.PI])]', () => [new Float64Array([Math.PI])]),
  c('bigint64array', '[new BigInt64Array([-1n])]', () => [new BigInt64Array([-1n])]),
  c('biguint64array', '[new BigUint64Array([2n**64n-1n])]', () => [new BigUint64Array([2n ** 64n - 1n])]),
  c('dataview', '[new DataView(new Uint8Array([9,8,7,6]).buffer, 1, 2)]', () => [new DataView(new Uint8Array([9, 8, 7, 6]).buffer, 1, 2)]),
  c('typedarray-subview', '[new Uint8Array([1,2,3,4,5]).subarray(1,3)]  // only the view bytes are sent', () => [
    new Uint8Array([1, 2, 3, 4, 5]).subarray(1, 3),
  ]),
  c('blob', '[new Blob(["hi"], {type: "text/plain"})]', () => [new Blob(['hi'], { type: 'text/plain' })]),
  c('file', '[new File(["abc"], "a.txt", {type: "text/plain"})]', () => [new File(['abc'], 'a.txt', { type: 'text/plain' })]),
  // FormData
  c('formdata-root', 'fd = FormData{name:"Ada", tags:"x", tags:"y"}; encodeReply(fd)', () =>
    formData([['name', 'Ada'], ['tags', 'x'], ['tags', 'y']])),
  c('formdata-as-arg', '[FormData{name:"Ada", file:File("abc","a.txt")}]', () => [
    formData([['name', 'Ada'], ['file', new File(['abc'], 'a.txt', { type: 'text/plain' })]]),
  ]),
  c('formdata-bound-state-and-fd', '[{count: 1}, FormData{q:"$x"}]  // useActionState: action(prevState, formData)', () => [
    { count: 1 },
    formData([['q', '$x']]),
  ]),
  c('formdata-two', '[FormData{a:"1"}, FormData{b:"2"}]', () => [formData([['a', '1']]), formData([['b', '2']])]),
  c('formdata-id-ge-10', '[m1..m9 (9 Maps), FormData{a:"1"}]  // part id 10: fields "_10_a", tag "$Ka" (React\'s own server decodes it EMPTY)', () => [
    ...Array.from({ length: 9 }, (_, i) => new Map([[i, i]])),
    formData([['a', '1']]),
  ]),
  c('part-ids-hex', '17 Sets -> part ids 1..17, references use hex ($W10, $W11)', () =>
    Array.from({ length: 17 }, (_, i) => new Set([i]))),
  // Promises, streams, async iterables
  c('promise', '[Promise.resolve({v: 1})]', () => [Promise.resolve({ v: 1 })]),
  c('promise-of-shared', 'const o={v:1}; [o, Promise.resolve(o)]  // part is the JSON string "$0:0"', () => {
    const o = { v: 1 };
    return [o, Promise.resolve(o)];
  }),
  c('async-generator', '[(async function*(){yield "a"; yield {b: 2}; return "done"})()]  // -> $x', () => [
    asyncGen(['a', { b: 2 }], 'done'),
  ]),
  c('async-iterable', '[{[Symbol.asyncIterator]() { ...yields 1,2 }}]  // separate iterator -> $X', () => [asyncIterableOf([1, 2])]),
  c('readable-stream', '[new ReadableStream({start(c){c.enqueue("x"); c.enqueue({y:1}); c.close()}})]  // -> $R', () => [
    streamOf(['x', { y: 1 }]),
  ]),
  c('readable-byte-stream', '[new ReadableStream({type:"bytes", ... enqueue [1,2] then [3]})]  // -> $r', () => [
    byteStreamOf([[1, 2], [3]]),
  ]),
  // Server references
  c('server-reference', 'const ref = createServerReference("abc123#doThing", callServer); [ref, ref]', (ctx) => {
    const ref = ctx.serverRef('abc123#doThing');
    return [ref, ref];
  }),
  c('server-reference-bound-edge', 'EdgeClient.createServerReference("abc123#doThing", cb).bind(null, "x", 2n)', (ctx) => [
    ctx.serverRef('abc123#doThing', ['x', 2n], 'edge'),
  ]),
  c('server-reference-bound-from-flight', 'server reference received in a Flight response with bound args [1,"b"], then passed back', (ctx) => [
    ctx.prepared,
    'extra-arg',
  ], { prepare: 'boundReferenceFromFlight' }),
  // Temporary references (opaque client values)
  c('temp-ref-element', '[{el: <div/>}] with {temporaryReferences}', (ctx) => [{ el: element(ctx, 'div') }], { temporaryReferences: true, reuse: true }),
  c('temp-ref-function', '[{fn: () => 1}] with {temporaryReferences}', () => [{ fn: () => 1 }], { temporaryReferences: true, reuse: true }),
  c('temp-ref-symbol', '[{s: Symbol("local")}] with {temporaryReferences}', () => [{ s: Symbol('local') }], { temporaryReferences: true, reuse: true }),
  c('temp-ref-class-instance', '[{inst: new (class Foo{})()}] with {temporaryReferences}', () => [{ inst: new (class Foo {})() }], {
    temporaryReferences: true,
    reuse: true,
  }),
  // Values encodeReply refuses
  c('error-function', '[() => 1]  // no temporaryReferences', () => [() => 1], { error: true }),
  c('error-symbol', '[Symbol.for("x")]', () => [Symbol.for('x')], { error: true }),
  c('error-element', '[<div/>]', (ctx) => [element(ctx, 'div')], { error: true }),
  c('error-class-instance', '[new (class Foo{})()]', () => [new (class Foo {})()], { error: true }),
  c('error-null-proto', '[Object.create(null)]', () => [Object.create(null)], { error: true }),
  ...extraCases,
];

export const caseByName = new Map(cases.map((x) => [x.name, x]));
