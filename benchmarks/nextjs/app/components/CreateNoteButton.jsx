"use client";

import { useOptimistic, useTransition } from "react";
import { createNote } from "../actions";

/** The sample's CreateNoteButton (ClientApp/src/components/CreateNoteButton.tsx). */
export function CreateNoteButton() {
  const [isPending, startCreating] = useTransition();
  const [running, addRunning] = useOptimistic(0, (count, delta) => count + delta);

  function create() {
    startCreating(async () => {
      addRunning(1);
      await createNote();
    });
  }

  return (
    <div className="create-note">
      {isPending && (
        <span className="pending" data-testid="create-note-pending" role="status">
          <span className="spinner" aria-hidden="true" />
          Creating{running > 1 ? ` ${running} notes` : ""}…
        </span>
      )}
      <button type="button" className="primary" data-testid="create-note" onClick={create}>
        + New note
      </button>
    </div>
  );
}
