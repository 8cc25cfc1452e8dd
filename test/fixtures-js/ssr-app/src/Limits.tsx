"use client";

// Components that misbehave on the server, for the renderer's limits.

export function Hog(): null {
  const hoard: number[][] = [];
  for (;;) hoard.push(new Array(100_000).fill(1));
}

export function Spin(): null {
  const g = globalThis as { spins?: number };
  for (;;) g.spins = (g.spins ?? 0) + 1; // a write the bundler cannot drop
}

export function Throws({ message }: { message: string }): null {
  throw new Error(message);
}
