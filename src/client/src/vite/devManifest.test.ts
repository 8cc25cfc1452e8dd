import path from "node:path";
import { describe, expect, it } from "vitest";
import { appEntryPath, devEntryCode, devManifest, devOrigin } from "./devManifest.js";
import { packageClientModules } from "./scan.js";

const dev = { origin: "http://127.0.0.1:5173", session: "s1", pid: 42 };

describe("the dev manifest", () => {
  it("lists the package's own client modules under the package's IDs, loaded from the dev server by file path", () => {
    const modules = packageClientModules((name) => path.posix.join("/pkg/dist", name + ".js"));
    const manifest = devManifest(dev, "/", modules, () => ["Link", "SegmentBoundary"]);

    expect(modules.map((m) => m.id)).toEqual(["@useserver/client/link", "@useserver/client/segment"]);
    expect(manifest.components["@useserver/client/link#Link"]).toEqual({
      id: "@useserver/client/link",
      chunks: ["@useserver/client/link", "http://127.0.0.1:5173/@fs/pkg/dist/navigation/link.js"],
      name: "Link",
    });
  });

  it("boots from the dev entry, lists no styles, and points each client export at its dev-server module", () => {
    const modules = [
      { id: "src/Button.tsx", file: "/app/src/Button.tsx" },
      { id: "src/Card.tsx", file: "/app/src/Card.tsx" },
      { id: "src/Unbuilt.tsx", file: "/app/src/Unbuilt.tsx" },
    ];
    const exports: Record<string, string[] | null> = { "src/Button.tsx": ["Button", "default"], "src/Card.tsx": ["Card", "*"], "src/Unbuilt.tsx": null };

    const manifest = devManifest(dev, "/", modules, (m) => exports[m.id] ?? null);

    expect(manifest).toEqual({
      version: 1,
      bootstrapModules: ["http://127.0.0.1:5173/@useserver/dev-entry"],
      styles: [],
      dev,
      components: {
        "src/Button.tsx#Button": { id: "src/Button.tsx", chunks: ["src/Button.tsx", "http://127.0.0.1:5173/src/Button.tsx"], name: "Button" },
        "src/Button.tsx#default": { id: "src/Button.tsx", chunks: ["src/Button.tsx", "http://127.0.0.1:5173/src/Button.tsx"], name: "default" },
        "src/Card.tsx#Card": { id: "src/Card.tsx", chunks: ["src/Card.tsx", "http://127.0.0.1:5173/src/Card.tsx"], name: "Card" },
      },
    });
  });

  it("puts the app's base between the origin and the paths", () => {
    const manifest = devManifest(dev, "/app", [{ id: "src/A.tsx", file: "/r/src/A.tsx" }], () => ["A"]);

    expect(manifest.bootstrapModules).toEqual(["http://127.0.0.1:5173/app/@useserver/dev-entry"]);
    expect(manifest.components["src/A.tsx#A"]?.chunks[1]).toBe("http://127.0.0.1:5173/app/src/A.tsx");
  });
});

describe("the dev server's origin", () => {
  it("is the address it listens on, bracketed for IPv6, localhost for all interfaces", () => {
    expect(devOrigin({ address: "127.0.0.1", family: "IPv4", port: 5173 }, false)).toBe("http://127.0.0.1:5173");
    expect(devOrigin({ address: "::1", family: "IPv6", port: 5174 }, false)).toBe("http://[::1]:5174");
    expect(devOrigin({ address: "0.0.0.0", family: "IPv4", port: 80 }, true)).toBe("https://localhost:80");
    expect(devOrigin({ address: "::", family: "IPv6", port: 5173 }, false)).toBe("http://localhost:5173");
    expect(() => devOrigin("/tmp/socket", false)).toThrow(/no TCP port/);
  });
});

describe("the dev entry", () => {
  it("loads Vite's client, then React Fast Refresh's preamble, then the app, in that order", () => {
    expect(devEntryCode("/src/main.tsx", true).split("\n").filter(Boolean)).toEqual([
      'import "/@vite/client";',
      'import "@vitejs/plugin-react/preamble";',
      'import "/src/main.tsx";',
    ]);
    expect(devEntryCode("/src/main.tsx", false)).not.toContain("preamble");
  });

  it("finds the app's entry from the option or the build's single input, as a root path", () => {
    const root = path.resolve("/work/app");
    expect(appEntryPath(root, "src/main.tsx", undefined)).toBe("/src/main.tsx");
    expect(appEntryPath(root, undefined, "./src/main.tsx")).toBe("/src/main.tsx");
    expect(appEntryPath(root, undefined, [path.join(root, "src", "entry.ts")])).toBe("/src/entry.ts");
    expect(appEntryPath(root, undefined, { main: "src/main.tsx" })).toBe("/src/main.tsx");
    expect(() => appEntryPath(root, undefined, undefined)).toThrow(/entry/);
    expect(() => appEntryPath(root, undefined, "index.html")).toThrow(/entry/);
    expect(() => appEntryPath(root, undefined, ["a.ts", "b.ts"])).toThrow(/entry/);
  });
});
