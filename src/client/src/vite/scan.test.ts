import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { findClientModules } from "./scan.js";

let root = "";

afterEach(async () => {
  if (root !== "") await rm(root, { recursive: true, force: true });
});

describe("finding client modules", () => {
  it("lists files whose first statement is the directive, by root-relative ID, and skips the rest", async () => {
    root = await mkdtemp(path.join(tmpdir(), "useserver-scan-"));
    const file = async (name: string, text: string) => {
      await mkdir(path.dirname(path.join(root, name)), { recursive: true });
      await writeFile(path.join(root, name), text);
    };
    await file("src/Button.tsx", '"use client";\nexport function Button() {}\n');
    await file("src/nested/Card.jsx", "// a comment\n/* and another */\n'use client'\nexport default 1;\n");
    await file("src/server.ts", 'export const x = "use client";\n');
    await file("src/late.tsx", 'import a from "a";\n"use client";\n');
    await file("src/types.d.ts", '"use client";\n');
    await file("node_modules/pkg/index.js", '"use client";\n');
    await file("dist/out.js", '"use client";\n');

    const found = await findClientModules(root, ["dist"]);

    expect(found.map((m) => m.id)).toEqual(["src/Button.tsx", "src/nested/Card.jsx"]);
    expect(found[0]?.file).toBe(path.join(root, "src/Button.tsx"));
  });
});
