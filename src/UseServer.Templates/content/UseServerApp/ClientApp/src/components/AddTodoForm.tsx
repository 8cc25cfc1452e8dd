"use client";

import { useActionState } from "react";
import { addTodo, type AddTodoState } from "../server-functions";

const initialState: AddTodoState = { ok: false, message: "" };

/**
 * useActionState with a C# server function as the action: React passes the last state and the form's data, and
 * shows the state the server answers. The permalink "/" is where the form posts before JavaScript has loaded (or
 * without it): the server runs addTodo and renders the page with the new state.
 */
export function AddTodoForm() {
  const [state, formAction, isPending] = useActionState(addTodo, initialState, "/");

  return (
    <form className="add" data-testid="add-todo-form" action={formAction}>
      <input name="title" aria-label="Task" placeholder="What needs doing?" autoComplete="off" />
      <button type="submit" data-testid="add-todo-submit" disabled={isPending}>
        {isPending ? "Adding…" : "Add"}
      </button>
      {state.message !== "" && (
        <p className={state.ok ? "result ok" : "result error"} data-testid="add-todo-result" role="status">
          {state.message}
        </p>
      )}
    </form>
  );
}
