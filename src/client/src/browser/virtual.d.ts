// Written by the @useserver/client/vite plugin: a dynamic import per "use client" module, by module ID; and, while
// the dev server serves the app, the path of the .NET host's development events (null in a build).
declare module "virtual:useserver/client-modules" {
  export const clientModules: Record<string, () => Promise<unknown>>;
  export const devEvents: string | null;
}
