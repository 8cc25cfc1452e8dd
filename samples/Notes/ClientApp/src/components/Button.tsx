"use client";

import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";

/**
 * React's first Server Functions example, as a client component: the server component `EmptyNote` (C#,
 * Components/EmptyNote.cs) renders it with a server function as the `action` prop. It is a form so that it also
 * works before JavaScript loads (the server renders it as a plain HTML form that posts the action).
 */
export function Button({ action, children }: { action: (formData: FormData) => void | Promise<void>; children: ReactNode }) {
  return (
    <form className="empty-note-form" action={action}>
      <SubmitButton>{children}</SubmitButton>
    </form>
  );
}

function SubmitButton({ children }: { children: ReactNode }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" className="secondary" data-testid="empty-note-button" aria-busy={pending}>
      {children}
    </button>
  );
}
