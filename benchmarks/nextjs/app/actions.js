"use server";

export async function createEmptyNote(notebookId) {
  // The benchmark only renders the page; the action exists so the page passes a server function as a prop.
  return { notebookId };
}
