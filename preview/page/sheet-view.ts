// The grid: a jspreadsheet-ce worksheet holding what each cell holds, painted with what the server computed.

import jspreadsheet from 'jspreadsheet-ce';
import { columnLetter } from '../../src/addon/platform/column-letter';
import { shiftFormula } from '../engine/shift-formula';
import { el } from './dom';
import type { ActionResult, CellEdit, GridCell, GridWindow, Selection } from './preview-api';
import { type Box, edgeMove } from './sheet-moves';

type Worksheet = jspreadsheet.WorksheetInstance;
type MenuItem = jspreadsheet.ContextMenuItem;

export interface SheetViewHandlers {
  /** Rows [from, to) of a sheet, computed and coloured. */
  fetch(sheet: string, from: number, to: number): Promise<GridWindow>;
  /** The selection moved (the sidebar follows it). */
  select(selection: Selection): void;
  /** Cells written on the page (typed, pasted, deleted, filled, undone): the server's answer. */
  edit(sheet: string, cells: CellEdit[]): Promise<ActionResult>;
  /** The page takes in an edit's answer (state, what the add-on showed); it shows the sheet again. */
  answered(result: ActionResult): Promise<void>;
  sort(sheet: string, col: number, ascending: boolean): void;
  /** Words for the right-click menu and the filter line, in the page's language. */
  text(key: ViewTextKey, params: Record<string, string>): string;
}

export type ViewTextKey =
  | 'sortAscending'
  | 'sortDescending'
  | 'filterToValue'
  | 'clearFilter'
  | 'filtered';

/** Rows fetched per request when a whole sheet is loaded. */
const CHUNK = 5000;
/** Above this many rows a sheet shown again has the rows in view read before the rest. */
const LONG_SHEET = 200;
/** Above this many rows the worksheet draws rows as they scroll into view. */
const LAZY_ROWS = 2000;

/**
 * What a seller does to a sheet is the library's (selection, editing, copy and paste as TSV,
 * undo and redo, fill handle, column resize, right-click menu); what cells show is ours (the
 * add-on's formulas and colour rules, computed on the server). Keys that move as Sheets moves
 * (Ctrl+arrows to the data edge, PageUp/PageDown, Home/End, Ctrl+D) are added here.
 */
export class SheetView {
  readonly element: HTMLElement;
  private readonly host: HTMLElement;
  private readonly filterLine: HTMLElement;
  private worksheet: Worksheet | undefined;
  private sheet = '';
  private window: GridWindow | undefined;
  /** What the server holds in each cell (the editor's text), as last read or sent to it. */
  private held: string[][] = [];
  /**
   * Cells written on the page that a window from the server may not show yet: by "row,col", the
   * batch that last carried the cell and the version the server answered it at (Infinity until
   * then). A window older than that still has the cell's previous content, which must not return.
   */
  private readonly awaited = new Map<string, { batch: number; version: number }>();
  /** Cells written while a batch was on its way: they go together in the next one. */
  private readonly queued = new Map<string, CellEdit>();
  private queuedSheet = '';
  private batches = 0;
  private sending = false;
  /** A long sheet being read whole in the background; read again when asked meanwhile. */
  private reading = false;
  private readAgain = false;
  private filter: { col: number; value: string } | undefined;
  private lastSelection = '';

  constructor(private readonly handlers: SheetViewHandlers) {
    this.host = el('div', { class: 'sheet-host' });
    this.filterLine = el('p', { class: 'filter-line', hidden: true });
    this.element = el('div', { class: 'sheet', role: 'grid' }, this.filterLine, this.host);
    // Capture: these keys mean what they mean in Sheets, before the worksheet's own handling.
    document.addEventListener('keydown', (event) => this.onKey(event), true);
  }

  setLabel(label: string): void {
    this.element.setAttribute('aria-label', label);
  }

