// @useserver/client/vite: the Vite plugin of a server-rendered UseServer app. It finds the "use client" modules,
// makes each a dynamically loaded chunk of the browser build, writes the manifest the .NET server reads to refer to
// them (client-manifest.json), and builds the server-rendering bundle (ssr.js) that the server runs in embedded V8.
// While Vite serves (vite dev), it writes the same two files for the dev server instead, in their own folder (dev.ts).
import { existsSync } from "node:fs";
import { mkdir, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Alias, InlineConfig, Plugin, ResolvedConfig } from "vite";
import { serveForServer, type WatchServerBundle } from "./dev.js";
import { appEntryPath, DEV_ENTRY, DEV_EVENTS_PATH, devEntryCode, devOrigin, type ClientManifest } from "./devManifest.js";
import { findClientModules, packageClientModules, type ClientModule } from "./scan.js";

export type { ClientManifest, DevInfo } from "./devManifest.js";

/** Options of {@link useServer}. */
export interface UseServerPluginOptions {
  /** Where the server's files go (client-manifest.json, ssr.js), relative to the Vite root unless absolute. */
  serverOutDir: string;
  /** Build ssr.js (default true). */
  ssr?: boolean;
  /**
   * Where the dev server writes its own manifest and server bundle, relative to the Vite root unless absolute.
   * Default: `node_modules/.useserver` (beside Vite's cache: never committed or published, and never the production
   * build's files). The .NET host that starts the dev server says where it reads them (USESERVER_DEV_OUT), which wins.
   */
  devOutDir?: string;
  /** The browser entry module the dev server serves, e.g. `src/main.tsx`. Default: the build's single `rollupOptions.input`. */
  entry?: string;
}

const VIRTUAL_MODULES = "virtual:useserver/client-modules";
const VIRTUAL_SSR_ENTRY = "virtual:useserver/ssr-entry";
const resolved = (id: string) => "\0" + id;

/**
 * Stands for the dev server's origin in `server.origin` until it listens (its port is known only then): Vite writes
 * asset URLs with it, and the transform below puts the real origin in. Assets then load from the dev server, not
 * from the page's origin (Kestrel), the way Vite's backend integration guide asks.
 */
const ORIGIN_PLACEHOLDER = "http://__useserver_dev_origin__";

/** This package's entry points that a served app imports (kept out of Vite's dependency pre-bundling). */
const SELF_PACKAGES = ["@useserver/client", "@useserver/client/browser"] as const;

/** The CommonJS modules those entry points import, pre-bundled for the browser while the package itself is not. */
const REACT_DEPENDENCIES = ["react", "react/jsx-runtime", "react/jsx-dev-runtime", "react-dom", "react-dom/client", "react-server-dom-webpack/client.browser"] as const;

