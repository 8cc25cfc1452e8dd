/** Where server functions are mapped unless the app chooses another prefix (`MapServerFunctions`). */
export const DEFAULT_PREFIX = "/_serverfn";

/**
 * Request header carrying the server function's ID (for proxies and logs; the URL already names the function).
 * The server does not read it: its CSRF defence is the `Origin` / `Sec-Fetch-Site` check it makes on every call
 * (its own origin or one of `AllowedOrigins`; with neither header, no cookies).
 */
export const ACTION_HEADER = "X-UseServer-Action";

/** Response header asking the client to navigate to a local path after the call (value: `/path?query`). */
export const REDIRECT_HEADER = "X-UseServer-Redirect";

/** Media type of React's Flight format: a successful call, or a call whose function threw (HTTP 500). */
export const FLIGHT_CONTENT_TYPE = "text/x-component";

/** Media type of RFC 9457 problem details: requests that never reached the function (4xx). */
export const PROBLEM_CONTENT_TYPE = "application/problem+json";

/** Request header: the path and query of the server-rendered page a call is made from; asks for the refresh envelope. */
export const REFRESH_HEADER = "X-UseServer-Refresh";

/** Response header: `1` when the Flight root is the envelope `{ value, tree, at }` (the value plus the page's new tree). */
export const ENVELOPE_HEADER = "X-UseServer-Envelope";
