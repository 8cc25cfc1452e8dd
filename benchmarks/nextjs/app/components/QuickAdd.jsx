"use client";

import { useState } from "react";
import { addNote } from "../actions";

/** The sample's QuickAdd (ClientApp/src/components/QuickAdd.tsx): a form whose action is a client function. */
export function QuickAdd() {
  const [result, setResult] = useState(null);

  async function quickAdd(form) {
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
