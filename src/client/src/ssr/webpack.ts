// Webpack's module globals for the server bundle, defined before React's Flight client loads: every client module
// is in the bundle already (registerClientModules), so loading a chunk is a no-op and require is a lookup.

const modules = new Map<string, unknown>();

/** Registers the client modules by module ID (what the manifest's `id` and the I rows name). */
export function registerClientModules(map: Record<string, unknown>): void {
  for (const [id, namespace] of Object.entries(map)) modules.set(id, namespace);
}

const g = globalThis as Record<string, unknown>;
g.__webpack_require__ = (id: string) => {
  const namespace = modules.get(id);
  if (namespace === undefined) throw new Error(`@useserver/client/ssr: client module "${id}" is not in the server bundle.`);
  return namespace;
};
g.__webpack_chunk_load__ = () => Promise.resolve();
