// The running preview: one live workbook, what the add-on showed, and the page's requests on it.

import { formatA1 } from '../../fakes/a1-notation';
import type { FakeSheet } from '../../fakes/fake-sheet';
import { columnLetter } from '../../src/addon/platform/column-letter';
import { MENU_MESSAGES } from '../../src/addon/platform/feature-kit/menu-messages';
import { formatMessage, type Locale, pickLocale } from '../../src/core/i18n/locale';
import { PAGE_MESSAGES, type PageMessageKey } from '../page/page-messages';
import type {
  ActionResult,
  CellEdit,
  EditRequest,
  GridWindow,
  MenuEntry,
  PreviewBackend,
  PreviewState,
  RpcResponse,
  Selection,
  SortRequest,
  UiEvent,
} from '../page/preview-api';
import { cellFromText } from '../workbook/cell-from-text';
import { GridWindows } from '../workbook/grid-window';
import { LiveWorkbook } from '../workbook/live-workbook';
import { sortSheet } from '../workbook/sort-sheet';

/** Fills a new live workbook with the sheet the preview shows; returns nothing it needs. */
export type SheetLoader = (live: LiveWorkbook, locale: Locale) => void;

export interface SessionOptions {
  readonly locale: Locale;
  /** Puts the sample (or the seller's CSV) into a fresh workbook; run again by "reload". */
  readonly load: SheetLoader;
  /** Where the sheet came from, for the page: '' for the sample, else the CSV's file name. */
  readonly source: string;
  /** The project's HTML files (Sidebar → dist/Sidebar.html). */
  readonly htmlFiles: ReadonlyMap<string, string>;
  /** Pins TODAY() (tests); the clock otherwise. */
  readonly today?: Date;
}

interface ShownPage {
  readonly id: string;
  readonly title: string;
  readonly html: string;
}

/** How many of each the add-on has shown; what is beyond them is new. */
interface ShownCounts {
  readonly toasts: number;
  readonly alerts: number;
  readonly dialogs: number;
  readonly sidebars: number;
}

/** One thing done to the sheet, with its sheet by position (names change with the language). */
type JournalEntry =
  | { readonly kind: 'edit'; readonly sheet: number; readonly cells: readonly CellEdit[] }
  | {
      readonly kind: 'sort';
      readonly sheet: number;
      readonly col: number;
      readonly ascending: boolean;
    }
  | {
      readonly kind: 'call';
      readonly sheet: number;
      /** The selection it was called with (the sidebar and menu actions read it). */
      readonly at: Selection;
      readonly name: string;
      readonly args: unknown[];
    };

/** Sheets' own locale tags for the two languages. */
/** Rows or columns one edit may add past the sheet's edge (a pasted block). */
const MAX_GROWTH = 10_000;

const APPS_SCRIPT_LOCALE: Readonly<Record<Locale, string>> = { en: 'en', 'zh-CN': 'zh_CN' };

export class PreviewSession implements PreviewBackend {
  private live!: LiveWorkbook;
  private grids!: GridWindows;
  private locale: Locale;
  private version = 0;
  private sidebar: ShownPage | undefined;
  private readonly pages = new Map<string, ShownPage>();
  private nextPage = 1;
  private seen: ShownCounts = { toasts: 0, alerts: 0, dialogs: 0, sidebars: 0 };
  private readonly listeners = new Set<(events: readonly UiEvent[]) => void>();
  /** What was done to the sheet since it was loaded: done again after a language switch. */
  private journal: JournalEntry[] = [];

  constructor(private readonly options: SessionOptions) {
    this.locale = options.locale;
    this.open();
  }

  /** The live workbook (tests and benchmarks look inside). */
  workbook(): LiveWorkbook {
    return this.live;
  }

  state(): PreviewState {
    const spreadsheet = this.live.world.spreadsheet;
    const active = spreadsheet.activeSheetUncounted();
    return {
      locale: this.locale,
      sheets: spreadsheet.sheetNames(),
      activeSheet: active.nameUncounted(),
      selection: this.selection(),
      menuTitle: MENU_MESSAGES[this.locale].productName,
      menu: this.menu(),
      ...(this.sidebar ? { sidebar: { id: this.sidebar.id, title: this.sidebar.title } } : {}),
      source: this.options.source,
      version: this.version,
    };
  }

  grid(sheetName: string, from: number, to: number): GridWindow {
    this.live.syncIfDirty();
    const sheet = this.sheetNamed(sheetName);
    return this.grids.window(sheet, this.live.sync.nameOf(sheet), from, to, this.version);
  }

