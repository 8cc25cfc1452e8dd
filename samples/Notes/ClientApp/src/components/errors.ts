import { ServerFunctionError } from "@useserver/client";

// React's production client replaces every server error message with its error #441 (minified or not).
const productionPlaceholder = /An error occurred in the Server Components render|React error #441/;

/**
 * A message for people. A C# exception reaches the browser as React's Error with a `digest`; its
 * message is there only when the server runs in Development and React's development client reads it.
 */
export function describeError(error: unknown): string {
  if (error instanceof ServerFunctionError) {
    return `The server refused the request (${error.status}${error.title ? `: ${error.title}` : ""}).`;
  }
  if (error instanceof Error) {
    const details = error.message !== "" && !productionPlaceholder.test(error.message) ? `: ${error.message}` : "";
    const digest = "digest" in error && typeof error.digest === "string" ? ` Reference: ${error.digest}` : "";
    return `Something went wrong on the server${details}.${digest}`;
  }
  return "Something went wrong on the server.";
}
