import { StrictMode, Suspense } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { ErrorBoundary } from "./components/ErrorBoundary";
import { loadNotes } from "./server-functions";
import "./styles.css";

// The first server call starts before React renders; App reads it with use().
const initialPage = loadNotes();

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <ErrorBoundary>
      <Suspense fallback={<p className="loading">Loading your notes…</p>}>
        <App initialPage={initialPage} />
      </Suspense>
    </ErrorBoundary>
  </StrictMode>,
);
