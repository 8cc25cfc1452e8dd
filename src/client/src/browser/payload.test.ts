import { afterEach, describe, expect, it } from "vitest";
import { inlinePayload } from "./payload.js";

type Pushed = Array<string | [string] | null>;
const g = globalThis as { __useserver_f?: Pushed };

afterEach(() => {
  delete g.__useserver_f;
});

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(value);
  }
  return Uint8Array.from(parts.flatMap((p) => [...p]));
}

describe("the inlined page payload", () => {
  it("turns text, base64 and later pushes into the exact bytes, ending at null", async () => {
    g.__useserver_f = ["0:\"héllo\"\n"];
    const stream = inlinePayload();
    g.__useserver_f.push([Buffer.from([0xff, 0x00, 0x41]).toString("base64")]);
    g.__useserver_f.push("1:2\n", null, "ignored after the end");

    const bytes = await readAll(stream);

    expect([...bytes]).toEqual([...Buffer.from("0:\"héllo\"\n"), 0xff, 0x00, 0x41, ...Buffer.from("1:2\n")]);
  });

  it("reads chunks pushed before the reader existed", async () => {
    g.__useserver_f = ["a", "b", null];

    expect(Buffer.from(await readAll(inlinePayload())).toString()).toBe("ab");
  });
});
