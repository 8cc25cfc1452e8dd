"use server";

// The sample's server functions the home page uses (samples/Notes/Functions/NotesFunctions.cs), on the JSON file.
// The benchmark only renders the page; these make the page's forms and buttons the same server functions.
import { revalidatePath } from "next/cache";
import { loadNotes, saveNotes } from "./data";

async function addToNotebook(title) {
  const data = await loadNotes();
  const note = { id: Math.max(0, ...data.notes.map((n) => n.id)) + 1, title, created: new Date().toISOString(), attachment: null };
  data.notes.push(note);
  await saveNotes(data);
  revalidatePath("/");
  return note;
}

export async function renameNotebook(formData) {
  const name = String(formData.get("name") ?? "").trim();
  if (name === "") return;
  const data = await loadNotes();
  data.notebook.name = name;
  await saveNotes(data);
  revalidatePath("/");
}

export async function addNote(previous, formData) {
  const title = String(formData.get("title") ?? "").trim();
  if (title === "" || title.length > 100) return { ok: false, message: "The title is required, at most 100 characters.", note: null };
  const note = await addToNotebook(title);
  return { ok: true, message: `Added “${title}”.`, note };
}

export async function createNote() {
  return addToNotebook("");
}

export async function createEmptyNote(notebookId) {
  if (notebookId !== 1) throw new Error("No such notebook.");
  await addToNotebook("");
}

export async function fail() {
  throw new Error("notes-secret-failure");
}