  /** The cell the selection starts at (0-based) in the sheet shown. */
  current(): { sheet: string; row: number; col: number } {
    const box = this.box();
    return { sheet: this.sheet, row: box?.y1 ?? 0, col: box?.x1 ?? 0 };
  }

  /** What the server showed for the selected cell. */
  selectedCell(): GridCell | undefined {
    const { row, col } = this.current();
    return this.window?.rows[row]?.[col];
  }

  /**
   * Shows a sheet (again): the whole sheet is read; the page's undo history is kept if it is the
   * same. A long sheet shown again has the rows in view read first, so that an edit shows at
   * once; the rest follows in the background, one reading at a time.
   */
  async show(sheet: string, selection: Selection): Promise<void> {
    if (this.sheet !== sheet || this.window === undefined || this.window.rowCount <= LONG_SHEET) {
      await this.showWhole(sheet, selection);
      return;
    }
    const [from, to] = this.rowsInView();
    this.takePart(await this.handlers.fetch(sheet, from, to));
    if (this.reading) this.readAgain = true;
    else void this.readInBackground(sheet, selection);
  }

  private async readInBackground(sheet: string, selection: Selection): Promise<void> {
    this.reading = true;
    try {
      do {
        this.readAgain = false;
        await this.showWhole(sheet, selection, true);
      } while (this.readAgain && this.sheet === sheet);
    } catch {
      // The next edit or action reads the sheet again.
    } finally {
      this.reading = false;
    }
  }

  /** `refresh`: only if the sheet is still the one shown (a reading in the background). */
  private async showWhole(sheet: string, selection: Selection, refresh = false): Promise<void> {
    const window = await this.read(sheet);
    if (refresh && this.sheet !== sheet) return;
    // Answers may arrive out of order: a window older than the one shown is dropped.
    if (this.sheet === sheet && this.window !== undefined && window.version < this.window.version)
      return;
    // A paste past the edge grew the worksheet before the server grew the sheet: still the same.
    const data = this.worksheet?.options.data as unknown[][] | undefined;
    const same =
      this.worksheet !== undefined &&
      this.sheet === sheet &&
      data?.length === window.rowCount &&
      (data[0]?.length ?? 0) === window.columnCount;
    const before = this.window;
    this.window = window;
    if (same) {
      // Only the cells that changed are painted again: one edit on a long sheet changes a few.
      this.paintChanged(this.takeContents(before, window));
      return;
    }
    this.sheet = sheet;
    this.filter = undefined;
    this.awaited.clear();
    this.build(window, selection);
  }

  /** Writes a value as if typed into the selected cell (the formula bar). */
  type(row: number, col: number, input: string): void {
    this.worksheet?.setValueFromCoords(col, row, input, false);
  }

  /** Rows [from, to) read again (those in view), into the sheet shown, unless older than it. */
  private takePart(part: GridWindow): void {
    const shown = this.window;
    if (shown === undefined || part.sheet !== shown.sheet || part.version < shown.version) return;
    if (part.rowCount !== shown.rowCount || part.columnCount !== shown.columnCount) return;
    const rows = [...shown.rows];
    part.rows.forEach((row, i) => {
      rows[part.from + i] = row;
    });
    // The shown window keeps its version: only these rows are as new as the part.
    this.window = { ...shown, rows };
    this.paintChanged(this.takeContents(shown, part));
  }

  private paintChanged(cells: readonly [number, number][]): void {
    for (const [x, y] of cells) {
      const td = this.cellElement(x, y);
      if (td) this.paint(td, x, y);
    }
    if (this.filter !== undefined) this.applyFilter();
  }

  /** The rows drawn in the grid's view, with a few around them. */
  private rowsInView(): [number, number] {
    const content = this.host.querySelector<HTMLElement>('.jss_content');
    const view = content?.getBoundingClientRect();
    const ys: number[] = [];
    for (const tr of this.host.querySelectorAll<HTMLElement>('tbody tr[data-y]')) {
      const box = tr.getBoundingClientRect();
      if (view && box.bottom >= view.top && box.top <= view.bottom) ys.push(Number(tr.dataset.y));
    }
    const first = ys.length > 0 ? Math.min(...ys) : 0;
    const last = ys.length > 0 ? Math.max(...ys) : 0;
    return [Math.max(0, first - 10), last + 11];
  }

