import { PROBLEM_CONTENT_TYPE } from "./constants.js";
import { ServerFunctionError, ServerFunctionNotFoundError, type ServerFunctionErrorInit, type ValidationErrors } from "./errors.js";

/** The media type of a response, lowercased, without parameters (`text/x-component; charset=utf-8` → `text/x-component`). */
export function mediaTypeOf(response: Response): string {
  const contentType = response.headers.get("Content-Type") ?? "";
  return contentType.split(";", 1)[0]!.trim().toLowerCase();
}

/**
 * Builds the error for a non-Flight response. A problem document (RFC 9457) contributes its fields; a
 * 404 problem means the function ID is unknown to the server. Any other body is ignored: it may be an
 * HTML error page from a proxy, and its text is no message for users.
 */
export async function errorFromResponse(response: Response, functionId: string): Promise<ServerFunctionError> {
  const init: ServerFunctionErrorInit = { functionId, status: response.status };
  if (mediaTypeOf(response) !== PROBLEM_CONTENT_TYPE) {
    if (response.statusText) init.title = response.statusText;
    return new ServerFunctionError(init);
  }
  const problem = await readProblem(response);
  if (problem !== undefined) {
    init.problem = problem;
    copyString(problem, "title", (v) => (init.title = v));
    copyString(problem, "detail", (v) => (init.detail = v));
    copyString(problem, "type", (v) => (init.type = v));
    const errors = validationErrorsOf(problem["errors"]);
    if (errors !== undefined) init.errors = errors;
  }
  return response.status === 404 ? new ServerFunctionNotFoundError(init) : new ServerFunctionError(init);
}

async function readProblem(response: Response): Promise<Record<string, unknown> | undefined> {
  try {
    const value: unknown = await response.json();
    return isRecord(value) ? value : undefined;
  } catch {
    return undefined; // A malformed problem document still yields an error with the status.
  }
}

function copyString(problem: Record<string, unknown>, key: string, set: (value: string) => void): void {
  const value = problem[key];
  if (typeof value === "string") set(value);
}

/** `{ field: ["message", ...] }`; a single string is accepted as one message, anything else is dropped. */
function validationErrorsOf(value: unknown): ValidationErrors | undefined {
  if (!isRecord(value)) return undefined;
  const entries: [string, string[]][] = [];
  for (const [field, messages] of Object.entries(value)) {
    if (typeof messages === "string") entries.push([field, [messages]]);
    else if (Array.isArray(messages)) entries.push([field, messages.filter((m): m is string => typeof m === "string")]);
  }
  // fromEntries defines own properties, so a field named "__proto__" stays a field.
  return Object.fromEntries(entries);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
