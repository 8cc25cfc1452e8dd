"use client";

// Components that misbehave on the server, for the renderer's limits.

export function Hog(): null {
  const hoard: number[][] = [];
  for (;;) hoard.push(new Array(100_000).fill(1));
}

export function Spin(): null {
  for (;;) {
    // never returns
  }
}

export function Throws({ message }: { message: string }): null {
  throw new Error(message);
}
