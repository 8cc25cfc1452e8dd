// The browser entry. The page itself is rendered on the server: C# server components (Components/*.cs) become
// a Flight tree, React's react-dom/server turns it into HTML, and the same Flight payload arrives inlined in the
// HTML. hydratePage() reads it and hydrates the document; every server function call made from the page answers
// with the re-rendered tree too, which hydratePage's root applies.
import { configureServerFunctions } from "@useserver/client";
import { hydratePage } from "@useserver/client/browser";
import "./styles.css";

// A page older than the server (a deploy changed a function it calls): load the new page.
configureServerFunctions({ onClientOutdated: () => location.reload() });
hydratePage();
