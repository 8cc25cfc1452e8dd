import { describe, expect, it } from "vitest";
import type { ConfigEnv, UserConfig } from "vite";
import { useServer } from "./index.js";

type ConfigHook = (user: UserConfig, env: ConfigEnv) => UserConfig | undefined;

const configOf = (user: UserConfig, command: ConfigEnv["command"]): UserConfig | undefined =>
  (useServer({ serverOutDir: "../useserver" }).config as ConfigHook)(user, { command, mode: "development" });

describe("the plugin's Vite config", () => {
  it("keeps this package out of the dev server's dependency pre-bundling (its virtual module is the plugin's) and pre-bundles React's CommonJS", () => {
    const config = configOf({}, "serve");
    expect(config?.optimizeDeps?.exclude).toEqual(["@useserver/client", "@useserver/client/browser"]);
    expect(config?.optimizeDeps?.include).toEqual(expect.arrayContaining(["react", "react-dom/client", "react-server-dom-webpack/client.browser"]));
  });

  it("gives the dev server a placeholder origin unless the app set one", () => {
    expect(configOf({}, "serve")?.server?.origin).toMatch(/^http:\/\//);
    expect(configOf({ server: { origin: "http://127.0.0.1:5173" } }, "serve")?.server).toBeUndefined();
  });

  it("changes nothing for a build", () => {
    expect(configOf({}, "build")).toBeUndefined();
  });
});
