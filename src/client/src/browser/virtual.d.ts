// Written by the @useserver/client/vite plugin: a dynamic import per "use client" module, by module ID.
declare module "virtual:useserver/client-modules" {
  export const clientModules: Record<string, () => Promise<unknown>>;
}
