"use client";
// A page segment's boundary (UseServer.Pages puts one around each segment that has an error or not-found page): the
// C# error page (`fallback`) when a component of the segment fails, the not-found page (`notFound`) when it answers
// "not found". Both trees are rendered on the server; the pieces below show the caught error inside them. The server
// keys the boundary by the segment's path, so navigating to another page starts it afresh.
import { Component, createContext, createElement, useContext, type ErrorInfo, type ReactNode } from "react";
import { useRouter } from "./context.js";
import { isNotFoundError } from "./notFound.js";

/** The error a boundary caught, and how to try again. */
interface Caught {
  error: unknown;
  retry: () => void;
}

const CaughtContext = createContext<Caught | null>(null);

/** Props of {@link SegmentBoundary}. */
export interface SegmentBoundaryProps {
  /** The segment's error page; without one, errors go on to the boundary above. */
  fallback?: ReactNode;
  /** The app's not-found page; without one, "not found" goes on as an error. */
  notFound?: ReactNode;
  /** The page failed to render on the server (before anything was sent): show the error page with this at once. */
  failure?: { digest: string; message?: string | null };
  children?: ReactNode;
}

interface State {
  error: unknown;
  failed: boolean;
}

class Boundary extends Component<SegmentBoundaryProps & { refresh: () => void }, State> {
  override state: State = Boundary.initial(this.props.failure);

  private static initial(failure: SegmentBoundaryProps["failure"]): State {
    if (failure === undefined || failure === null) return { error: null, failed: false };
    return { error: Object.assign(new Error(failure.message ?? ""), { digest: failure.digest }), failed: true };
  }

  static getDerivedStateFromError(error: unknown): State {
    return { error, failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    if (!isNotFoundError(error)) console.error("A page segment failed:", error, info.componentStack);
  }

  override render(): ReactNode {
    const { error, failed } = this.state;
    if (!failed) return this.props.children;
    const shown = isNotFoundError(error) ? this.props.notFound : this.props.fallback;
    if (shown === undefined) throw error; // nothing to show here: the boundary above decides
    const retry = () => {
      this.setState({ error: null, failed: false });
      this.props.refresh();
    };
    return createElement(CaughtContext.Provider, { value: { error, retry } }, shown);
  }
}

/** The boundary of a page segment (rendered by the server around the segment). */
export function SegmentBoundary(props: SegmentBoundaryProps): ReactNode {
  const router = useRouter();
  return createElement(Boundary, { ...props, refresh: () => router.refresh() });
}

/** What `ErrorMessage` shows when the error carries no message of the server's. */
const DEFAULT_ERROR_FALLBACK = "Something went wrong.";

/**
 * React's production client replaces every server error's message with its own error #441 (minified), whatever the
 * server sent: that text says nothing to a user.
 */
const HIDDEN_SERVER_MESSAGE = /^Minified React error #441[;:. ]/;

/**
 * The caught error's message, inside an error page. The server sends its message only in Development or for an
 * exception the app marks safe, and React's production client shows none of them: where there is no message of the
 * server's (empty, or React's error #441), `fallback` shows instead.
 */
export function ErrorMessage({ className, fallback }: { className?: string; fallback?: string | null }): ReactNode {
  const caught = useContext(CaughtContext);
  const error = caught?.error;
  const message = error instanceof Error ? error.message : error === undefined || error === null ? "" : String(error);
  const shown = message === "" || HIDDEN_SERVER_MESSAGE.test(message) ? (fallback ?? DEFAULT_ERROR_FALLBACK) : message;
  return createElement("span", { className }, shown);
}

/** The caught error's digest (the server's trace ID: find the request in the logs), or nothing. */
export function ErrorDigest({ className }: { className?: string }): ReactNode {
  const error = useContext(CaughtContext)?.error as { digest?: unknown } | null | undefined;
  const digest = typeof error?.digest === "string" ? error.digest : null;
  return digest === null ? null : createElement("code", { className }, digest);
}

/** A button that renders the segment again (fetching the page afresh). */
export function RetryButton({ className, children }: { className?: string; children?: ReactNode }): ReactNode {
  const caught = useContext(CaughtContext);
  return createElement("button", { type: "button", className, onClick: () => caught?.retry() }, children ?? "Try again");
}
