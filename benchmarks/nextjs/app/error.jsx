"use client";

// The sample's PageError (Components/StatusPages.cs): Next.js puts this boundary around every page, as the C#
// layout's segment boundary carries its error tree.
import Link from "next/link";

export default function PageError({ error, reset }) {
  return (
    <section className="status-page card" data-testid="page-error" role="alert">
      <h1>This page could not be shown</h1>
      <p><span className="error-text">Something went wrong on our side.</span></p>
      <p className="hint">Reference: {error.digest}</p>
      <div className="status-actions">
        <button type="button" onClick={() => reset()}>Try again</button>
        <Link href="/" data-testid="error-home">Back to the notes</Link>
      </div>
    </section>
  );
}
