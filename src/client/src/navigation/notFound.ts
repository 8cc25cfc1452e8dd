// The not-found marker: a server function or component that answers "not found" (C#: ServerResult.NotFound()) fails
// with an error carrying this message (the server marks it safe for clients, so production keeps it too). The page's
// segment boundary shows the app's not-found page for it.

/** The message of a not-found error (UseServer.Pages' NotFoundException.Marker says the same). */
export const NOT_FOUND_MESSAGE = "USESERVER_NOT_FOUND";

/** Whether `error` is the server's "not found" (from a server function's rejection or a segment's error). */
export function isNotFoundError(error: unknown): boolean {
  return error instanceof Error && error.message === NOT_FOUND_MESSAGE;
}
