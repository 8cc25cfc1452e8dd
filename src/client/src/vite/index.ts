// @useserver/client/vite: the Vite plugin of a server-rendered UseServer app. It finds the "use client" modules,
// makes each a dynamically loaded chunk of the browser build, writes the manifest the .NET server reads to refer to
// them (client-manifest.json), and builds the server-rendering bundle (ssr.js) that the server runs in embedded V8.
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Alias, InlineConfig, Plugin, ResolvedConfig } from "vite";
import { findClientModules, type ClientModule } from "./scan.js";

/** Options of {@link useServer}. */
export interface UseServerPluginOptions {
  /** Where the server's files go (client-manifest.json, ssr.js), relative to the Vite root unless absolute. */
  serverOutDir: string;
  /** Build ssr.js (default true). */
  ssr?: boolean;
}

const VIRTUAL_MODULES = "virtual:useserver/client-modules";
const VIRTUAL_SSR_ENTRY = "virtual:useserver/ssr-entry";
const resolved = (id: string) => "\0" + id;

/** The manifest the server reads (contract: docs/pages.md). */
export interface ClientManifest {
  version: 1;
  bootstrapModules: string[];
  styles: string[];
  components: Record<string, { id: string; chunks: string[]; name: string }>;
}

export function useServer(options: UseServerPluginOptions): Plugin {
  let config: ResolvedConfig;
  let modules: ClientModule[] = [];
  const runtimeEntry = (name: string) => {
    const base = fileURLToPath(new URL(`../${name}/index`, import.meta.url));
    return existsSync(base + ".ts") ? base + ".ts" : base + ".js";
  };

  return {
    name: "useserver",
    configResolved(resolvedConfig) {
      config = resolvedConfig;
    },
    async buildStart() {
      modules = await findClientModules(config.root, [config.build.outDir, serverOutDir(config, options)]);
      for (const m of modules) this.addWatchFile(m.file);
    },
    resolveId(id) {
      return id === VIRTUAL_MODULES ? resolved(VIRTUAL_MODULES) : null;
    },
    transform(code, id) {
      return stripDirective(code, id, modules);
    },
    load(id) {
      if (id !== resolved(VIRTUAL_MODULES)) return null;
      const entries = modules.map((m) => `  ${JSON.stringify(m.id)}: () => import(${JSON.stringify(m.file)}),`);
      return `export const clientModules = {\n${entries.join("\n")}\n};\n`;
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
      await buildServerBundle(config, options, modules, runtimeEntry("ssr"));
    },
  };
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
async function buildServerBundle(config: ResolvedConfig, options: UseServerPluginOptions, modules: ClientModule[], runtime: string): Promise<void> {
  const imports = modules.map((m, i) => `import * as m${i} from ${JSON.stringify(m.file)};`);
  const registrations = modules.map((m, i) => `  ${JSON.stringify(m.id)}: m${i},`);
  const entry = [
    `import { registerClientModules } from ${JSON.stringify(runtime)};`,
    ...imports,
    `registerClientModules({\n${registrations.join("\n")}\n});`,
  ].join("\n");
  const userAliases: Alias[] = config.resolve.alias.filter((a) => typeof a.find !== "string" || !a.find.startsWith("react"));
  // The app's own Vite builds the bundle (this package does not depend on a copy of its own).
  const vite = (await import(pathToFileURL(createRequire(path.join(config.root, "package.json")).resolve("vite")).href)) as {
    build(config: InlineConfig): Promise<unknown>;
  };
  await vite.build({
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
    ],
    build: {
      outDir: serverOutDir(config, options),
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
        output: { format: "iife", entryFileNames: "ssr.js", inlineDynamicImports: true, assetFileNames: "ssr-assets/[name][extname]" },
      },
    },
  });
}