export function useServer(options: UseServerPluginOptions): Plugin {
  let config: ResolvedConfig;
  let modules: ClientModule[] = [];
  let origin: string | null = null; // the dev server's, once it listens
  const runtimeEntry = (name: string) => sourceFile(`${name}/index`);
  const scan = async () => [
    ...(await findClientModules(config.root, [config.build.outDir, serverOutDir(config, options)])),
    ...packageClientModules(sourceFile),
  ];

  return {
    name: "useserver",
    config(user, env) {
      if (env.command !== "serve") return;
      return {
        ...(user.server?.origin === undefined ? { server: { origin: ORIGIN_PLACEHOLDER } } : {}),
        optimizeDeps: {
          // This package imports the plugin's virtual module, which only the plugin resolves: Vite's dependency
          // pre-bundling (esbuild) cannot, so the package is served as the ES modules it is, one copy for the stubs
          // and the browser entry alike. React's CommonJS packages it imports are pre-bundled instead.
          exclude: [...SELF_PACKAGES],
          include: [...REACT_DEPENDENCIES],
        },
      };
    },
    configResolved(resolvedConfig) {
      config = resolvedConfig;
    },
    configureServer(server) {
      server.httpServer?.once("listening", () => {
        const address = server.httpServer?.address();
        if (address !== null && typeof address === "object") origin = devOrigin(address, Boolean(server.config.server.https));
      });
      serveForServer({
        server,
        modules: () => modules,
        setModules: (found) => {
          modules = found;
        },
        skip: [config.build.outDir, serverOutDir(config, options)],
        scan,
        defaultOutDir: path.resolve(config.root, options.devOutDir ?? "node_modules/.useserver"),
        watchServerBundle: options.ssr === false ? null : watchServerBundle(config, runtimeEntry("ssr")),
        clientModulesId: resolved(VIRTUAL_MODULES),
      });
    },
    async buildStart() {
      modules = await scan();
      for (const m of modules) this.addWatchFile(m.file);
    },
    resolveId(id) {
      if (id === VIRTUAL_MODULES) return resolved(VIRTUAL_MODULES);
      if (id === DEV_ENTRY && config.command === "serve") return DEV_ENTRY;
      return null;
    },
    transform(code, id) {
      if (config.command === "serve" && code.includes(ORIGIN_PLACEHOLDER)) {
        code = code.replaceAll(ORIGIN_PLACEHOLDER, origin ?? "");
        return stripDirective(code, id, modules) ?? { code, map: null };
      }
      return stripDirective(code, id, modules);
    },
    load(id) {
      if (id === DEV_ENTRY && config.command === "serve") {
        const reactRefresh = config.plugins.some((p) => p.name === "vite:react-virtual-preamble");
        return devEntryCode(appEntryPath(config.root, options.entry, config.build.rollupOptions.input), reactRefresh);
      }
      if (id !== resolved(VIRTUAL_MODULES)) return null;
      const entries = modules.map((m) => `  ${JSON.stringify(m.id)}: () => import(${JSON.stringify(m.file)}),`);
      // While serving, the page subscribes to the .NET host's development events (a C# change refreshes it).
      const devEvents = config.command === "serve" ? JSON.stringify(DEV_EVENTS_PATH) : "null";
      return `export const clientModules = {\n${entries.join("\n")}\n};\nexport const devEvents = ${devEvents};\n`;
    },
    async generateBundle(_, bundle) {
      if (config.command !== "build" || config.build.ssr) return;
      const base = config.base.endsWith("/") ? config.base : config.base + "/";
      const manifest: ClientManifest = { version: 1, bootstrapModules: [], styles: [], components: {} };
      for (const output of Object.values(bundle)) {
        if (output.type !== "chunk" || !output.isEntry) continue;
        manifest.bootstrapModules.push(base + output.fileName);
        const css = (output as { viteMetadata?: { importedCss?: Set<string> } }).viteMetadata?.importedCss;
        for (const file of css ?? []) manifest.styles.push(base + file);
      }
      for (const m of modules) {
        const chunk = Object.values(bundle).find((o) => o.type === "chunk" && o.facadeModuleId === m.file)
          ?? Object.values(bundle).find((o) => o.type === "chunk" && o.moduleIds.includes(m.file));
        if (chunk === undefined || chunk.type !== "chunk") continue; // not imported anywhere the build reached
        const exports = this.getModuleInfo(m.file)?.exports ?? chunk.exports;
        for (const name of exports) {
          manifest.components[`${m.id}#${name}`] = { id: m.id, chunks: [m.id, base + chunk.fileName], name };
        }
      }
      const out = serverOutDir(config, options);
      await mkdir(out, { recursive: true });
      await writeFile(path.join(out, "client-manifest.json"), JSON.stringify(manifest, null, 2) + "\n");
    },
    async closeBundle() {
      if (config.command !== "build" || config.build.ssr || options.ssr === false) return;
      await buildServerBundle(config, serverOutDir(config, options), modules, runtimeEntry("ssr"));
    },
  };
}

/** A module of this package beside the plugin: its TypeScript source in this repository, its build in the package. */
function sourceFile(name: string): string {
  const base = fileURLToPath(new URL(`../${name}`, import.meta.url));
  return existsSync(base + ".ts") ? base + ".ts" : base + ".js";
}

/**
 * Removes the "use client" directive from client modules once they are known to be client modules: in a bundle it
 * means nothing (Rollup would warn that it ignores it), the plugin has acted on it already.
 */
