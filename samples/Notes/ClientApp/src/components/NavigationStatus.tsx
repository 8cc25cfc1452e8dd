"use client";

import { useNavigation } from "@useserver/client";

/** A bar shown while a client navigation fetches the next page (the router's transition is pending). */
export function NavigationStatus() {
  const { pending } = useNavigation();
  return pending ? <div className="navigation-pending" role="progressbar" aria-label="Loading page" data-testid="navigation-pending" /> : null;
}
