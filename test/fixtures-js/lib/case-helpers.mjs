// Builders the case tables use for values that must be made fresh each time (streams, iterators, FormData).

export function* syncGen(items) {
  yield* items;
}

export async function* asyncGen(items, ret) {
  for (const x of items) yield x;
  return ret;
}

export const asyncIterableOf = (items) => ({
  async *[Symbol.asyncIterator]() {
    for (const x of items) yield x;
  },
});

export const streamOf = (items) =>
  new ReadableStream({
    start(c) {
      for (const x of items) c.enqueue(x);
      c.close();
    },
  });

export const byteStreamOf = (chunks) =>
  new ReadableStream({
    type: 'bytes',
    start(c) {
      for (const x of chunks) c.enqueue(new Uint8Array(x));
      c.close();
    },
  });

export const formData = (entries) => {
  const fd = new FormData();
  for (const [k, v] of entries) fd.append(k, v);
  return fd;
};

export const element = (ctx, type, props) => ctx.build.React.createElement(type, props);

