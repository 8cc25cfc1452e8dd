// The router's history entries: each one it makes carries a key in `history.state`, under which the router keeps the
// entry's scroll position and the tree it showed (so back and forward show the page at once, where it was scrolled).
import type { ReactNode } from "react";

const STATE_FIELD = "__useserver";

/** Trees kept for back and forward: the oldest goes first. */
export const MAX_KEPT_TREES = 50;

interface EntryState {
  key: string;
}

/** A fresh entry key. */
export function newKey(): string {
  return Math.random().toString(36).slice(2, 10) + Date.now().toString(36);
}

/** The key of `state` (a history entry's state), or null for entries the router did not make. */
export function keyOf(state: unknown): string | null {
  const entry = (state as Record<string, EntryState | undefined> | null)?.[STATE_FIELD];
  return typeof entry?.key === "string" ? entry.key : null;
}

/** The state of an entry with `key`, keeping what others (the app, other libraries) put in `state`. */
export function stateWith(state: unknown, key: string): Record<string, unknown> {
  const base = state !== null && typeof state === "object" ? (state as Record<string, unknown>) : {};
  return { ...base, [STATE_FIELD]: { key } satisfies EntryState };
}

/** What the router remembers of each entry it made. */
export class EntryMemory {
  private readonly scroll = new Map<string, number>();
  private readonly trees = new Map<string, { tree: ReactNode; at: number }>();

  saveScroll(key: string, y: number): void {
    this.scroll.set(key, y);
  }

  scrollOf(key: string): number | undefined {
    return this.scroll.get(key);
  }

  saveTree(key: string, tree: ReactNode, at: number): void {
    this.trees.delete(key);
    this.trees.set(key, { tree, at });
    while (this.trees.size > MAX_KEPT_TREES) this.trees.delete(this.trees.keys().next().value as string);
  }

  treeOf(key: string): { tree: ReactNode; at: number } | undefined {
    return this.trees.get(key);
  }

  /** Forgets every kept tree (a server function ran: they may be out of date). Scroll positions stay. */
  forgetTrees(): void {
    this.trees.clear();
  }
}
