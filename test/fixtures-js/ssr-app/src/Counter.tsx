"use client";

import { useState } from "react";

export function Counter({ label, start }: { label: string; start?: number }) {
  const [count, setCount] = useState(start ?? 0);
  return (
    <button type="button" data-testid="counter" onClick={() => setCount(count + 1)}>
      {label}: {count}
    </button>
  );
}
