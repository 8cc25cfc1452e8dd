"use client";

import { useOptimistic, useTransition } from "react";
import { createNote } from "../server-functions";

/**
 * An imported server function called from an Action: each click starts a transition that awaits
 * createNote(). Clicks while others run start more calls (they run in parallel); the marker counts them.
 * The new note appears through the page refresh that comes back with each call's answer.
 */
export function CreateNoteButton() {
  const [isPending, startCreating] = useTransition();
  const [running, addRunning] = useOptimistic(0, (count, delta: number) => count + delta);

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
