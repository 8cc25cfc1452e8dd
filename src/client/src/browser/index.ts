// @useserver/client/browser: the entry of a server-rendered app (built with @useserver/client/vite).
import "./globals.js"; // First: React's Flight client reads webpack's globals when it loads.

export { hydratePage, refreshPage } from "./hydrate.js";
