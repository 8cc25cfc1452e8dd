"use client";

import { useFormStatus } from "react-dom";
import { renameNotebook } from "../server-functions";

/**
 * The form's action is the server function itself: React sends the FormData and resets the form on success;
 * the new name arrives with the page refresh in the call's answer. Without JavaScript the same form posts to
 * the page, which runs the function and answers 303 back to it.
 */
export function RenameForm() {
  return (
    <form className="inline-form" data-testid="rename-form" action={renameNotebook}>
      <label className="visually-hidden" htmlFor="notebook-new-name">New name</label>
      <input id="notebook-new-name" name="name" placeholder="Rename this notebook…" autoComplete="off" />
      <RenameSubmit />
    </form>
  );
}

/** useFormStatus reads the pending state of the enclosing form. */
function RenameSubmit() {
  const { pending } = useFormStatus();
  return (
    <button type="submit" data-testid="rename-submit" disabled={pending}>
      {pending ? "Renaming…" : "Rename"}
    </button>
  );
}
