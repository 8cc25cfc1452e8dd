// Runs the fixture app's ssr.js (the same bundle the .NET host runs in embedded V8) in Node, whose real Web APIs
// (streams, TextEncoder, FormData, timers) replace the bundle's polyfills: reads a page's Flight bytes from stdin,
// writes React's HTML to stdout. The renderer tests compare the two outputs byte for byte.
import { readFileSync } from "node:fs";
import vm from "node:vm";

const bundle = readFileSync(process.argv[2], "utf8");
const options = process.argv[3] ?? "{}";
vm.runInThisContext(bundle, { filename: "ssr.js" });

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const flight = Buffer.concat(chunks);

const handle = globalThis.__ssr_start(options);
globalThis.__ssr_push(handle, flight.toString("latin1"));
globalThis.__ssr_end(handle);
let html = "";
for (;;) {
  globalThis.__ssr_timers();
  const text = globalThis.__ssr_pull(handle);
  if (text === null) break;
  html += text;
  if (text === "") await new Promise((resolve) => setImmediate(resolve));
}
process.stdout.write(Buffer.from(html, "latin1"));
