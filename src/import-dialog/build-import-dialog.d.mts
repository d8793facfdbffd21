// The type of build-import-dialog.mjs, for the TypeScript that calls it (the browser tests).

/** Bundles the import dialog into one self-contained HTML page; `target` is esbuild's. */
export function buildImportDialog(options?: { readonly target?: string }): Promise<string>;
