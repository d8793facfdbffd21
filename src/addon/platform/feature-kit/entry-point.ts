// What the build needs to know about each Apps Script global: its parameters, docs and body.

/** The add-on's pages (dist/<name>.html) that call endpoints through google.script.run. */
export type PageFile = 'Sidebar' | 'Settings' | 'ImportDialog';

/**
 * Who calls a global: Sheets (a custom function in a cell), Apps Script (a simple trigger), a
 * menu item (MENU_ITEMS names it; `page` when a page's button runs the same action), or a page's
 * script. Anything global can be called by any page, so each global has a caller and the bundle
 * test checks that it really calls it.
 */
export type EntryCaller =
  | { readonly kind: 'customFunction' }
  | { readonly kind: 'trigger' }
  | { readonly kind: 'menu'; readonly page?: PageFile }
  | { readonly kind: 'page'; readonly page: PageFile };

export const TRIGGER: EntryCaller = { kind: 'trigger' };
export const MENU: EntryCaller = { kind: 'menu' };
export const SIDEBAR_PAGE: EntryCaller = { kind: 'page', page: 'Sidebar' };
export const SETTINGS_PAGE: EntryCaller = { kind: 'page', page: 'Settings' };
export const IMPORT_PAGE: EntryCaller = { kind: 'page', page: 'ImportDialog' };
/** A menu item the import dialog's Undo button also runs. */
export const MENU_AND_IMPORT_PAGE: EntryCaller = { kind: 'menu', page: 'ImportDialog' };

/** What the build reads of a custom function's definition to write its JSDoc. */
export interface CustomFunctionDoc {
  readonly summary: string;
  readonly params: readonly {
    readonly name: string;
    readonly kind: string;
    readonly optional?: boolean;
    readonly doc: string;
  }[];
  readonly resultKind?: string;
  readonly returns: string;
}

export interface EntryPoint {
  readonly caller: EntryCaller;
  /** One line written above the generated global in dist/Code.js. */
  readonly doc: string;
  /** Parameter names of the generated global (what Apps Script and autocomplete see). */
  readonly params: readonly string[];
  /** Set for custom functions: the build writes their @customfunction JSDoc from it. */
  readonly customFunction?: CustomFunctionDoc;
  readonly run: (...args: unknown[]) => unknown;
}

/** Any other global: a menu action, a trigger or a page's endpoint. */
export function entry(
  caller: EntryCaller,
  doc: string,
  params: readonly string[],
  run: (...args: never[]) => unknown,
): EntryPoint {
  return { caller, doc, params, run: run as (...args: unknown[]) => unknown };
}
