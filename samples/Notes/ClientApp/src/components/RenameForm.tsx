import { useEffect, useRef } from "react";
import { useFormStatus } from "react-dom";
import { renameNotebook } from "../server-functions";

/** The form's action is the server function itself: React sends the FormData and resets the form on success. */
export function RenameForm({ onRenamed }: { onRenamed: () => void }) {
  return (
    <form className="inline-form" data-testid="rename-form" action={renameNotebook}>
      <label className="visually-hidden" htmlFor="notebook-new-name">New name</label>
      <input id="notebook-new-name" name="name" placeholder="Rename this notebook…" autoComplete="off" />
      <RenameSubmit onDone={onRenamed} />
    </form>
  );
}

/** useFormStatus reads the pending state of the enclosing form; when a submit settles, the page reloads the name. */
function RenameSubmit({ onDone }: { onDone: () => void }) {
  const { pending } = useFormStatus();
  const wasPending = useRef(false);
  useEffect(() => {
    if (wasPending.current && !pending) onDone();
    wasPending.current = pending;
  }, [pending, onDone]);

  return (
    <button type="submit" data-testid="rename-submit" disabled={pending}>
      {pending ? "Renaming…" : "Rename"}
    </button>
  );
}
