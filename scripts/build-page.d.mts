// The types of build-page.mjs, for the TypeScript that calls it (the browser tests).

export interface PageSource {
  /** The page's folder: its script `main.ts` and its style `css`. */
  readonly dir: string;
  readonly css: string;
  /** The title the browser shows. */
  readonly title: string;
  /** The body element's attributes, e.g. `data-locale="en"`; '' for none. */
  readonly bodyAttributes: string;
}

/** Every page the build writes, by its project file name (dist/<name>.html). */
export const PAGES: {
  readonly Sidebar: PageSource;
  readonly Settings: PageSource;
  readonly ImportDialog: PageSource;
};

export type PageName = keyof typeof PAGES;

/** Bundles a page into one self-contained HTML file; `target` is esbuild's, Apps Script's by default. */
export function buildPage(name: PageName, options?: { readonly target?: string }): Promise<string>;
