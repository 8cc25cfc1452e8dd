// Loads React 19.3.1's real CommonJS builds side by side in one Node process: the development and the
// production flavours each get their own copy of `react` / `react-dom` (the module cache is cleared
// between the two loads, and NODE_ENV is set for each), so a dev client never runs against prod React.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const require = createRequire(path.join(root, 'package.json'));
const rsdw = (file, flavour) =>
  path.join(root, 'node_modules', 'react-server-dom-webpack', 'cjs', `react-server-dom-webpack-${file}.${flavour}.js`);

/** The fake webpack runtime: client modules are registered here by id (see registerClientModule). */
const clientModules = new Map();
const loadedChunks = [];
globalThis.__webpack_require__ = (id) => {
  if (!clientModules.has(id)) throw new Error(`Unknown client module ${JSON.stringify(id)}`);
  return clientModules.get(id);
};
globalThis.__webpack_require__.u = (chunkId) => `${chunkId}.js`;
globalThis.__webpack_get_script_filename__ = (chunkId) => `${chunkId}.js`; // dev builds: debug info
globalThis.__webpack_chunk_load__ = (chunkId) => {
  loadedChunks.push(chunkId);
  return Promise.resolve();
};

/** Registers the exports of a client module under a webpack module id. */
export function registerClientModule(id, exports) {
  clientModules.set(id, exports);
}

/** The chunk ids the clients asked the fake webpack runtime to load, in order. */
export const chunkLoads = loadedChunks;

function clearReactFromCache() {
  for (const key of Object.keys(require.cache)) {
    if (key.includes(`${path.sep}node_modules${path.sep}`)) delete require.cache[key];
  }
}

function load(flavour) {
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = flavour;
  clearReactFromCache();
  try {
    return {
      flavour,
      React: require('react'),
      ReactDOMServer: require('react-dom/server.node'),
      browser: require(rsdw('client.browser', flavour)),
      edge: require(rsdw('client.edge', flavour)),
      node: require(rsdw('client.node', flavour)),
    };
  } finally {
    process.env.NODE_ENV = previous;
  }
}

/** `{ development, production }`: each `{ flavour, React, ReactDOMServer, browser, edge, node }`. */
export const builds = { development: load('development'), production: load('production') };
clearReactFromCache();
