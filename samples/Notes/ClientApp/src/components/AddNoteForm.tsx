"use client";

import { useActionState } from "react";
import { addNote, type AddNoteState } from "../server-functions";

const initialState: AddNoteState = { ok: false, message: "", note: null };

/**
 * useActionState with the server function as the action: React passes the last state and the form's
 * FormData (title and an optional file), and shows the state the server returns. The permalink "/" is
 * where the form posts before JavaScript has loaded (or without it): the server runs addNote and renders
 * this page with the new state. The list itself is the server's: it refreshes with every call's answer.
 */
export function AddNoteForm() {
  const [state, formAction, isPending] = useActionState(addNote, initialState, "/");

  return (
    // noValidate: the rules live on the server (DataAnnotations); the browser does not pre-empt them.
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