  /** The whole sheet, in chunks; its version is the oldest chunk's (the rest may be newer). */
  private async read(sheet: string): Promise<GridWindow> {
    const first = await this.handlers.fetch(sheet, 0, CHUNK);
    if (first.rowCount <= CHUNK) return first;
    const rows = [...first.rows];
    let version = first.version;
    for (let from = CHUNK; from < first.rowCount; from += CHUNK) {
      const chunk = await this.handlers.fetch(sheet, from, from + CHUNK);
      rows.push(...chunk.rows);
      version = Math.min(version, chunk.version);
    }
    return { ...first, rows, version };
  }

  private build(window: GridWindow, selection: Selection): void {
    if (this.worksheet !== undefined) jspreadsheet.destroy(this.host as never, true);
    this.host.replaceChildren();
    this.held = window.rows.map((row) => row.map(editText));
    const frozenRows = Math.max(1, window.frozenRows);
    const columns = window.widths.map((width, col) => {
      const choices = window.lists[col];
      return {
        title: columnLetter(col + 1),
        width,
        ...(choices ? { type: listEditor(choices, frozenRows) } : {}),
        render: (td: HTMLTableCellElement, _value: unknown, x: number, y: number) =>
          this.paint(td, x, y),
      };
    });
    const spreadsheet = jspreadsheet(
      this.host as never,
      {
        worksheets: [
          {
            data: this.held.map((row) => [...row]),
            columns: columns as never,
            tableOverflow: true,
            tableWidth: '100%',
            tableHeight: '100%',
            lazyLoading: window.rowCount > LAZY_ROWS,
            // Only a paste past the last row or column adds rows or columns, as in Sheets.
            allowInsertRow: true,
            allowInsertColumn: true,
            allowManualInsertRow: false,
            allowManualInsertColumn: false,
            allowDeleteRow: false,
            allowDeleteColumn: false,
            allowRenameColumn: false,
            columnSorting: false,
            columnDrag: false,
            rowDrag: false,
            defaultColAlign: 'left',
            minSpareRows: 0,
            wordWrap: false,
          },
        ],
        parseFormulas: false,
        contextMenu: (_ws: unknown, x: unknown, y: unknown, _e: unknown, items: MenuItem[]) =>
          this.menu(Number(x), Number(y), items),
        onafterchanges: () => this.flush(),
        onundo: () => this.flush(),
        onredo: () => this.flush(),
        onselection: (_ws: unknown, x1: number, y1: number, x2: number, y2: number) =>
          this.selected(x1, y1, x2, y2),
      } as never,
    );
    this.worksheet = spreadsheet[0] as Worksheet;
    this.paintAll();
    this.measureHeads();
    const row = Math.min(selection.row, window.rowCount - 1);
    const col = Math.min(selection.col, window.columnCount - 1);
    this.worksheet.updateSelectionFromCoords(col, row, col, row);
    this.scrollToColoured(window);
    this.paintFilterLine();
  }

  /**
   * Where the sticky header row and SKU column stick: where they sit in the table, below the
   * column letters and right of the row numbers. Measured unstuck (a sticky cell's offset is
   * where it sticks), so that they stay exactly in place as the rest scrolls.
   */
  private measureHeads(): void {
    const content = this.host.querySelector<HTMLElement>('.jss_content');
    const sku = this.host.querySelector<HTMLElement>('tbody tr td:nth-child(2)');
    if (content === null || sku === null) return;
    this.host.style.setProperty('--column-head', '0px');
    this.host.style.setProperty('--row-head', '0px');
    const view = content.getBoundingClientRect();
    const cell = sku.getBoundingClientRect();
    const top = cell.top - view.top - content.clientTop + content.scrollTop;
    const left = cell.left - view.left - content.clientLeft + content.scrollLeft;
    this.host.style.setProperty('--column-head', `${top}px`);
    this.host.style.setProperty('--row-head', `${left}px`);
  }

