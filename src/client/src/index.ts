import { createClient, type ServerFunctionClientOptions } from "./client.js";

export {
  createServerFunctionClient,
  type CallOptions,
  type CallServer,
  type ServerFunction,
  type ServerFunctionClient,
  type ServerFunctionClientOptions,
} from "./client.js";
export {
  ACTION_HEADER,
  DEFAULT_PREFIX,
  ENVELOPE_HEADER,
  FLIGHT_CONTENT_TYPE,
  PROBLEM_CONTENT_TYPE,
  REDIRECT_HEADER,
  REFRESH_HEADER,
} from "./constants.js";
export { pageHost, setPageHost, type PageHost, type RefreshEnvelope } from "./page.js";
export { ServerFunctionError, ServerFunctionNotFoundError, type ServerFunctionErrorInit, type ValidationErrors } from "./errors.js";
export { withSignal } from "./signal.js";
export { useNavigation, usePathname, useRouter, type NavigateOptions, type Router } from "./navigation/context.js";
export { Link, type LinkProps } from "./navigation/link.js";
export { ErrorDigest, ErrorMessage, RetryButton, SegmentBoundary, type SegmentBoundaryProps } from "./navigation/boundary.js";
export { isNotFoundError, NOT_FOUND_MESSAGE } from "./navigation/notFound.js";

let defaultOptions: ServerFunctionClientOptions = {};

/**
 * Sets the options of the default client, which `callServer`, `createServerReference` and the
 * generated stubs use. Takes effect for every later call, including references created before.
 */
export function configureServerFunctions(options: ServerFunctionClientOptions): void {
  defaultOptions = options;
}

const defaultClient = createClient(() => defaultOptions);

/** React's `callServer` for the default client: pass it to `createFromFetch` / `createFromReadableStream`. */
export const callServer = defaultClient.callServer;

/** A typed reference to server function `id` through the default client (what generated stubs call). */
export const createServerReference = defaultClient.createServerReference;
