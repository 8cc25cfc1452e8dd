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

// The host's pump, as src/UseServer.Pages/Rendering/V8/V8HtmlRenderer.cs drives it: the payload goes in through the
// exchange buffer, each step reports the HTML bytes it left there (times 8, plus flags) or -1 when the render is over.
const handle = globalThis.__ssr_start(options);
globalThis.__ssr_exchange(flight.length).set(flight);
const html = [];
let result = globalThis.__ssr_step(handle, flight.length, true);
while (result !== -1) {
  const bytes = Math.floor(result / 8);
  if (bytes > 0) html.push(Buffer.from(globalThis.__ssr_exchange(0).subarray(0, bytes)));
  else await new Promise((resolve) => setImmediate(resolve)); // Node runs React's timers and microtasks itself
  result = globalThis.__ssr_step(handle, 0, false);
}
process.stdout.write(Buffer.concat(html));
