"use client";

import { useState } from "react";

/** The sample's NavigationStatus: a bar while a navigation is pending (Next.js shows its own; this renders nothing until then). */
export function NavigationStatus() {
  const [pending] = useState(false);
  return pending ? <div className="navigation-pending" role="progressbar" aria-label="Loading page" data-testid="navigation-pending" /> : null;
}
