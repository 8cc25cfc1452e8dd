// The same notes the C# page reads from SQLite: benchmarks/pages/run.sh exports them to NOTES_JSON once, and the
// page reads that file on every request (no cache), as the C# page queries the database on every request.
import { readFile, writeFile } from "node:fs/promises";

export async function loadNotes() {
  return JSON.parse(await readFile(process.env.NOTES_JSON, "utf8"));
}

export async function saveNotes(data) {
  await writeFile(process.env.NOTES_JSON, JSON.stringify(data));
}
