"use client";

import { useActionState } from "react";

type State = { count: number };

export function ActionForm({ action, permalink }: { action: (state: State, form: FormData) => Promise<State>; permalink?: string }) {
  const [state, formAction] = useActionState(action, { count: 0 }, permalink);
  return (
    <form action={formAction}>
      <p data-testid="count">count={state.count}</p>
      <input name="by" defaultValue="5" />
      <button type="submit">Increment</button>
    </form>
  );
}

export function PlainForm({ action }: { action: (form: FormData) => Promise<void> }) {
  return (
    <form action={action}>
      <input name="name" />
      <button type="submit">Save</button>
    </form>
  );
}
