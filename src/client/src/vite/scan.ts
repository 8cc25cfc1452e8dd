// Finds the client modules of an app: source files whose first statement is the "use client" directive.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

/** A "use client" module: its ID (path relative to the Vite root, "/" separators) and absolute file. */
export interface ClientModule {
  id: string;
  file: string;
  /** The dev server's path for it, when it is not its ID (a module outside the root: `/@fs/…`). */
  devPath?: string;
}

/**
 * This package's own client modules (the router's Link and the page segments' boundary), which server components
 * render too: every app lists them, under IDs of the package's name. `moduleFile` finds a module beside the plugin.
 */
export function packageClientModules(moduleFile: (name: string) => string): ClientModule[] {
  return PACKAGE_CLIENT_MODULES.map(([id, name]) => {
    const file = moduleFile(name);
    return { id, file, devPath: "/@fs/" + file.split(path.sep).join("/").replace(/^\//, "") };
  });
}

/** [ID, module path under the package's source root]: UseServer.Pages' C# handles name the same IDs. */
const PACKAGE_CLIENT_MODULES: readonly (readonly [string, string])[] = [
  ["@useserver/client/link", "navigation/link"],
  ["@useserver/client/segment", "navigation/boundary"],
];

const SOURCE = /\.(tsx?|jsx?|mts|mjs)$/;
// Comments and blank lines may come before the directive; nothing else may.
const DIRECTIVE = /^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*(["'])use client\1/;

/** Whether a file is a source module the scan reads (not a declaration file). */
export function isSourceFile(file: string): boolean {
  return SOURCE.test(file) && !file.endsWith(".d.ts");
}

/** Whether a module's text starts with the "use client" directive. */
export function hasUseClientDirective(text: string): boolean {
  return DIRECTIVE.test(text);
}

export async function findClientModules(root: string, skip: string[]): Promise<ClientModule[]> {
  const found: ClientModule[] = [];
  const skipped = new Set(skip.map((s) => path.resolve(root, s)));
  const pending = [root];
  while (pending.length > 0) {
    const dir = pending.pop()!;
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== "node_modules" && !entry.name.startsWith(".") && !skipped.has(full)) pending.push(full);
      } else if (isSourceFile(entry.name) && hasUseClientDirective(await readFile(full, "utf8"))) {
        found.push({ id: path.relative(root, full).split(path.sep).join("/"), file: full });
      }
    }
  }
  return found.sort((a, b) => a.id.localeCompare(b.id));
}
