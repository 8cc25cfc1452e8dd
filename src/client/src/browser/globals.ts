// Webpack's module globals, backed by the client modules the Vite plugin lists (virtual:useserver/client-modules):
// React's browser Flight client loads a client component named by an I row with __webpack_chunk_load__(chunkId) and
// then reads it with __webpack_require__(moduleId). Chunk IDs are module IDs here. Imported before React's client.
import { clientModules } from "virtual:useserver/client-modules";

type Loader = () => Promise<unknown>;
const loaded = new Map<string, unknown>();
const loading = new Map<string, Promise<unknown>>();
const g = globalThis as Record<string, unknown>;

function load(chunkId: string): Promise<unknown> {
  let pending = loading.get(chunkId);
  if (pending === undefined) {
    const loader = (clientModules as Record<string, Loader | undefined>)[chunkId];
    if (loader === undefined) return Promise.reject(new Error(`@useserver/client: unknown client module "${chunkId}".`));
    pending = loader().then((namespace) => {
      loaded.set(chunkId, namespace);
      return namespace;
    });
    loading.set(chunkId, pending);
  }
  return pending;
}

const requireModule = (id: string): unknown => {
  if (!loaded.has(id)) throw new Error(`@useserver/client: client module "${id}" was required before it loaded.`);
  return loaded.get(id);
};
g.__webpack_require__ = Object.assign(requireModule, { u: (chunkId: string) => chunkId });
g.__webpack_chunk_load__ = load;
// React's development client names the script a chunk came from (for its performance track): the module ID here.
g.__webpack_get_script_filename__ = (chunkId: string) => chunkId;
