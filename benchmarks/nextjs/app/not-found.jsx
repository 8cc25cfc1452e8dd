// The sample's NotFoundPage (Components/StatusPages.cs).
import Link from "next/link";

export const metadata = { title: "Not found · Notes" };

export default function NotFound() {
  return (
    <section className="status-page card" data-testid="not-found">
      <h1>Nothing here</h1>
      <p>There is no such page, or the note was deleted.</p>
      <Link href="/" data-testid="not-found-home">Back to the notes</Link>
    </section>
  );
}
