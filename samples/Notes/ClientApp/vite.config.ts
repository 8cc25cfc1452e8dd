import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { useServer } from "../../../src/client/src/vite/index";

const clientSource = fileURLToPath(new URL("../../../src/client/src/", import.meta.url));

export default defineConfig({
  plugins: [
    react(),
    // "use client" modules → dynamically loaded chunks + ../useserver/client-manifest.json, and the server-rendering
    // bundle ../useserver/ssr.js that the .NET server runs in embedded V8 (react-dom/server renders the pages).
    // `npm run dev` (started by the app in Development) writes its own pair into node_modules/.useserver/ instead.
    useServer({ serverOutDir: "../useserver" }),
    {
      // The npm client's package.json marks its global-defining modules as having side effects by their dist/
      // paths; compiled from source here, the same modules need saying so again, or the build drops them.
      name: "useserver-client-side-effects",
      transform(code, id) {
        return id.startsWith(clientSource) && /(webpackGlobals|globals)\.ts$/.test(id) ? { code, map: null, moduleSideEffects: true } : null;
      },
    },
  ],
  resolve: {
    // The npm client from this repository's source; React and its Flight client from this app's
    // node_modules only, so the page has exactly one copy of each.
    alias: [
      { find: /^@useserver\/client$/, replacement: clientSource + "index.ts" },
      { find: /^@useserver\/client\/browser$/, replacement: clientSource + "browser/index.ts" },
    ],
    dedupe: ["react", "react-dom", "react-server-dom-webpack"],
  },
  build: {
    outDir: "../wwwroot",
    emptyOutDir: true,
    // The page is rendered by the server: the entry is the module that hydrates it, not an index.html.
    rollupOptions: { input: "src/main.tsx" },
    // React's development build (Debug) is large; the production bundle is about 80 KB gzipped.
    chunkSizeWarningLimit: 2048,
  },
  server: {
    // The dev server (`npm run dev`, started by the app in Development): the browser keeps talking to Kestrel, which
    // renders the pages; the page's scripts and the HMR socket come from here. Loopback only; the next free port
    // from 5173 (the app reads the one in use from the dev manifest). Vite's default CORS policy allows the
    // page's loopback origin.
    host: "127.0.0.1",
  },
});
