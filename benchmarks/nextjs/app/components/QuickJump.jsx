"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";

/** The sample's QuickJump (ClientApp/src/components/QuickJump.tsx), with Next.js's router. */
export function QuickJump() {
  const router = useRouter();
  const [text, setText] = useState("");
  const id = Number.parseInt(text, 10);
  return (
    <form
      className="quick-jump"
      role="search"
      onSubmit={(event) => {
        event.preventDefault();
        if (Number.isInteger(id) && id > 0) router.push(`/notes/${id}`);
      }}
    >
      <label className="visually-hidden" htmlFor="quick-jump-input">Go to note number</label>
      <input id="quick-jump-input" data-testid="quick-jump-input" inputMode="numeric" placeholder="Note #" value={text} onChange={(e) => setText(e.target.value)} />
      <button type="submit" data-testid="quick-jump-go">Go</button>
    </form>
  );
}
