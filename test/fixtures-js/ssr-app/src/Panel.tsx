"use client";

import type { ReactNode } from "react";

export default function Panel({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <section className="panel">
      <h2>{title}</h2>
      {children}
    </section>
  );
}
