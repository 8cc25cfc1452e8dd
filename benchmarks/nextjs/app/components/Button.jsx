"use client";

import { useFormStatus } from "react-dom";

/** The sample's Button (ClientApp/src/components/Button.tsx): a form whose action is the bound server function. */
export function Button({ action, children }) {
  return (
    <form className="empty-note-form" action={action}>
      <SubmitButton>{children}</SubmitButton>
    </form>
  );
}

function SubmitButton({ children }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" className="secondary" data-testid="empty-note-button" aria-busy={pending}>
      {children}
    </button>
  );
}
