"use client";

import { useFormStatus } from "react-dom";
import { renameNotebook } from "../actions";

/** The sample's RenameForm (ClientApp/src/components/RenameForm.tsx). */
export function RenameForm() {
  return (
    <form className="inline-form" data-testid="rename-form" action={renameNotebook}>
      <label className="visually-hidden" htmlFor="notebook-new-name">New name</label>
      <input id="notebook-new-name" name="name" placeholder="Rename this notebook…" autoComplete="off" />
      <RenameSubmit />
    </form>
  );
}

function RenameSubmit() {
  const { pending } = useFormStatus();
  return (
    <button type="submit" data-testid="rename-submit" disabled={pending}>
      {pending ? "Renaming…" : "Rename"}
    </button>
  );
}
