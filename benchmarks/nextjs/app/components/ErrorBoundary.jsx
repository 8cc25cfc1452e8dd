"use client";

import { Component } from "react";

/** The sample's ErrorBoundary (ClientApp/src/components/ErrorBoundary.tsx). */
export class ErrorBoundary extends Component {
  state = { error: null };

  static getDerivedStateFromError(error) {
    return { error };
  }

  componentDidCatch(error, info) {
    console.warn("Notes: unhandled error", error, info.componentStack);
  }

  render() {
    if (this.state.error === null) return this.props.children;
    return (
      <div className="app-error" role="alert">
        <h1>Notes could not continue</h1>
        <p>Something went wrong on the server.</p>
        <button type="button" className="primary" onClick={() => location.reload()}>
          Reload
        </button>
      </div>
    );
  }
}