  /**
   * The server's contents replace the page's, except in cells written on the page that this
   * window is too old to show (their edit unanswered, or answered at a later version): those keep
   * what the page wrote, so an edit, a paste or an undo is never overwritten by what came before.
   */
  private takeContents(before: GridWindow | undefined, window: GridWindow): [number, number][] {
    const data = this.worksheet?.options.data as unknown[][] | undefined;
    const changed: [number, number][] = [];
    window.rows.forEach((row, i) => {
      const y = window.from + i;
      const line = this.held[y];
      if (line === undefined) return;
      row.forEach((cell, x) => {
        const key = `${y},${x}`;
        const awaited = this.awaited.get(key);
        if (awaited !== undefined) {
          if (window.version < awaited.version) return;
          this.awaited.delete(key);
        }
        const text = editText(cell);
        const dataRow = data?.[y];
        const typed = dataRow === undefined ? '' : String(dataRow[x] ?? '');
        if (dataRow !== undefined && typed === (line[x] ?? '')) dataRow[x] = text;
        line[x] = text;
        if (awaited !== undefined || typed !== text || !sameCell(before?.rows[y]?.[x], cell))
          changed.push([x, y]);
      });
    });
    return changed;
  }

  /**
   * Queues what differs between the worksheet and the server. One batch is on its way at a time;
   * whatever is written meanwhile (typing on, a paste, fifty undos) goes in the next, so the page
   * never waits on a round trip per keystroke and the server sees the edits in order.
   */
  private flush(): void {
    const worksheet = this.worksheet;
    if (worksheet === undefined) return;
    if (this.queued.size > 0 && this.queuedSheet !== this.sheet) return;
    const data = worksheet.options.data as unknown[][];
    const batch = this.batches + 1;
    data.forEach((row, y) => {
      row.forEach((value, x) => {
        const text = value === null || value === undefined ? '' : String(value);
        const line = this.held[y];
        if (text === (line?.[x] ?? '')) return;
        if (line) line[x] = text;
        const key = `${y},${x}`;
        this.queued.set(key, { row: y, col: x, input: text });
        this.awaited.set(key, { batch, version: Number.POSITIVE_INFINITY });
      });
    });
    if (this.queued.size === 0) return;
    this.queuedSheet = this.sheet;
    if (!this.sending) void this.send();
  }

  private async send(): Promise<void> {
    this.sending = true;
    try {
      while (this.queued.size > 0) {
        const sheet = this.queuedSheet;
        const cells = [...this.queued.values()];
        this.queued.clear();
        const batch = ++this.batches;
        const result = await this.handlers.edit(sheet, cells).catch(() => undefined);
        if (sheet === this.sheet) {
          // From this version on the server shows these cells as it took them (a refused entry
          // as it was before), unless a later batch carries them again. A failed request took
          // nothing: the next window shows what the server has.
          const version = result?.state.version ?? Number.NEGATIVE_INFINITY;
          for (const { row, col } of cells) {
            const awaited = this.awaited.get(`${row},${col}`);
            if (awaited?.batch === batch) awaited.version = version;
          }
        }
        if (result !== undefined) await this.handlers.answered(result);
      }
    } finally {
      this.sending = false;
    }
    // Anything written on another sheet while this one's batch was out goes now.
    this.flush();
  }

  private selected(x1: number, y1: number, x2: number, y2: number): void {
    const selection: Selection = {
      sheet: this.sheet,
      row: Math.min(y1, y2),
      col: Math.min(x1, x2),
      rows: Math.abs(y2 - y1) + 1,
      cols: Math.abs(x2 - x1) + 1,
    };
    const key = JSON.stringify(selection);
    if (key === this.lastSelection) return;
    this.lastSelection = key;
    this.handlers.select(selection);
  }

