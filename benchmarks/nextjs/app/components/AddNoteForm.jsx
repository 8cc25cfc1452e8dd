"use client";

import { useActionState } from "react";
import { addNote } from "../actions";

const initialState = { ok: false, message: "", note: null };

/** The sample's AddNoteForm (ClientApp/src/components/AddNoteForm.tsx): useActionState with the permalink "/". */
export function AddNoteForm() {
  const [state, formAction, isPending] = useActionState(addNote, initialState, "/");

  return (
    <form className="stacked-form" data-testid="add-note-form" action={formAction} noValidate>
      <label htmlFor="note-title">Title</label>
      <input id="note-title" name="title" placeholder="What is this note about?" autoComplete="off" />
      <p className="hint">Required, at most 100 characters.</p>

      <label htmlFor="note-attachment">Attachment <span className="optional">(optional, up to 512 KB)</span></label>
      <input id="note-attachment" name="attachment" type="file" />

      <div className="form-actions">
        <button type="submit" className="primary" data-testid="add-note-submit" disabled={isPending}>
          Add note
        </button>
        {isPending && (
          <span className="pending" data-testid="add-note-pending" role="status">
            <span className="spinner" aria-hidden="true" />
            Saving…
          </span>
        )}
        {state.message !== "" && (
          <p className={state.ok ? "result ok" : "result error"} data-testid="add-note-result" role="status">
            {state.message}
          </p>
        )}
      </div>
    </form>
  );
}
