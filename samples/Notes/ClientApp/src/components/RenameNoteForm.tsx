"use client";

import { useFormStatus } from "react-dom";

/**
 * Renames one note. `action` is the server function the page's server component bound to the note (sealed): React
 * sends the FormData, resets the form on success, and the new title arrives with the page's tree in the same answer.
 */
export function RenameNoteForm({ action, title }: { action: (form: FormData) => Promise<void>; title: string }) {
  return (
    <form className="inline-form" data-testid="rename-note-form" action={action}>
      <label className="visually-hidden" htmlFor="note-new-title">New title</label>
      <input id="note-new-title" name="title" placeholder={title === "" ? "Give this note a title…" : "Rename “" + title + "”…"} autoComplete="off" data-testid="rename-note-input" />
      <Submit />
    </form>
  );
}

function Submit() {
  const { pending } = useFormStatus();
  return (
    <button type="submit" data-testid="rename-note-submit" disabled={pending}>
      {pending ? "Renaming…" : "Rename"}
    </button>
  );
}