  edit(request: EditRequest): ActionResult {
    const sheet = this.sheetNamed(request.sheet);
    const cells = request.cells ?? [{ row: request.row, col: request.col, input: request.input }];
    const { rows, columns } = sheet.sizeUncounted();
    const outside = cells.find(
      ({ row, col }) =>
        !Number.isInteger(row) ||
        !Number.isInteger(col) ||
        row < 0 ||
        col < 0 ||
        row >= rows + MAX_GROWTH ||
        col >= columns + MAX_GROWTH,
    );
    if (outside !== undefined || cells.length === 0) {
      return this.result(
        [],
        this.text('actionFailed', { reason: `${outside?.row},${outside?.col}` }),
      );
    }
    // As in Sheets: a paste past the sheet's last row or column adds rows and columns for it.
    const lastRow = Math.max(...cells.map(({ row }) => row)) + 1;
    const lastCol = Math.max(...cells.map(({ col }) => col)) + 1;
    if (lastRow > rows) sheet.insertRowsAfter(rows, lastRow - rows);
    if (lastCol > columns) sheet.insertColumnsAfter(columns, lastCol - columns);
    const rejected: CellEdit[] = [];
    const alerts: UiEvent[] = [];
    const accepted: CellEdit[] = [];
    for (const edit of cells) {
      const input = String(edit.input ?? '');
      const value = cellFromText(input);
      const validation = sheet.cellAt(edit.row + 1, edit.col + 1)?.validation;
      if (validation && !validation.describe().allowInvalid && !validation.accepts(value)) {
        // As in Sheets: the entry is refused, naming the column; the cell keeps its value.
        rejected.push(edit);
        if (alerts.length === 0)
          alerts.push({ kind: 'alert', message: this.refusal(sheet, edit, input) });
        continue;
      }
      accepted.push({ row: edit.row, col: edit.col, input });
      sheet
        .rangeUncounted({ row: edit.row + 1, column: edit.col + 1, numRows: 1, numColumns: 1 })
        .setValue(value);
    }
    this.live.world.calls.reset();
    if (accepted.length > 0) {
      if (accepted.length === 1) {
        const [only] = accepted as [CellEdit];
        this.live.sync.syncCell(sheet, only.row + 1, only.col + 1);
      } else {
        this.live.sync.sync();
      }
      this.journal.push({ kind: 'edit', sheet: this.sheetIndex(sheet), cells: accepted });
      this.version++;
    }
    const result = this.result([...alerts, ...this.drainEvents()]);
    return rejected.length > 0 ? { ...result, rejected } : result;
  }

  /**
   * Sorts the rows below the header by the values a column shows (numbers first, then text,
   * blanks last, as Sheets does). Computed columns, which hold their array formula, stay put and
   * work themselves out again for the new order.
   */
  sort(request: SortRequest): ActionResult {
    const sheet = this.sheetNamed(request.sheet);
    sortSheet(sheet, request.col, request.ascending, (row, col) =>
      this.live.valueAt(sheet, row, col),
    );
    this.live.sync.sync();
    this.journal.push({
      kind: 'sort',
      sheet: this.sheetIndex(sheet),
      col: request.col,
      ascending: request.ascending,
    });
    this.version++;
    return this.result(this.drainEvents());
  }

  /** Why a cell refused an entry, naming its column by its header, with the rule's own help. */
  private refusal(sheet: FakeSheet, edit: CellEdit, input: string): string {
    const header = sheet.cellAt(1, edit.col + 1)?.value;
    const column =
      typeof header === 'string' && header !== '' ? header : columnLetter(edit.col + 1);
    const help = sheet.cellAt(edit.row + 1, edit.col + 1)?.validation?.describe().helpText ?? '';
    return this.text('entryRejected', {
      column,
      value: input,
      help: help || this.text('inputRefused'),
    });
  }

  select(selection: Selection): ActionResult {
    const sheet = this.sheetNamed(selection.sheet);
    const { rows, columns } = sheet.sizeUncounted();
    const top = clamp(selection.row + 1, 1, rows);
    const left = clamp(selection.col + 1, 1, columns);
    const bottom = clamp(top + Math.max(1, selection.rows) - 1, top, rows);
    const right = clamp(left + Math.max(1, selection.cols) - 1, left, columns);
    const a1 = formatA1({
      row: top,
      column: left,
      numRows: bottom - top + 1,
      numColumns: right - left + 1,
    });
    const before = this.live.world.spreadsheet.activeSheetUncounted();
    this.live.world.spreadsheet.select(a1, sheet.nameUncounted());
    if (before !== sheet) this.version++;
    return this.result([]);
  }

