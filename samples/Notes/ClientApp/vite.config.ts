import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// Kestrel, for the dev server's proxy (`dotnet watch` uses the launch profile's URL).
const server = process.env.NOTES_SERVER_URL ?? "http://127.0.0.1:5080";

const clientSource = fileURLToPath(new URL("../../../src/client/src/", import.meta.url));

export default defineConfig({
  plugins: [
    react(),
    {
      // The npm client's package.json marks its webpack-globals module as having side effects by its
      // dist/ path; compiled from source here, the same module needs saying so again, or the build drops it.
      name: "useserver-client-side-effects",
      transform(code, id) {
        return id.startsWith(clientSource) && id.endsWith("webpackGlobals.ts") ? { code, map: null, moduleSideEffects: true } : null;
      },
    },
  ],
  resolve: {
    // The npm client from this repository's source; React and its Flight client from this app's
    // node_modules only, so the page has exactly one copy of each.
    alias: { "@useserver/client": clientSource + "index.ts" },
    dedupe: ["react", "react-dom", "react-server-dom-webpack"],
  },
  build: {
    outDir: "../wwwroot",
    emptyOutDir: true,
    // React's development build (Debug) is large; the production bundle is about 80 KB gzipped.
    chunkSizeWarningLimit: 2048,
  },
  server: {
    host: "127.0.0.1",
    // Same-origin calls: the Host header stays the dev server's, so Kestrel's origin check passes.
    proxy: {
      "/_serverfn": { target: server, changeOrigin: false },
      "/attachments": { target: server, changeOrigin: false },
    },
  },
});
