import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { useServer } from "@useserver/client/vite";

export default defineConfig({
  plugins: [
    react(),
    // "use client" modules become chunks of the browser build; the plugin writes ../useserver/client-manifest.json and
    // ../useserver/ssr.js, the bundle the .NET server renders pages with (React's react-dom/server in embedded V8).
    useServer({ serverOutDir: "../useserver" }),
  ],
  build: {
    outDir: "../wwwroot",
    emptyOutDir: true,
    // The page is rendered by the server: the entry is the module that hydrates it, not an index.html.
    rollupOptions: { input: "src/main.tsx" },
    chunkSizeWarningLimit: 2048,
  },
  server: {
    host: "127.0.0.1",
  },
});
