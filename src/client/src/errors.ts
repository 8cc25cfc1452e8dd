/** Messages per field, as in ASP.NET Core's `ValidationProblemDetails.errors` (keys are parameter or property paths). */
export type ValidationErrors = Readonly<Record<string, readonly string[]>>;

/** What a {@link ServerFunctionError} is built from: the HTTP status and the RFC 9457 problem fields. */
export interface ServerFunctionErrorInit {
  /** The ID of the server function that was called. */
  functionId: string;
  /** The HTTP status of the response. */
  status: number;
  /** The problem's `title`: a short, status-level summary. */
  title?: string;
  /** The problem's `detail`: an explanation of this occurrence. */
  detail?: string;
  /** The problem's `type` URI. */
  type?: string;
  /** Validation messages per field (400 responses). */
  errors?: ValidationErrors;
  /** The whole parsed problem document, extensions included (for example `traceId`). */
  problem?: Readonly<Record<string, unknown>>;
}

/**
 * A call the server refused before running the function: a ProblemDetails response (400 invalid or
 * undecodable arguments with per-field `errors`, 403 origin, 405, 413, 415, ...) or any other non-Flight
 * response. An exception thrown by the function itself is not this: it arrives as React's own Error
 * carrying `digest` (HTTP 500, Flight).
 */
export class ServerFunctionError extends Error {
  /** The ID of the server function that was called. */
  readonly functionId: string;
  /** The HTTP status of the response. */
  readonly status: number;
  /** The problem's `title`, when the response was a problem document. */
  readonly title: string | undefined;
  /** The problem's `detail`, when present. */
  readonly detail: string | undefined;
  /** The problem's `type` URI, when present. */
  readonly type: string | undefined;
  /** Validation messages per field; empty when the response had none. */
  readonly errors: ValidationErrors;
  /** The whole parsed problem document, when the response was one. */
  readonly problem: Readonly<Record<string, unknown>> | undefined;

  /** Creates the error from the response's status and problem fields. */
  constructor(init: ServerFunctionErrorInit) {
    super(init.detail ?? init.title ?? `Server function "${init.functionId}" failed with HTTP ${init.status}.`);
    // Set explicitly: class names do not survive minification.
    this.name = "ServerFunctionError";
    this.functionId = init.functionId;
    this.status = init.status;
    this.title = init.title;
    this.detail = init.detail;
    this.type = init.type;
    this.errors = init.errors ?? {};
    this.problem = init.problem;
  }
}

/**
 * The server does not know the function's ID (404): this client was built against another version of
 * the server (a deploy happened since the page loaded). The client's `onClientOutdated` hook has already
 * run when this is thrown.
 */
export class ServerFunctionNotFoundError extends ServerFunctionError {
  /** Creates the error from the 404 response's problem fields. */
  constructor(init: ServerFunctionErrorInit) {
    super(init);
    this.name = "ServerFunctionNotFoundError";
  }
}
