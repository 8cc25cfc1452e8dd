// React's browser Flight client is built for webpack: when it loads it reads `__webpack_require__.u`,
// and it loads client components named by I rows through `__webpack_require__` and
// `__webpack_chunk_load__`. Outside webpack (Vite, Node) these globals do not exist and importing the
// client throws a ReferenceError. This module runs before that import and defines placeholders only
// when they are absent. Server-function calls never load client modules; an app that decodes server
// components with client references assigns its own loader to these globals before it renders them.

type WebpackGlobals = {
  __webpack_require__?: ((id: string) => unknown) & { u?: (chunkId: string) => string };
  __webpack_chunk_load__?: (chunkId: string) => Promise<unknown>;
  __webpack_get_script_filename__?: (chunkId: string) => string;
};

const globals = globalThis as WebpackGlobals;

if (typeof globals.__webpack_require__ !== "function") {
  const requireModule = (id: string): never => {
    throw new Error(`@useserver/client: no module loader for client reference "${id}" (assign globalThis.__webpack_require__).`);
  };
  globals.__webpack_require__ = Object.assign(requireModule, { u: (chunkId: string) => chunkId });
}

if (typeof globals.__webpack_get_script_filename__ !== "function") {
  globals.__webpack_get_script_filename__ = (chunkId: string) => chunkId; // React's development client reads it
}

if (typeof globals.__webpack_chunk_load__ !== "function") {
  globals.__webpack_chunk_load__ = () => Promise.resolve();
}

export {};
