// A small server-rendered app for the renderer and page tests (test/UseServer.Pages.Tests): built with the
// @useserver/client/vite plugin from this repository's source, exactly as an app is.
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";
import { useServer } from "../../../src/client/src/vite/index";

const clientSource = fileURLToPath(new URL("../../../src/client/src/", import.meta.url));

export default defineConfig({
  plugins: [useServer({ serverOutDir: "../.ssr-out/server" })],
  esbuild: { jsx: "automatic" },
  logLevel: "warn",
  resolve: {
    alias: [
      { find: /^@useserver\/client$/, replacement: clientSource + "index.ts" },
      { find: /^@useserver\/client\/browser$/, replacement: clientSource + "browser/index.ts" },
    ],
    dedupe: ["react", "react-dom", "react-server-dom-webpack"],
  },
  build: {
    outDir: "../.ssr-out/public",
    emptyOutDir: true,
    minify: false,
    rollupOptions: { input: "src/main.tsx" },
  },
});