  private paintAll(): void {
    const worksheet = this.worksheet;
    if (worksheet === undefined) return;
    const records = worksheet.records as { element: HTMLTableCellElement }[][];
    records.forEach((row, y) => {
      row.forEach((record, x) => {
        if (record?.element) this.paint(record.element, x, y);
      });
    });
  }

  /** A cell as the server computed it; a value typed and not yet answered shows as typed. */
  private paint(td: HTMLTableCellElement, x: number, y: number): void {
    // The cell being typed into keeps its editor.
    if ((this.worksheet?.edition as unknown[] | undefined)?.[0] === td) return;
    const cell = this.window?.rows[y]?.[x];
    const data = this.worksheet?.options.data as unknown[][] | undefined;
    const raw = data?.[y]?.[x];
    const typed = raw === undefined || raw === null ? '' : String(raw);
    const answered = cell === undefined || typed === editText(cell);
    td.textContent = answered ? (cell?.t ?? '') : typed;
    td.dataset.cell = `${columnLetter(x + 1)}${y + 1}`;
    td.style.backgroundColor = answered ? (cell?.bg ?? '') : '';
    td.style.color = answered ? (cell?.fg ?? '') : '';
    td.style.fontWeight = cell?.bold ? '600' : '';
    td.style.textAlign = cell?.num ? 'right' : 'left';
    td.classList.toggle('has-error', answered && cell?.err !== undefined);
    td.classList.toggle('has-note', cell?.note !== undefined);
    const choices = this.window?.lists[x];
    td.classList.toggle('has-list', choices != null && y >= (this.window?.frozenRows ?? 1));
    const title = cell?.err ?? cell?.note;
    if (title) td.title = title;
    else td.removeAttribute('title');
  }

  private cellElement(x: number, y: number): HTMLTableCellElement | undefined {
    const records = this.worksheet?.records as { element: HTMLTableCellElement }[][] | undefined;
    return records?.[y]?.[x]?.element;
  }

  private box(): Box | undefined {
    const selected = this.worksheet?.selectedCell;
    if (!selected) return undefined;
    const [x1, y1, x2, y2] = selected.map(Number) as [number, number, number, number];
    return { x1, y1, x2, y2 };
  }

  /** What a cell shows, for moves to the data edge: '' for an empty cell. */
  private shown = (x: number, y: number): string => this.window?.rows[y]?.[x]?.t ?? '';

  private onKey(event: KeyboardEvent): void {
    const worksheet = this.worksheet;
    const window = this.window;
    if (worksheet === undefined || window === undefined || worksheet.edition) return;
    const target = event.target as HTMLElement | null;
    if (target?.closest('input, textarea, select, .menus, .modal')) return;
    if (!this.element.contains(document.activeElement) && document.activeElement !== document.body)
      return;
    const box = this.box();
    if (box === undefined) return;
    const ctrl = event.ctrlKey || event.metaKey;
    const size = { rows: window.rowCount, cols: window.columnCount };
    const page = this.pageRows();
    const move = edgeMove(event.key, ctrl, event.shiftKey, box, size, page, this.shown);
    if (move !== undefined) {
      this.stop(event);
      worksheet.updateSelectionFromCoords(move.x1, move.y1, move.x2, move.y2);
      this.reveal(move.x2, move.y2);
      return;
    }
    if (ctrl && event.key.toLowerCase() === 'd') {
      this.stop(event);
      this.fillDown(box);
    } else if (ctrl && event.shiftKey && event.key.toLowerCase() === 'z') {
      this.stop(event);
      worksheet.redo();
    }
  }

  private stop(event: KeyboardEvent): void {
    event.preventDefault();
    event.stopImmediatePropagation();
  }

