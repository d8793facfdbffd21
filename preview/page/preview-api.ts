// The JSON the preview page and the local server exchange (grid windows, edits, menu, UI events),
// and the backend that answers each of the page's requests.

import type { Locale } from '../../src/core/i18n/locale';

/** One cell as the page draws it. Short keys: a 10,000-row window is sent often. */
export interface GridCell {
  /** The text shown, formatted with the cell's number format. */
  readonly t: string;
  /** What the editor starts with: the formula, or the value as typed. Omitted when the same as `t`. */
  readonly e?: string;
  /** Background colour from the cell's own colour or a conditional-format rule. */
  readonly bg?: string;
  /** Text colour from a conditional-format rule. */
  readonly fg?: string;
  readonly bold?: boolean;
  /** Right-aligned (numbers and dates, as in Sheets). */
  readonly num?: boolean;
  /** The formula failed: why, shown on hover and under the formula bar. */
  readonly err?: string;
  /** A note (header explanations), shown on hover. */
  readonly note?: string;
}

export interface GridWindow {
  readonly sheet: string;
  /** Rows [from, from + rows.length) of the sheet, 0-based. */
  readonly from: number;
  readonly rows: readonly (readonly GridCell[])[];
  readonly rowCount: number;
  readonly columnCount: number;
  readonly frozenRows: number;
  /** Columns kept in view at the left while the rest scrolls (the SKU column). */
  readonly frozenColumns: number;
  /** Pixel width of each column. */
  readonly widths: readonly number[];
  /** Per column: the choices of the list rule its first data row has (drop-downs), or null. */
  readonly lists: readonly (readonly string[] | null)[];
  readonly version: number;
}

export type MenuEntry =
  | { readonly kind: 'item'; readonly caption: string; readonly functionName: string }
  | { readonly kind: 'separator' };

/** Something the add-on showed through the UI: a toast, an alert, a dialog or the sidebar. */
export type UiEvent =
  | { readonly kind: 'toast'; readonly title: string; readonly message: string }
  | { readonly kind: 'alert'; readonly message: string }
  | {
      readonly kind: 'dialog';
      readonly title: string;
      readonly id: string;
      readonly width?: number;
      readonly height?: number;
    }
  | { readonly kind: 'sidebar'; readonly title: string; readonly id: string };

export interface Selection {
  readonly sheet: string;
  /** 0-based, inclusive top-left, with the number of rows and columns. */
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

export interface PreviewState {
  readonly locale: Locale;
  readonly sheets: readonly string[];
  readonly activeSheet: string;
  readonly selection: Selection;
  readonly menuTitle: string;
  readonly menu: readonly MenuEntry[];
  /** The sidebar page now open (its id in /html/<id>), if any. */
  readonly sidebar?: { readonly title: string; readonly id: string };
  /** Where the sheet came from: the sample, or the CSV file's name. */
  readonly source: string;
  readonly version: number;
}

/** What every action answers: the new state and what the add-on showed meanwhile. */
export interface ActionResult {
  readonly state: PreviewState;
  readonly events: readonly UiEvent[];
  /** Set when the action failed; the text is in the page's language. */
  readonly error?: string;
  /** Cells of an edit that their input check refused: they keep what they held. */
  readonly rejected?: readonly CellEdit[];
}

/** One cell written: 0-based, as typed (a formula starting with '=', a number, a date or text). */
export interface CellEdit {
  readonly row: number;
  readonly col: number;
  readonly input: string;
}

/** One cell typed, or a block at once (a paste, a delete, a fill, an undo) with `cells`. */
export interface EditRequest {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly input: string;
  readonly cells?: readonly CellEdit[];
}

/** Sorts the rows below the header by one column's shown values. */
export interface SortRequest {
  readonly sheet: string;
  readonly col: number;
  readonly ascending: boolean;
}

export interface RpcRequest {
  readonly name: string;
  readonly args: readonly unknown[];
}

export type RpcResponse =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly error: { readonly name: string; readonly message: string } };

/** What the local server asks of the running preview: the grid, the add-on's actions, its pages. */
export interface PreviewBackend {
  state(): PreviewState;
  /** Rows [from, to) of a sheet, computed, formatted and coloured. */
  grid(sheet: string, from: number, to: number): GridWindow;
  edit(request: EditRequest): ActionResult;
  select(selection: Selection): ActionResult;
  /** Sorts the rows below the header by a column (Data ▸ Sort sheet). */
  sort(request: SortRequest): ActionResult;
  /** Runs one of the add-on's menu functions by its global name, as Sheets would. */
  runMenu(functionName: string): ActionResult;
  setLocale(locale: Locale): ActionResult;
  /** Starts again from the sheet the preview was started with. */
  reload(): ActionResult;
  /** A google.script.run call from one of the add-on's pages. */
  rpc(name: string, args: readonly unknown[]): RpcResponse;
  /** An HTML page the add-on showed (sidebar or dialog), by id. */
  page(id: string): string | undefined;
  /** The user closed a sidebar or dialog (its close button, or google.script.host.close()). */
  closePage(id: string): ActionResult;
  /** Called after anything changed outside the page's own requests (a sidebar call). */
  onChange(listener: (events: readonly UiEvent[]) => void): () => void;
}
