import { startTransition, use, useCallback, useEffect, useState } from "react";
import { AddNoteForm } from "./components/AddNoteForm";
import { CreateNoteButton } from "./components/CreateNoteButton";
import { FailButton } from "./components/FailButton";
import { NoteList } from "./components/NoteList";
import { RenameForm } from "./components/RenameForm";
import { loadNotes, type NotebookView, type NotesPage, type NoteView } from "./server-functions";

/** Adds a note the server returned, once: two answers for the same note keep one. */
function withNote(notes: readonly NoteView[], note: NoteView): NoteView[] {
  return notes.some((n) => n.id === note.id) ? [...notes] : [...notes, note];
}

export function App({ initialPage }: { initialPage: Promise<NotesPage> }) {
  const initial = use(initialPage);
  const [notebook, setNotebook] = useState<NotebookView>(initial.notebook);
  const [notes, setNotes] = useState<NoteView[]>(initial.notes);

  // The page is interactive from here on: end-to-end tools wait for this attribute.
  useEffect(() => {
    document.body.dataset.hydrated = "true";
  }, []);

  const addNote = useCallback((note: NoteView) => {
    startTransition(() => setNotes((current) => withNote(current, note)));
  }, []);

  const reloadNotebook = useCallback(async () => {
    const page = await loadNotes();
    startTransition(() => setNotebook(page.notebook));
  }, []);

  return (
    <div className="app">
      <header className="app-header">
        <div className="brand">
          <img src="/favicon.svg" alt="" width={28} height={28} />
          <span>Notes</span>
        </div>
        <p className="tagline">React 19 in the browser, C# server functions on ASP.NET Core</p>
      </header>

      <main className="layout">
        <section className="notebook card" aria-labelledby="notebook-title">
          <p className="eyebrow">Notebook</p>
          <h1 id="notebook-title" data-testid="notebook-name">{notebook.name}</h1>
          <RenameForm onRenamed={reloadNotebook} />
        </section>

        <section className="card" aria-labelledby="add-title">
          <h2 id="add-title">Add a note</h2>
          <AddNoteForm onAdded={addNote} />
        </section>

        <section className="card notes" aria-labelledby="notes-title">
          <div className="notes-header">
            <h2 id="notes-title">
              Notes <span className="count" data-testid="note-count">{notes.length}</span>
            </h2>
            <CreateNoteButton onCreated={addNote} />
          </div>
          <NoteList notes={notes} />
        </section>

        <section className="card diagnostics" aria-labelledby="errors-title">
          <h2 id="errors-title">When the server fails</h2>
          <p className="hint">This button calls a C# method that throws. The page stays usable.</p>
          <FailButton />
        </section>
      </main>

      <footer className="app-footer">
        Every change above is a call to a <code>[ServerFunction]</code> in <code>Functions/NotesFunctions.cs</code>, saved with EF Core.
      </footer>
    </div>
  );
}