  /** Ctrl+D: the top row of the selection into the rows below it (one row: the row above). */
  private fillDown(box: Box): void {
    const worksheet = this.worksheet;
    if (worksheet === undefined) return;
    const top = Math.min(box.y1, box.y2);
    const bottom = Math.max(box.y1, box.y2);
    const from = top === bottom ? top - 1 : top;
    if (from < 0) return;
    const data = worksheet.options.data as unknown[][];
    const records: { x: number; y: number; value: string }[] = [];
    for (let x = Math.min(box.x1, box.x2); x <= Math.max(box.x1, box.x2); x++) {
      const source = String(data[from]?.[x] ?? '');
      for (let y = from + 1; y <= bottom; y++) {
        const value = source.startsWith('=') ? shiftFormula(source, y - from, 0) : source;
        records.push({ x, y, value });
      }
    }
    worksheet.setValue(records);
  }

  /** Rows a page holds: PageUp and PageDown move by as many. */
  private pageRows(): number {
    const content = this.host.querySelector<HTMLElement>('.jss_content');
    const row = this.host.querySelector<HTMLElement>('tbody tr');
    const height = row?.offsetHeight || 24;
    return Math.max(1, Math.floor((content?.clientHeight ?? 480) / height) - 2);
  }

  private reveal(x: number, y: number): void {
    const td = this.cellElement(x, y);
    td?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }

  /** Opens with the coloured columns in view beside the frozen SKU column. */
  private scrollToColoured(window: GridWindow): void {
    const content = this.host.querySelector<HTMLElement>('.jss_content');
    if (content === null) return;
    let first = Number.POSITIVE_INFINITY;
    let last = -1;
    for (const row of window.rows.slice(Math.max(1, window.frozenRows), 60)) {
      row.forEach((cell, x) => {
        if (cell.bg === undefined || x === 0) return;
        first = Math.min(first, x);
        last = Math.max(last, x);
      });
    }
    const y = Math.min(1, window.rowCount - 1);
    const from = this.cellElement(first, y);
    const to = this.cellElement(last, y);
    const sku = this.cellElement(0, y);
    if (from === undefined || to === undefined || sku === undefined) return;
    const right = to.offsetLeft + to.offsetWidth;
    if (right <= content.clientWidth) return;
    // The first coloured column just right of the frozen SKU column, or the last at the right
    // edge if that leaves the first in view too.
    const frozenRight = sku.offsetLeft + sku.offsetWidth;
    const toFirst = from.offsetLeft - frozenRight;
    content.scrollLeft = Math.min(toFirst, right - content.clientWidth + 16);
  }

  private menu(x: number, y: number, items: MenuItem[]): MenuItem[] {
    const window = this.window;
    if (window === undefined || !Number.isInteger(x) || x < 0) return items;
    const column = headerOf(window, x);
    const ours: MenuItem[] = [
      {
        title: this.handlers.text('sortAscending', { column }),
        onclick: () => this.handlers.sort(this.sheet, x, true),
      },
      {
        title: this.handlers.text('sortDescending', { column }),
        onclick: () => this.handlers.sort(this.sheet, x, false),
      },
    ];
    if (Number.isInteger(y) && y >= Math.max(1, window.frozenRows)) {
      const value = this.shown(x, y);
      ours.push({
        title: this.handlers.text('filterToValue', { column, value }),
        onclick: () => this.setFilter({ col: x, value }),
      });
    }
    if (this.filter !== undefined) {
      ours.push({
        title: this.handlers.text('clearFilter', {}),
        onclick: () => this.setFilter(undefined),
      });
    }
    const kept = items.filter((item) => /copy|paste|comment/i.test(item.title ?? ''));
    return [...ours, { type: 'line', title: '' }, ...kept];
  }

  private setFilter(filter: { col: number; value: string } | undefined): void {
    this.filter = filter;
    // Cleared: every row shown once again; set: the rows that do not match hidden.
    this.applyFilter();
  }

