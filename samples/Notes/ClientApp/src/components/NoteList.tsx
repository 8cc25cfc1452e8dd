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
              <span className="attachment-name">{note.attachment.fileName}</span>
              <span className="attachment-size">{formatSize(note.attachment.size)}</span>
            </a>
          )}
        </li>
      ))}
    </ul>
  );
}
