// The plugin while Vite serves (vite dev, started by the .NET host in Development or by hand): the browser loads
// the app from the dev server (HMR, React Fast Refresh) while Kestrel renders the pages. For the server, this keeps
// two files current in their own folder (never the production build's): ssr.js, from a watch build, and the dev
// manifest, rewritten after each server bundle so the two always describe the same modules.
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import type { ViteDevServer } from "vite";
import { devManifest, devOrigin, type DevInfo } from "./devManifest.js";
import { hasUseClientDirective, isSourceFile, type ClientModule } from "./scan.js";

/** Set by the .NET host that starts the dev server (UseServer.Pages' DevServer): read here, nowhere else. */
const ENV_SESSION = "USESERVER_DEV_SESSION";
const ENV_OUT_DIR = "USESERVER_DEV_OUT";
const ENV_PARENT = "USESERVER_DEV_PARENT_PID";

/** How often the dev server checks that the process that started it is alive (it exits with it). */
const PARENT_CHECK_MS = 1000;

/** Rebuilds the server bundle of the current client modules; returns a function that stops watching. */
export type WatchServerBundle = (
  modules: ClientModule[],
  outDir: string,
  onBuilt: (exportsOf: (m: ClientModule) => readonly string[] | null) => Promise<void>,
) => Promise<() => Promise<void>>;

export interface DevContext {
  server: ViteDevServer;
  /** The plugin's current client modules (its "use client" transform reads the same list). */
  modules: () => ClientModule[];
  setModules: (modules: ClientModule[]) => void;
  /** The folders the scan skips (build outputs). */
  skip: string[];
  /** Finds the client modules: the app's and this package's own. */
  scan: () => Promise<ClientModule[]>;
  /** Where the dev files go unless the host says (USESERVER_DEV_OUT). */
  defaultOutDir: string;
  watchServerBundle: WatchServerBundle | null;
  /** The id of the virtual module listing client modules, reloaded when the list changes. */
  clientModulesId: string;
}

/** The dev server's folder for the server's files. */
export function devOutDir(defaultOutDir: string): string {
  return process.env[ENV_OUT_DIR] || defaultOutDir;
}

/** Starts the dev side: the manifest is written once the server listens and the first server bundle is built, then after every rebuild. */
export function serveForServer(context: DevContext): void {
  const { server } = context;
  const config = server.config;
  const outDir = devOutDir(context.defaultOutDir);
  const session = process.env[ENV_SESSION] || `manual-${process.pid}`;
  let origin: string | null = null;
  let stop: (() => Promise<void>) | null = null;
  let latestExports: ((m: ClientModule) => readonly string[] | null) | null = null;
  let closed = false;

  const writeManifest = async () => {
    if (origin === null || latestExports === null) return; // both arrive, in either order
    const dev: DevInfo = { origin, session, pid: process.pid };
    const manifest = devManifest(dev, config.base, context.modules(), latestExports);
    await mkdir(outDir, { recursive: true });
    // Written whole, then renamed: the server never reads half a file.
    const file = path.join(outDir, "client-manifest.json");
    await writeFile(file + ".tmp", JSON.stringify(manifest, null, 2) + "\n");
    await rename(file + ".tmp", file);
  };

  const watch = async () => {
    if (context.watchServerBundle === null) {
      latestExports = () => null;
      await writeManifest();
      return;
    }
    await stop?.();
    stop = await context.watchServerBundle(context.modules(), outDir, async (exportsOf) => {
      latestExports = exportsOf;
      await writeManifest();
    });
    if (closed) await stop();
  };

  server.httpServer?.once("listening", () => {
    origin = devOrigin(server.httpServer?.address() ?? null, Boolean(config.server.https));
    void writeManifest().catch((e: unknown) => config.logger.error(`[useserver] could not write the dev manifest: ${String(e)}`));
  });
  // configureServer runs before the plugins' buildStart (where the plugin scans): scan here for the first bundle.
  void context.scan()
    .then((found) => {
      context.setModules(found);
      return watch();
    })
    .catch((e: unknown) => config.logger.error(`[useserver] the server bundle watch failed: ${String(e)}`));

  // A module that becomes (or stops being) "use client", or a new or deleted one: the lists and the bundle follow.
  let pending: ReturnType<typeof setTimeout> | null = null;
  const rescan = () => {
    pending = null;
    void context.scan().then(async (found) => {
      const before = context.modules().map((m) => m.id).join("\n");
      if (found.map((m) => m.id).join("\n") === before) return;
      context.setModules(found);
      const virtual = server.moduleGraph.getModuleById(context.clientModulesId);
      if (virtual !== undefined) await server.reloadModule(virtual);
      await watch();
    }).catch((e: unknown) => config.logger.error(`[useserver] rescanning client modules failed: ${String(e)}`));
  };
  server.watcher.on("all", (event, file) => {
    if (!isSourceFile(file) || file.includes(`${path.sep}node_modules${path.sep}`)) return;
    if (context.skip.some((dir) => file.startsWith(path.resolve(config.root, dir) + path.sep))) return;
    if (event === "change") {
      // Cheap check first: only a change of the directive changes the list.
      void isClientModuleCandidate(file).then((isClient) => {
        if (isClient !== context.modules().some((m) => m.file === file)) schedule();
      });
    } else if (event === "unlink" && context.modules().some((m) => m.file === file)) {
      // The bundle's entry imports it: stop watching now (a rebuild would fail on it), rescan, start again.
      const stopping = stop;
      stop = null;
      void stopping?.();
      schedule();
    } else if (event === "add" || event === "unlink") schedule();
  });
  const schedule = () => {
    if (pending === null) pending = setTimeout(rescan, 100);
  };

  // Started by a host process: exit with it, even when it was killed without a chance to stop this one.
  const parent = Number(process.env[ENV_PARENT]);
  let parentCheck: ReturnType<typeof setInterval> | null = null;
  if (Number.isInteger(parent) && parent > 0) {
    parentCheck = setInterval(() => {
      if (!isAlive(parent)) {
        config.logger.info(`[useserver] the process that started the dev server (${parent}) exited; stopping.`);
        void server.close().finally(() => process.exit(0));
      }
    }, PARENT_CHECK_MS);
    parentCheck.unref();
  }

  server.httpServer?.once("close", () => {
    closed = true;
    if (parentCheck !== null) clearInterval(parentCheck);
    void stop?.();
  });
}

async function isClientModuleCandidate(file: string): Promise<boolean> {
  try {
    return hasUseClientDirective(await readFile(file, "utf8"));
  } catch {
    return false; // deleted meanwhile: the unlink event rescans
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM"; // alive, another user's
  }
}
