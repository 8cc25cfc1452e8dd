/**
 * Whether a redirect target from the server is a path on this origin: it starts with one `/`, is not
 * protocol-relative (`//host`, `/\host`, which browsers treat alike) and has no control characters.
 * Anything else is ignored, so a response can never send the page to another site.
 */
export function isLocalPath(target: string): boolean {
  return (
    target.startsWith("/") &&
    !target.startsWith("//") &&
    !target.startsWith("/\\") &&
    !/[\u0000-\u001f\u007f]/.test(target)
  );
}

/** Default redirect: a normal navigation (`location.assign`); outside a browser there is nowhere to go. */
export function assignLocation(path: string): void {
  globalThis.location?.assign(path);
}
