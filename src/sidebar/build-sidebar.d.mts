// The type of build-sidebar.mjs, for the TypeScript that calls it (the browser tests).

/** Bundles the sidebar into one self-contained HTML page; `target` is esbuild's, Apps Script's by default. */
export function buildSidebar(options?: { readonly target?: string }): Promise<string>;
