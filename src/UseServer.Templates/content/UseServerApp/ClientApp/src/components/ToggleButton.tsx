"use client";

import { useTransition } from "react";
import { toggleTodo } from "../server-functions";

/**
 * An imported server function called inside a transition: isPending is true while the call runs, and the page's
 * tree that comes back with the answer shows the task's new state.
 */
export function ToggleButton({ id, done }: { id: number; done: boolean }) {
  const [isPending, startTransition] = useTransition();

  return (
    <button
      type="button"
      className="toggle"
      data-testid="todo-toggle"
      aria-pressed={done}
      aria-busy={isPending}
      onClick={() => startTransition(async () => { await toggleTodo(id); })}
    >
      {done ? "✓" : "○"}
      {isPending && <span className="pending" data-testid="todo-toggle-pending">…</span>}
    </button>
  );
}