function stripDirective(code: string, id: string, modules: ClientModule[]): { code: string; map: null } | null {
  if (!modules.some((m) => m.file === id)) return null;
  const stripped = code.replace(/^((?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*)(["'])use client\2;?/, "$1/* use client */");
  return stripped === code ? null : { code: stripped, map: null };
}

function serverOutDir(config: ResolvedConfig, options: UseServerPluginOptions): string {
  return path.resolve(config.root, options.serverOutDir);
}

/**
 * ssr.js: one classic script (IIFE) with react-dom/server and React's Flight client in their edge builds (whose
 * server references encode no-JS forms), the server-rendering runtime, and every client module registered by ID.
 */
async function buildServerBundle(config: ResolvedConfig, outDir: string, modules: ClientModule[], runtime: string): Promise<void> {
  await viteOf(config).build(serverBundleConfig(config, outDir, modules, runtime, []));
}

/**
 * The dev server's ssr.js: the same bundle, from a watch build (Rollup rebuilds it when a module it contains
 * changes); after each write, `onBuilt` learns each client module's exports (the dev manifest lists them).
 */
function watchServerBundle(config: ResolvedConfig, runtime: string): WatchServerBundle {
  return async (modules, outDir, onBuilt) => {
    const written: Plugin = {
      name: "useserver-ssr-written",
      async writeBundle() {
        // Written under another name, then renamed: the server never reads half a bundle.
        await rename(path.join(outDir, NEXT_SSR_FILE), path.join(outDir, "ssr.js"));
        const exportsOf = (m: ClientModule) => this.getModuleInfo(m.file)?.exports ?? null;
        await onBuilt(exportsOf);
      },
    };
    const inline = serverBundleConfig(config, outDir, modules, runtime, [written], NEXT_SSR_FILE);
    // A short delay lets the dev server's own watcher restart this build first when a client module is deleted
    // (the entry imports it), rather than this one failing on the missing file.
    inline.build = { ...inline.build, watch: { buildDelay: 100 } };
    inline.clearScreen = false;
    const watcher = (await viteOf(config).build(inline)) as {
      on(event: "event", listener: (e: { code: string; error?: unknown; result?: { close(): Promise<void> } | null }) => void): void;
      close(): Promise<void>;
    };
    watcher.on("event", (e) => {
      if (e.code === "ERROR") config.logger.error(`[useserver] the server bundle did not build: ${String(e.error)}`);
      if (e.result != null) void e.result.close(); // a build that failed has none
    });
    return () => watcher.close();
  };
}

// The app's own Vite builds the bundle (this package does not depend on a copy of its own).
function viteOf(config: ResolvedConfig): { build(config: InlineConfig): Promise<unknown> } {
  return {
    build: async (inline) => {
      const vite = (await import(pathToFileURL(createRequire(path.join(config.root, "package.json")).resolve("vite")).href)) as {
        build(config: InlineConfig): Promise<unknown>;
      };
      return vite.build(inline);
    },
  };
}

const NEXT_SSR_FILE = "ssr.next.js";

function serverBundleConfig(
  config: ResolvedConfig,
  outDir: string,
  modules: ClientModule[],
  runtime: string,
  plugins: Plugin[],
  fileName = "ssr.js",
): InlineConfig {
  const imports = modules.map((m, i) => `import * as m${i} from ${JSON.stringify(m.file)};`);
  const registrations = modules.map((m, i) => `  ${JSON.stringify(m.id)}: m${i},`);
  const entry = [
    `import { registerClientModules } from ${JSON.stringify(runtime)};`,
    ...imports,
    `registerClientModules({\n${registrations.join("\n")}\n});`,
  ].join("\n");
  const userAliases: Alias[] = config.resolve.alias.filter((a) => typeof a.find !== "string" || !a.find.startsWith("react"));
  return {
    configFile: false,
    root: config.root,
    mode: config.mode,
    logLevel: "warn",
    define: { "process.env.NODE_ENV": JSON.stringify(config.mode === "development" ? "development" : "production") },
    esbuild: { jsx: "automatic" },
    resolve: {
      alias: [
        // The edge builds: no Node APIs, and Flight references that render no-JS forms ($$FORM_ACTION).
        { find: /^react-dom\/server$/, replacement: "react-dom/server.edge" },
        { find: /^react-server-dom-webpack\/client(\.browser)?$/, replacement: "react-server-dom-webpack/client.edge" },
        ...userAliases,
      ],
      dedupe: ["react", "react-dom", "react-server-dom-webpack"],
    },
    plugins: [
      {
        name: "useserver-ssr-directives",
        transform: (code, id) => stripDirective(code, id, modules),
      },
      {
        name: "useserver-ssr-entry",
        resolveId: (id) => (id === VIRTUAL_SSR_ENTRY ? resolved(VIRTUAL_SSR_ENTRY) : null),
        load: (id) => (id === resolved(VIRTUAL_SSR_ENTRY) ? entry : null),
      },
      ...plugins,
    ],
    build: {
      outDir,
      emptyOutDir: false,
      copyPublicDir: false,
      minify: false,
      cssCodeSplit: false,
      target: "es2022",
      modulePreload: false,
      reportCompressedSize: false,
      chunkSizeWarningLimit: 8192,
      rollupOptions: {
        input: VIRTUAL_SSR_ENTRY,
        output: { format: "iife", entryFileNames: fileName, inlineDynamicImports: true, assetFileNames: "ssr-assets/[name][extname]" },
      },
    },
  };
}
