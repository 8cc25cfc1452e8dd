import { Button } from "./Button";
import { createEmptyNote } from "./actions";
import { loadNotes } from "./data";

export const dynamic = "force-dynamic";

function EmptyNote({ notebookId }) {
  return <Button action={createEmptyNote.bind(null, notebookId)}>Empty note</Button>;
}

function NoteList({ notes }) {
  return (
    <ul className="note-list" data-testid="note-list">
      {notes.map((note) => (
        <li key={note.id} className="note" data-testid="note-item">
          <span className="note-title" data-testid="note-title">{note.title}</span>
          <time className="note-date" dateTime={note.created}>{note.created}</time>
        </li>
      ))}
    </ul>
  );
}

export default async function Page() {
  const { notebook, notes } = await loadNotes();
  return (
    <main className="layout">
      <h1 data-testid="notebook-name">{notebook.name}</h1>
      <h2>Notes <span data-testid="note-count">{notes.length}</span></h2>
      <EmptyNote notebookId={notebook.id} />
      <NoteList notes={notes} />
    </main>
  );
}