  runMenu(functionName: string): ActionResult {
    const inMenu = this.menu().some((e) => e.kind === 'item' && e.functionName === functionName);
    if (!inMenu) return this.result([], this.text('actionFailed', { reason: functionName }));
    const { wrote } = this.live.callGlobal(functionName);
    this.journal.push(this.call(functionName, []));
    if (wrote) this.version++;
    return this.result(this.drainEvents());
  }

  setLocale(locale: Locale): ActionResult {
    const changed = locale !== this.locale;
    this.locale = locale;
    if (changed && this.options.source === '') {
      // The sample itself follows the language (sheet names, headers, lists): it is built again
      // in the new language and everything done to it since is done again, in order.
      const journal = this.journal;
      const active = this.activeIndex();
      this.open();
      this.replay(journal);
      const names = this.live.world.spreadsheet.sheetNames();
      const name = names[Math.min(active, names.length - 1)];
      if (name !== undefined) this.live.world.spreadsheet.select('A1', name);
      this.version++;
      return this.result([]);
    }
    this.live.world.session.locale = APPS_SCRIPT_LOCALE[locale];
    // Sheets builds the menu again when the document is reopened in the new language.
    this.live.callGlobal('onOpen', [{ authMode: 'NONE' }]);
    if (this.sidebar !== undefined)
      this.sidebar = { ...this.sidebar, title: MENU_MESSAGES[locale].productName };
    return this.result(this.drainEvents());
  }

  reload(): ActionResult {
    this.journal = [];
    this.open();
    this.version++;
    return this.result([]);
  }

  rpc(name: string, args: readonly unknown[]): RpcResponse {
    if (!this.live.hasGlobal(name)) {
      return { ok: false, error: { name: 'Error', message: `Script function not found: ${name}` } };
    }
    try {
      const copy = structuredClone(args) as unknown[];
      const { value, wrote } = this.live.callGlobal(name, structuredClone(args));
      if (wrote) {
        this.version++;
        this.journal.push(this.call(name, copy));
      }
      const events = this.drainEvents();
      if (wrote || events.length > 0) this.notify(events);
      // Apps Script hands the result over as JSON-like data, never as live objects.
      return { ok: true, value: value === undefined ? null : JSON.parse(JSON.stringify(value)) };
    } catch (error) {
      const events = this.drainEvents();
      if (events.length > 0) this.notify(events);
      const failure = error instanceof Error ? error : new Error(String(error));
      return { ok: false, error: { name: failure.name, message: failure.message } };
    }
  }

  page(id: string): string | undefined {
    return this.pages.get(id)?.html;
  }

  closePage(id: string): ActionResult {
    if (this.sidebar?.id === id) this.sidebar = undefined;
    this.pages.delete(id);
    return this.result([]);
  }

