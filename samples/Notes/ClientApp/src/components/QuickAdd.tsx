"use client";

import { useState } from "react";
import { addNote } from "../server-functions";

/**
 * A form whose action is a client function (which then calls a server function). Such a form cannot post without
 * JavaScript, so React's server rendering gives it a placeholder action and its inline replay script: a submit made
 * after the HTML arrived but before hydration is queued and replayed, once, when React has hydrated the page.
 */
export function QuickAdd() {
  const [result, setResult] = useState<string | null>(null);

  async function quickAdd(form: FormData) {
    const state = await addNote(null, form);
    setResult(state.message);
  }

  return (
    <form className="inline-form" data-testid="quick-add-form" action={quickAdd}>
      <label className="visually-hidden" htmlFor="quick-add-title">Quick note</label>
      <input id="quick-add-title" name="title" placeholder="Quick note…" autoComplete="off" />
      <button type="submit" data-testid="quick-add-submit">Add</button>
      {result !== null && (
        <span className="result ok" data-testid="quick-add-result" role="status">
          {result}
        </span>
      )}
    </form>
  );
}
