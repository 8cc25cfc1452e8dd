// The TSX twins of the C# trees of test/UseServer.Pages.Tests/Rendering/TsxTwinTests.cs, rendered to Flight by
// React's own server (react-server-dom-webpack/server.edge; run with --conditions=react-server). Prints the page
// payload { tree, formState: null } as Flight; ssr-node.mjs then renders it to HTML, as the C# Flight is rendered.
// Usage: node --conditions=react-server rsc-twin.mjs <twin> <client-manifest.json>
import { readFileSync } from "node:fs";
import { Fragment, Suspense, createElement as h } from "react";
import { registerClientReference, registerServerReference, renderToReadableStream } from "react-server-dom-webpack/server.edge";

const [twin, manifestPath] = process.argv.slice(2);
const manifest = JSON.parse(readFileSync(manifestPath, "utf8")).components;
const client = (id, name) => registerClientReference(() => { throw new Error("client"); }, id, name);
const Counter = client("src/Counter.tsx", "Counter");
const Panel = client("src/Panel.tsx", "default");
const ActionForm = client("src/ActionForm.tsx", "ActionForm");

const documentOf = (...body) =>
  h("html", { lang: "en" }, h("head", null, h("meta", { charSet: "utf-8" }), h("title", null, "Test")), h("body", null, ...body));

// A server component, as the C# Greeting component.
function Greeting({ name }) {
  return h("p", { className: "greeting" }, "Hello, ", name, "!");
}

async function Slow() {
  await new Promise((resolve) => setTimeout(resolve, 10));
  return h("ul", null, h("li", null, "late"));
}

const twins = {
  page: () =>
    documentOf(
      h("main", null,
        h("h1", null, "Hello from C#"),
        h(Counter, { label: "Clicks", start: 3 }),
        h(Panel, { title: "Panel" }, h("p", null, "inside ", h("strong", null, "the panel"))),
        h("ul", null, ["a", "b", "c"].map((x) => h("li", { key: x }, x))))),
  components: () =>
    documentOf(
      h("section", { className: "box", "data-testid": "greeting", "aria-label": "Greeting" },
        h(Greeting, { name: "Ada" }),
        h("input", { name: "title", required: true, maxLength: 100 }),
        h("label", { htmlFor: "title" }, "$ sign"),
        h(Fragment, { key: "f" }, "x", "1"),
        h(Suspense, { fallback: h("p", null, "Loading…") }, h(Slow)))),
  forms: () =>
    documentOf(h(ActionForm, { action: registerServerReference(async () => {}, "counter.increment", null), permalink: "/counter" })),
};

const stream = renderToReadableStream({ tree: twins[twin](), formState: null }, manifest, { onError: (e) => console.error(e) });
for await (const chunk of stream) process.stdout.write(chunk);
