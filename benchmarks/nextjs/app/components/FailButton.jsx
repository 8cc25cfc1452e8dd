"use client";

import { startTransition, useState, useTransition } from "react";
import { fail } from "../actions";

/** The sample's FailButton (ClientApp/src/components/FailButton.tsx). */
export function FailButton() {
  const [isPending, startFailing] = useTransition();
  const [message, setMessage] = useState(null);

  function run() {
    startFailing(async () => {
      try {
        await fail();
        startTransition(() => setMessage(null));
      } catch {
        startTransition(() => setMessage("Something went wrong on the server."));
      }
    });
  }

  return (
    <div className="fail">
      <button type="button" className="danger" data-testid="fail-action" onClick={run} disabled={isPending}>
        {isPending ? "Calling…" : "Call a failing function"}
      </button>
      {message !== null && (
        <p className="result error" data-testid="fail-message" role="alert">
          {message}
        </p>
      )}
    </div>
  );
}
