// The browser entry. The page is rendered on the server (Components/*.cs, C# server components) and arrives as
// HTML with its Flight payload inlined; hydratePage() hydrates it, and every server function call made from the
// page answers with the page's tree rendered again, which hydratePage's root applies.
import { hydratePage } from "@useserver/client/browser";
import "./styles.css";

hydratePage();
