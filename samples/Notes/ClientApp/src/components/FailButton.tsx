"use client";

import { startTransition, useState, useTransition } from "react";
import { fail } from "../server-functions";
import { describeError } from "./errors";

/** Calls a server function that throws, catches the rejection inside the Action and shows a message. */
export function FailButton() {
  const [isPending, startFailing] = useTransition();
  const [message, setMessage] = useState<string | null>(null);

  function run() {
    startFailing(async () => {
      try {
        await fail();
        startTransition(() => setMessage(null));
      } catch (error) {
        startTransition(() => setMessage(describeError(error)));
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
