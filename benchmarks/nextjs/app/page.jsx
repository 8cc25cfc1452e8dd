// The sample's home page (samples/Notes/Components/HomePage.cs, NoteList.cs, EmptyNote.cs) as Next.js server
// components: the same sections, client components, server functions and markup, from the same notebook and notes.
import Link from "next/link";
import { createEmptyNote } from "./actions";
import { AddNoteForm } from "./components/AddNoteForm";
import { Button } from "./components/Button";
import { CreateNoteButton } from "./components/CreateNoteButton";
import { FailButton } from "./components/FailButton";
import { QuickAdd } from "./components/QuickAdd";
import { RenameForm } from "./components/RenameForm";
import { loadNotes } from "./data";

export const dynamic = "force-dynamic";
export const metadata = { title: "Notes" };

const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const two = (n) => String(n).padStart(2, "0");
// "d MMM yyyy, HH:mm 'UTC'", as the C# page formats it.
const formatCreated = (d) => `${d.getUTCDate()} ${months[d.getUTCMonth()]} ${d.getUTCFullYear()}, ${two(d.getUTCHours())}:${two(d.getUTCMinutes())} UTC`;

function formatSize(bytes) {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function EmptyNote({ notebookId }) {
  return <Button action={createEmptyNote.bind(null, notebookId)}>Empty note</Button>;
}

function Attachment({ noteId, attachment }) {
  return (
    <a className="attachment" href={`/attachments/${noteId}`} download={attachment.fileName} data-testid="note-attachment">
      <span className="attachment-icon" aria-hidden="true">📎</span>
      <span className="attachment-name">{attachment.fileName}</span>
      <span className="attachment-size">{formatSize(attachment.size)}</span>
    </a>
  );
}

function NoteList({ notes }) {
  if (notes.length === 0) {
    return (
      <ul className="note-list empty" data-testid="note-list">
        <li className="empty-state">No notes yet. Add one above, or start an empty one with “New note”.</li>
      </ul>
    );
  }
  return (
    <ul className="note-list" data-testid="note-list">
      {notes.map((note) => {
        const created = new Date(note.created);
        return (
          <li key={note.id} className="note" data-testid="note-item" data-note-id={note.id}>
            <div className="note-main">
              <Link href={`/notes/${note.id}`} className="note-link" data-testid="note-link">
                <span className={note.title.length === 0 ? "note-title untitled" : "note-title"} data-testid="note-title">{note.title}</span>
              </Link>
              <time className="note-date" data-testid="note-created" dateTime={created.toISOString()}>{formatCreated(created)}</time>
            </div>
            {note.attachment ? <Attachment noteId={note.id} attachment={note.attachment} /> : null}
          </li>
        );
      })}
    </ul>
  );
}

export default async function Page() {
  const { notebook, notes } = await loadNotes();
  return (
    <div className="layout">
      <section className="notebook card" aria-labelledby="notebook-title">
        <p className="eyebrow">Notebook</p>
        <h1 id="notebook-title" data-testid="notebook-name">{notebook.name}</h1>
        <RenameForm />
      </section>
      <section className="card" aria-labelledby="add-title">
        <h2 id="add-title">Add a note</h2>
        <AddNoteForm />
        <QuickAdd />
      </section>
      <section className="card notes" aria-labelledby="notes-title">
        <div className="notes-header">
          <h2 id="notes-title">Notes <span className="count" data-testid="note-count">{notes.length}</span></h2>
          <div className="notes-actions">
            <EmptyNote notebookId={notebook.id} />
            <CreateNoteButton />
          </div>
        </div>
        <NoteList notes={notes} />
      </section>
      <section className="card diagnostics" aria-labelledby="errors-title">
        <h2 id="errors-title">When the server fails</h2>
        <p className="hint">This button calls a C# method that throws. The page stays usable.</p>
        <FailButton />
        <p className="hint">
          A page whose component throws shows the error page inside the layout:{" "}
          <Link href="/demo/failing-page" data-testid="failing-page-link">open it</Link>.
        </p>
      </section>
    </div>
  );
}
