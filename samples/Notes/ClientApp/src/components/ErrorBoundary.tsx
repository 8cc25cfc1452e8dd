"use client";

import { Component, type ErrorInfo, type ReactNode } from "react";
import { describeError } from "./errors";

interface State {
  error: unknown;
}

/** Shows an error that escaped every action (for example the first load failing) instead of a blank page. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.warn("Notes: unhandled error", error, info.componentStack);
  }

  override render(): ReactNode {
    if (this.state.error === null) return this.props.children;
    return (
      <div className="app-error" role="alert">
        <h1>Notes could not continue</h1>
        <p>{describeError(this.state.error)}</p>
        <button type="button" className="primary" onClick={() => location.reload()}>
          Reload
        </button>
      </div>
    );
  }
}
