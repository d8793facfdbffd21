// What the build needs to know about each Apps Script global: its parameters, docs and body.

import { runCustomFunction, type SheetResult } from './custom-functions/run-custom-function';
import type { CustomFunctionSpec } from './custom-functions/spec';
import { spreadsheetLocaleTag } from './custom-functions/spreadsheet-locale';

/** The add-on's pages (dist/<name>.html) that call endpoints through google.script.run. */
export type PageFile = 'Sidebar' | 'Settings' | 'ImportDialog';

/**
 * Who calls a global: Sheets (a custom function in a cell), Apps Script (a simple trigger), a
 * menu item (MENU_ITEMS names it; `page` when a page's button runs the same action), or a page's
 * script. Anything global can be called by any
 * page, so each global has a caller and the bundle test checks that it really calls it.
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

export interface EntryPoint {
  readonly caller: EntryCaller;
  /** One line written above the generated global in dist/Code.js. */
  readonly doc: string;
  /** Parameter names of the generated global (what Apps Script and autocomplete see). */
  readonly params: readonly string[];
  /** Set for custom functions: the build writes their @customfunction JSDoc from it. */
  readonly customFunction?: CustomFunctionSpec;
  readonly run: (...args: unknown[]) => unknown;
}

/**
 * A custom function as a global: Sheets calls it with the cells' values. Its messages are in the
 * spreadsheet's language, read only when there is one to show.
 */
export function customFunctionEntry(spec: CustomFunctionSpec): EntryPoint {
  return {
    caller: { kind: 'customFunction' },
    doc: spec.summary,
    params: spec.params.map((p) => p.name),
    customFunction: spec,
    run: (...args: unknown[]): SheetResult => runCustomFunction(spec, args, spreadsheetLocaleTag),
  };
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
