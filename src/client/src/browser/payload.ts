// The page's Flight payload, inlined in the HTML by the server: scripts push its chunks into self.__useserver_f
// (a string is text, a one-element array is base64 bytes, null is the end). This turns them into a byte stream,
// including chunks pushed after this runs (the rest of a streaming page).

type Chunk = string | [string] | null;

export function inlinePayload(): ReadableStream<Uint8Array> {
  const g = globalThis as { __useserver_f?: Chunk[] };
  const pushed = (g.__useserver_f ??= []);
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    start(controller) {
      let closed = false;
      const take = (chunk: Chunk) => {
        if (closed) return;
        if (chunk === null) {
          closed = true;
          controller.close();
        } else if (typeof chunk === "string") controller.enqueue(encoder.encode(chunk));
        else controller.enqueue(Uint8Array.from(atob(chunk[0]), (c) => c.charCodeAt(0)));
      };
      for (const chunk of pushed) take(chunk);
      pushed.length = 0;
      pushed.push = (...chunks: Chunk[]) => {
        for (const chunk of chunks) take(chunk);
        return 0;
      };
    },
  });
}
