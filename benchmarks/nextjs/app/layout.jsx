// The layout of the sample's NotesLayout.cs: the icon and description, the error boundary, the navigation bar, the
// header with the quick jump, the page, the footer. The same markup the C# page renders.
import Link from "next/link";
import { ErrorBoundary } from "./components/ErrorBoundary";
import { NavigationStatus } from "./components/NavigationStatus";
import { QuickJump } from "./components/QuickJump";

export const metadata = {
  description: "Notes: a React 19 app whose server components and server functions are C# (UseServer sample).",
  icons: { icon: { url: "/favicon.svg", type: "image/svg+xml" } },
};

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>
        <ErrorBoundary>
          <div className="app">
            <NavigationStatus />
            <header className="app-header">
              <Link href="/" className="brand" data-testid="nav-home">
                <img src="/favicon.svg" alt="" width={28} height={28} />
                <span>Notes</span>
              </Link>
              <p className="tagline">React 19 server components and server functions, in C# on ASP.NET Core</p>
              <QuickJump />
            </header>
            <main className="page">{children}</main>
            <footer className="app-footer">
              Every page is a C# server component (<code>Components/*.cs</code>) rendered to HTML by React on the server,
              inside one layout (<code>NotesLayout.cs</code>); links navigate on the client, and every change is a{" "}
              <code>[ServerFunction]</code> saved with EF Core.
            </footer>
          </div>
        </ErrorBoundary>
      </body>
    </html>
  );
}