  /** Rows below the header whose cell in the filter column does not show the value are hidden. */
  private applyFilter(): void {
    const worksheet = this.worksheet;
    const window = this.window;
    if (worksheet === undefined || window === undefined) return;
    const header = Math.max(1, window.frozenRows);
    const hide: number[] = [];
    const show: number[] = [];
    for (let y = header; y < window.rowCount; y++) {
      const keep =
        this.filter === undefined || this.shown(this.filter.col, y) === this.filter.value;
      (keep ? show : hide).push(y);
    }
    if (show.length > 0) worksheet.showRow(show);
    if (hide.length > 0) worksheet.hideRow(hide);
    this.paintFilterLine(show.length);
  }

  private paintFilterLine(rows?: number): void {
    const filter = this.filter;
    this.filterLine.hidden = filter === undefined;
    if (filter === undefined || this.window === undefined) return;
    this.filterLine.textContent = this.handlers.text('filtered', {
      column: headerOf(this.window, filter.col),
      value: filter.value,
      rows: String(rows ?? ''),
    });
  }
}

/** What the editor starts with for a cell: its formula or typed value. */
function editText(cell: GridCell): string {
  return cell.e ?? cell.t;
}

/** Whether a cell is drawn the same from both (the fields of GridCell, compared one by one). */
function sameCell(a: GridCell | undefined, b: GridCell): boolean {
  return (
    a !== undefined &&
    a.t === b.t &&
    a.e === b.e &&
    a.bg === b.bg &&
    a.fg === b.fg &&
    a.bold === b.bold &&
    a.num === b.num &&
    a.err === b.err &&
    a.note === b.note
  );
}

function headerOf(window: GridWindow, col: number): string {
  return window.rows[0]?.[col]?.t || columnLetter(col + 1);
}

/**
 * The editor of a column with a list rule: the cell's text with the rule's choices under it, as
 * Sheets' drop-down chip opens; anything else typed is checked by the server and refused there
 * with the column's name. The header row above edits as plain text.
 */
function listEditor(choices: readonly string[], headerRows: number) {
  return {
    createCell(cell: HTMLTableCellElement, value: unknown) {
      cell.textContent = String(value ?? '');
      return cell;
    },
    updateCell(cell: HTMLTableCellElement, value: unknown) {
      cell.textContent = String(value ?? '');
      return value;
    },
    openEditor(
      cell: HTMLTableCellElement,
      value: unknown,
      _x: number,
      y: number,
      worksheet: Worksheet,
      _options: unknown,
      event?: Event,
    ) {
      const byKey = event instanceof KeyboardEvent && event.key.length === 1;
      const input = el('input', { class: 'list-input', type: 'text', spellcheck: 'false' });
      input.value = byKey ? '' : String(value ?? '');
      const box = el('div', { class: 'list-editor' }, input);
      if (y >= headerRows) {
        const list = el('ul', { class: 'list-choices', role: 'listbox' });
        for (const choice of choices) {
          const item = el('li', { role: 'option', 'data-value': choice }, choice);
          item.addEventListener('mousedown', (down) => {
            down.preventDefault();
            input.value = choice;
            worksheet.closeEditor(cell, true);
          });
          list.append(item);
        }
        box.append(list);
      }
      cell.classList.add('editor');
      cell.replaceChildren(box);
      // Enter keeps the entry and moves down, Escape drops it, as in any other cell.
      input.addEventListener('keydown', (key) => {
        if (key.key !== 'Enter' && key.key !== 'Escape') return;
        key.preventDefault();
        key.stopPropagation();
        worksheet.closeEditor(cell, key.key === 'Enter');
        if (key.key === 'Enter') worksheet.down(false, false);
      });
      input.addEventListener('blur', () => {
        if (worksheet.edition) worksheet.closeEditor(cell, true);
      });
      input.focus();
    },
    closeEditor(cell: HTMLTableCellElement, save: boolean) {
      const value = cell.querySelector('input')?.value ?? '';
      cell.classList.remove('editor');
      return save ? value : undefined;
    },
  };
}
