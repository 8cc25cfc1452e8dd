"use client";

export function Button({ action, children }) {
  return (
    <form action={action}>
      <button type="submit" data-testid="empty-note-button">{children}</button>
    </form>
  );
}
