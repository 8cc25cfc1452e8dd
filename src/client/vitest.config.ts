import { defineConfig } from "vitest/config";

// Every test runs against both builds of React's browser client: development (what `vite dev` loads)
// and production (what shipped apps load). They differ in error rows (docs/protocol.md, "Responses: Flight").
const include = ["src/**/*.test.ts"];

export default defineConfig({
  test: {
    projects: [
      { test: { name: "react-development", include, env: { NODE_ENV: "development" } } },
      { test: { name: "react-production", include, env: { NODE_ENV: "production" } } },
    ],
  },
});
