"use client";

import { useFormStatus } from "react-dom";
import { clearCompleted } from "../server-functions";

/** A server function as a form's action: React calls it with the form's data (and it posts as HTML before JavaScript). */
export function ClearCompleted() {
  return (
    <form action={clearCompleted}>
      <SubmitButton />
    </form>
  );
}

function SubmitButton() {
  const { pending } = useFormStatus();
  return (
    <button type="submit" className="secondary" data-testid="clear-completed" disabled={pending}>
      Clear completed
    </button>
  );
}
