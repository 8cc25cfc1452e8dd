// What the plugin writes while Vite serves (vite dev): the DEV manifest, pointing the server at dev-server module
// URLs, and the dev entry module the document loads first. Pure functions, so they are unit-tested without a server.
import type { AddressInfo } from "node:net";
import path from "node:path";
import type { ClientModule } from "./scan.js";

/** The manifest the server reads (contract: docs/pages.md). `dev` is present only in a dev server's manifest. */
export interface ClientManifest {
  version: 1;
  bootstrapModules: string[];
  styles: string[];
  components: Record<string, { id: string; chunks: string[]; name: string }>;
  dev?: DevInfo;
}

/** Marks a manifest as the dev server's: where it listens, and which start of it wrote the file. */
export interface DevInfo {
  /** The dev server's origin, e.g. `http://127.0.0.1:5173`: the page's scripts and the HMR socket go there. */
  origin: string;
  /** Echoes USESERVER_DEV_SESSION (set by the .NET host that started the server): the host waits for its own session. */
  session: string;
  /** The Node.js process serving it. */
  pid: number;
}

/** The dev entry's URL path: the document's one bootstrap module in development. */
export const DEV_ENTRY = "/@useserver/dev-entry";

/** Where the .NET host (UseServer.Pages in Development) pushes "refresh" when C# code changed. */
export const DEV_EVENTS_PATH = "/_useserver/dev/events";

/**
 * The origin a listening dev server is reached at from the browser. An unspecified address (all interfaces) is
 * reached as localhost, which Vite's default CORS policy and host check allow, as they do 127.0.0.1.
 */
export function devOrigin(address: AddressInfo | string | null, https: boolean): string {
  if (address === null || typeof address === "string") throw new Error("@useserver/client/vite: the dev server listens on no TCP port.");
  const unspecified = address.address === "0.0.0.0" || address.address === "::" || address.address === "";
  const host = unspecified ? "localhost" : address.family === "IPv6" || address.address.includes(":") ? `[${address.address}]` : address.address;
  return `${https ? "https" : "http"}://${host}:${address.port}`;
}

/**
 * The dev manifest: the dev entry as the only bootstrap module, no styles (Vite injects the CSS the modules import, and
 * updates it in place), and every client module's export with its dev-server URL as its chunk, so the browser loads
 * client components through Vite's module graph (HMR and React Fast Refresh own them).
 */
export function devManifest(
  dev: DevInfo,
  base: string,
  modules: ClientModule[],
  exportsOf: (module: ClientModule) => readonly string[] | null,
): ClientManifest {
  const prefix = dev.origin + (base.endsWith("/") ? base : base + "/");
  const manifest: ClientManifest = { version: 1, bootstrapModules: [prefix + DEV_ENTRY.slice(1)], styles: [], components: {}, dev };
  for (const m of modules) {
    for (const name of exportsOf(m) ?? []) {
      if (name === "*") continue; // `export *` from a module the bundle did not resolve: nothing to name
      manifest.components[`${m.id}#${name}`] = { id: m.id, chunks: [m.id, prefix + (m.devPath ?? "/" + m.id).slice(1)], name };
    }
  }
  return manifest;
}

/**
 * The dev entry: Vite's client (the HMR socket to the dev server), React Fast Refresh's preamble (from
 * @vitejs/plugin-react, so the refresh runtime is the dev server's own), then the app's entry. ES modules evaluate
 * their imports in order, so the preamble has hooked into React before react-dom loads as part of the entry's graph,
 * with no ordering left to the async scripts React's server rendering emits for bootstrap modules.
 */
export function devEntryCode(appEntry: string, reactRefresh: boolean): string {
  return [
    `import "/@vite/client";`,
    ...(reactRefresh ? [`import "@vitejs/plugin-react/preamble";`] : []),
    `import ${JSON.stringify(appEntry)};`,
    "",
  ].join("\n");
}

/**
 * The app's browser entry as a dev-server path ("/src/main.tsx"), from the plugin's option or the build's single input
 * (relative to the Vite root, or absolute under it).
 */
export function appEntryPath(root: string, entry: string | undefined, input: unknown): string {
  const candidates = entry !== undefined ? [entry]
    : typeof input === "string" ? [input]
    : Array.isArray(input) ? input
    : input !== null && typeof input === "object" ? Object.values(input)
    : [];
  if (candidates.length !== 1 || typeof candidates[0] !== "string" || candidates[0].endsWith(".html")) {
    throw new Error(
      "@useserver/client/vite: cannot tell the browser entry for the dev server: set useServer({ entry: \"src/main.tsx\" }) or build.rollupOptions.input to that one module.",
    );
  }
  const file = path.resolve(root, candidates[0]);
  const relative = path.relative(root, file).split(path.sep).join("/");
  return relative.startsWith("../") ? "/@fs/" + file.split(path.sep).join("/").replace(/^\//, "") : "/" + relative;
}
