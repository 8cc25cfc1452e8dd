import { describe, expect, it } from "vitest";
import { EntryMemory, keyOf, MAX_KEPT_TREES, newKey, stateWith } from "./history.js";

describe("the router's history entries", () => {
  it("marks an entry with its key and keeps what others put in its state", () => {
    const key = newKey();
    const state = stateWith({ app: 1 }, key);

    expect(keyOf(state)).toBe(key);
    expect(state["app"]).toBe(1);
    expect(keyOf(null)).toBeNull();
    expect(keyOf({ other: true })).toBeNull();
    expect(newKey()).not.toBe(key);
  });

  it("remembers scroll positions and trees per entry; a server function forgets the trees, not the positions", () => {
    const memory = new EntryMemory();
    memory.saveScroll("a", 120);
    memory.saveTree("a", "tree-a", 1);

    expect(memory.scrollOf("a")).toBe(120);
    expect(memory.treeOf("a")).toEqual({ tree: "tree-a", at: 1 });
    memory.forgetTrees();
    expect(memory.treeOf("a")).toBeUndefined();
    expect(memory.scrollOf("a")).toBe(120);
  });

  it("keeps at most MAX_KEPT_TREES trees, the least recently shown going first", () => {
    const memory = new EntryMemory();
    for (let i = 0; i <= MAX_KEPT_TREES; i++) memory.saveTree(`k${i}`, i, i);
    expect(memory.treeOf("k0")).toBeUndefined();
    expect(memory.treeOf(`k${MAX_KEPT_TREES}`)).toBeDefined();
  });
});