  onChange(listener: (events: readonly UiEvent[]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Starts (again) from a fresh workbook with the preview's sheet and the add-on's menu. */
  private open(): void {
    this.live = new LiveWorkbook({
      userLocale: APPS_SCRIPT_LOCALE[this.locale],
      htmlFiles: this.options.htmlFiles,
      ...(this.options.today ? { today: this.options.today } : {}),
    });
    this.grids = new GridWindows(this.live.sync.engine, (cell) =>
      this.text('arrayBlocked', { cell }),
    );
    this.options.load(this.live, this.locale);
    this.live.callGlobal('onOpen', [{ authMode: 'NONE' }]);
    this.sidebar = undefined;
    this.pages.clear();
    this.seen = this.shownSoFar();
    // The playbook sidebar opens with the sheet, as a seller would have it while working.
    this.live.callGlobal('openSidebar');
    this.drainEvents();
  }

  /** Does again what was done to the sheet (a language switch), showing nothing of it. */
  private replay(journal: readonly JournalEntry[]): void {
    const entries = [...journal];
    for (const entry of entries) {
      const names = this.live.world.spreadsheet.sheetNames();
      const sheet = names[entry.sheet] ?? names[0] ?? '';
      if (entry.kind === 'edit')
        this.edit({ sheet, row: 0, col: 0, input: '', cells: entry.cells });
      else if (entry.kind === 'sort')
        this.sort({ sheet, col: entry.col, ascending: entry.ascending });
      else {
        const { row, col, rows, cols } = entry.at;
        this.live.world.spreadsheet.select(
          formatA1({ row: row + 1, column: col + 1, numRows: rows, numColumns: cols }),
          sheet,
        );
        try {
          this.live.callGlobal(entry.name, structuredClone(entry.args));
        } catch {
          // A call that failed the first time fails again; the rest still replays.
        }
      }
    }
    // What was redone is the record again (edit() and sort() above recorded it a second time).
    this.journal = entries;
    this.drainEvents();
  }

  private call(name: string, args: unknown[]): JournalEntry {
    return { kind: 'call', sheet: this.activeIndex(), at: this.selection(), name, args };
  }

  private sheetIndex(sheet: FakeSheet): number {
    return this.live.world.spreadsheet.sheetNames().indexOf(sheet.nameUncounted());
  }

  private activeIndex(): number {
    return this.sheetIndex(this.live.world.spreadsheet.activeSheetUncounted());
  }

  /** What the add-on showed since the last look: toasts, alerts, dialogs, the sidebar. */
  private drainEvents(): UiEvent[] {
    const { spreadsheet, ui } = this.live.world;
    const events: UiEvent[] = [];
    for (const toast of spreadsheet.toasts.slice(this.seen.toasts)) {
      events.push({ kind: 'toast', title: toast.title, message: toast.message });
    }
    for (const message of ui.ui.alerts.slice(this.seen.alerts))
      events.push({ kind: 'alert', message });
    for (const dialog of ui.ui.dialogs.slice(this.seen.dialogs)) {
      const page = this.addPage(dialog.title, dialog.html);
      events.push({
        kind: 'dialog',
        title: dialog.title,
        id: page.id,
        ...(dialog.width === undefined ? {} : { width: dialog.width }),
        ...(dialog.height === undefined ? {} : { height: dialog.height }),
      });
    }
    const sidebar = ui.ui.sidebars.slice(this.seen.sidebars).at(-1);
    if (sidebar !== undefined) {
      if (this.sidebar) this.pages.delete(this.sidebar.id);
      this.sidebar = this.addPage(sidebar.title, sidebar.html);
      events.push({ kind: 'sidebar', title: sidebar.title, id: this.sidebar.id });
    }
    this.seen = this.shownSoFar();
    return events;
  }

  /** How many toasts, alerts, dialogs and sidebars the add-on has shown in this workbook. */
  private shownSoFar(): ShownCounts {
    const { spreadsheet, ui } = this.live.world;
    return {
      toasts: spreadsheet.toasts.length,
      alerts: ui.ui.alerts.length,
      dialogs: ui.ui.dialogs.length,
      sidebars: ui.ui.sidebars.length,
    };
  }

  private addPage(title: string, html: string): ShownPage {
    const page = { id: `page-${this.nextPage++}`, title, html };
    this.pages.set(page.id, page);
    return page;
  }

  private notify(events: readonly UiEvent[]): void {
    for (const listener of this.listeners) listener(events);
  }

  private menu(): MenuEntry[] {
    const menu = this.live.world.ui.ui.addonMenu();
    if (menu === undefined || !menu.added) return [];
    return menu.entries.map((entry) =>
      'separator' in entry
        ? { kind: 'separator' }
        : { kind: 'item', caption: entry.caption, functionName: entry.functionName },
    );
  }

  private selection(): Selection {
    const range = this.live.world.spreadsheet.getActiveRange();
    this.live.world.calls.reset();
    const sheet = this.live.world.spreadsheet.activeSheetUncounted().nameUncounted();
    if (range === null) return { sheet, row: 0, col: 0, rows: 1, cols: 1 };
    const area = range.areaUncounted();
    return {
      sheet,
      row: area.row - 1,
      col: area.column - 1,
      rows: area.numRows,
      cols: area.numColumns,
    };
  }

  private sheetNamed(name: string): FakeSheet {
    const spreadsheet = this.live.world.spreadsheet;
    return spreadsheet.sheetNames().includes(name)
      ? spreadsheet.sheet(name)
      : spreadsheet.activeSheetUncounted();
  }

  private result(events: UiEvent[], error?: string): ActionResult {
    return { state: this.state(), events, ...(error === undefined ? {} : { error }) };
  }

  private text(key: PageMessageKey, params: Record<string, string> = {}): string {
    return formatMessage(PAGE_MESSAGES[this.locale][key], params);
  }
}

function clamp(n: number, low: number, high: number): number {
  return Math.min(Math.max(Number.isFinite(n) ? Math.trunc(n) : low, low), high);
}

/** The language to start in: PREVIEW_LOCALE, else the system's LANG (zh_CN → Chinese). */
export function startLocale(env: NodeJS.ProcessEnv): Locale {
  return pickLocale(env.PREVIEW_LOCALE ?? env.LC_ALL ?? env.LANG ?? 'en');
}
