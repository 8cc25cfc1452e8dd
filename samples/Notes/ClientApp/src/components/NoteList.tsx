import type { NoteView } from "../server-functions";

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Every note, newest last. `created` is a real Date: the server's DateTime crosses the wire as one. */
export function NoteList({ notes }: { notes: readonly NoteView[] }) {
  if (notes.length === 0) {
    return (
      <ul className="note-list empty" data-testid="note-list">
        <li className="empty-state">No notes yet. Add one above, or start an empty one with “New note”.</li>
      </ul>
    );
  }
  return (
    <ul className="note-list" data-testid="note-list">
      {notes.map((note) => (
        <li key={note.id} className="note" data-testid="note-item" data-note-id={note.id}>
          <div className="note-main">
            <span className={note.title === "" ? "note-title untitled" : "note-title"} data-testid="note-title">
              {note.title}
            </span>
            <time className="note-date" dateTime={note.created.toISOString()} data-testid="note-created">
              {dateFormat.format(note.created)}
            </time>
          </div>
          {note.attachment !== null && (
            <a className="attachment" href={`/attachments/${note.id}`} download={note.attachment.fileName} data-testid="note-attachment">
              <svg className="attachment-icon" viewBox="0 0 24 24" width="14" height="14" aria-hidden="true">
                <path d="M16.5 6.5v10a4.5 4.5 0 0 1-9 0V5a3 3 0 0 1 6 0v10.5a1.5 1.5 0 0 1-3 0V6.5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
              </svg>
              <span className="attachment-name">{note.attachment.fileName}</span>
              <span className="attachment-size">{formatSize(note.attachment.size)}</span>
            </a>
          )}
        </li>
      ))}
    </ul>
  );
}
