"use client";

import { useFormStatus } from "react-dom";

/**
 * Deletes the note: the bound server function answers a redirect to the list, whose tree comes in the same answer,
 * so the list shows without another request. Before JavaScript the form posts and gets 303 to the list.
 */
export function DeleteNoteButton({ action }: { action: (form: FormData) => Promise<void> }) {
  return (
    <form action={action}>
      <DeleteSubmit />
    </form>
  );
}

function DeleteSubmit() {
  const { pending } = useFormStatus();
  return (
    <button type="submit" className="danger" data-testid="delete-note" disabled={pending}>
      {pending ? "Deleting…" : "Delete note"}
    </button>
  );
}
