// The spreadsheet grid: a virtual window over the sheet's rows, selection, and in-cell editing.

import { columnLetter } from '../../src/addon/platform/column-letter';

import { el } from './dom';
import type { GridCell, GridWindow, Selection } from './preview-api';

const ROW_HEIGHT = 24;
/** Frozen rows (the headers) are taller and wrap their text, as the template sets them. */
const FROZEN_ROW_HEIGHT = 40;
const HEADER_WIDTH = 48;
/** Rows drawn above and below the visible ones, and fetched beyond them. */
const DRAW_MARGIN = 10;
const FETCH_MARGIN = 60;

export interface GridCallbacks {
  fetch(sheet: string, from: number, to: number): Promise<GridWindow>;
  select(selection: Selection): void;
  commit(row: number, col: number, input: string): Promise<void>;
}

export class GridView {
  readonly element: HTMLDivElement;
  private readonly inner: HTMLDivElement;
  private readonly columnHead: HTMLDivElement;
  private readonly frozen: HTMLDivElement;
  private readonly body: HTMLDivElement;
  private editor: HTMLInputElement | undefined;
  private data: GridWindow | undefined;
  private sheet = '';
  private selection: Selection = { sheet: '', row: 0, col: 0, rows: 1, cols: 1 };
  private pending: Promise<void> | undefined;
  private drawn = { from: -1, to: -1, version: -1 };

  constructor(
    private readonly callbacks: GridCallbacks,
    label: string,
  ) {
    this.columnHead = el('div', { class: 'grid-colhead' });
    this.frozen = el('div', { class: 'grid-frozen' });
    this.body = el('div', { class: 'grid-body' });
    this.inner = el('div', { class: 'grid-inner' }, this.columnHead, this.frozen, this.body);
    this.element = el(
      'div',
      { class: 'grid', tabindex: '0', role: 'grid', 'aria-label': label },
      this.inner,
    );
    this.element.addEventListener('scroll', () => this.onScroll(), { passive: true });
    this.element.addEventListener('mousedown', (event) => this.onMouseDown(event));
    this.element.addEventListener('dblclick', (event) => this.onDoubleClick(event));
    this.element.addEventListener('keydown', (event) => this.onKey(event));
  }

  setLabel(label: string): void {
    this.element.setAttribute('aria-label', label);
  }

  /** Shows a sheet (or the same one again after a change), keeping the scroll position. */
  async show(sheet: string, selection: Selection): Promise<void> {
    if (sheet !== this.sheet) {
      this.sheet = sheet;
      this.data = undefined;
      this.element.scrollTop = 0;
    }
    this.selection = selection;
    await this.load(true);
  }

  current(): Selection {
    return this.selection;
  }

  /** The cell under the selection's top-left corner, as last fetched. */
  selectedCell(): GridCell | undefined {
    return this.cellAt(this.selection.row, this.selection.col);
  }

  private cellAt(row: number, col: number): GridCell | undefined {
    const data = this.data;
    if (data === undefined) return undefined;
    if (row < data.head.length) return data.head[row]?.[col];
    if (row < data.from || row >= data.from + data.rows.length) return undefined;
    return data.rows[row - data.from]?.[col];
  }

  private frozenRows(): number {
    return Math.min(this.data?.frozenRows ?? 0, this.data?.rowCount ?? 0);
  }

  /** Pixels above the first scrolling row: the column letters and the frozen rows. */
  private headHeight(): number {
    return ROW_HEIGHT + this.frozenRows() * FROZEN_ROW_HEIGHT;
  }

  /** Rows in view (the scrolling ones), from the scroll position. */
  private visibleRows(): { from: number; to: number } {
    const first = this.frozenRows() + Math.floor(this.element.scrollTop / ROW_HEIGHT);
    const count = Math.ceil((this.element.clientHeight - this.headHeight()) / ROW_HEIGHT) + 1;
    return { from: first, to: first + Math.max(1, count) };
  }

  private async load(force: boolean): Promise<void> {
    const { from, to } = this.visibleRows();
    const data = this.data;
    const covered =
      data !== undefined &&
      data.sheet === this.sheet &&
      from - DRAW_MARGIN >= data.from - (data.from === 0 ? DRAW_MARGIN : 0) &&
      Math.min(to + DRAW_MARGIN, data.rowCount) <= data.from + data.rows.length;
    if (force || !covered) {
      const fetchFrom = Math.max(0, from - FETCH_MARGIN);
      const request = this.callbacks.fetch(this.sheet, fetchFrom, to + FETCH_MARGIN);
      const done = request.then((window) => {
        if (window.sheet === this.sheet) this.data = window;
      });
      this.pending = done;
      await done;
      if (this.pending !== done) return;
    }
    this.draw(force);
  }

  private onScroll(): void {
    requestAnimationFrame(() => {
      void this.load(false);
    });
  }

  private draw(force: boolean): void {
    const data = this.data;
    if (data === undefined) return;
    const { from, to } = this.visibleRows();
    const drawFrom = Math.max(data.frozenRows, from - DRAW_MARGIN, data.from);
    const drawTo = Math.min(data.rowCount, to + DRAW_MARGIN, data.from + data.rows.length);
    if (
      !force &&
      this.drawn.from === drawFrom &&
      this.drawn.to === drawTo &&
      this.drawn.version === data.version
    ) {
      return;
    }
    this.drawn = { from: drawFrom, to: drawTo, version: data.version };
    const width = HEADER_WIDTH + data.widths.reduce((sum, w) => sum + w, 0);
    const frozen = this.frozenRows();
    this.inner.style.width = `${width}px`;
    this.inner.style.height = `${this.headHeight() + (data.rowCount - frozen) * ROW_HEIGHT}px`;

    this.columnHead.replaceChildren();
    this.columnHead.append(el('div', { class: 'corner' }));
    data.widths.forEach((w, col) => {
      const selected = col >= this.selection.col && col < this.selection.col + this.selection.cols;
      this.columnHead.append(
        el(
          'div',
          {
            class: `ch${selected ? ' ch-sel' : ''}${col < data.frozenColumns ? ' frozen-col' : ''}`,
            style: { width: `${w}px`, ...this.stickyLeft(data, col) },
          },
          columnLetter(col + 1),
        ),
      );
    });

    this.frozen.replaceChildren();
    for (let row = 0; row < data.frozenRows && row < data.rowCount; row++) {
      this.frozen.append(this.drawRow(data, row, true));
    }
    this.body.replaceChildren();
    this.body.style.top = `${this.headHeight() + (drawFrom - frozen) * ROW_HEIGHT}px`;
    for (let row = drawFrom; row < drawTo; row++) this.body.append(this.drawRow(data, row, false));
  }

  private drawRow(data: GridWindow, row: number, frozen: boolean): HTMLDivElement {
    const sel = this.selection;
    const rowSelected = row >= sel.row && row < sel.row + sel.rows;
    const wholeRow = rowSelected && sel.col === 0 && sel.cols >= data.columnCount;
    const line = el('div', {
      class: `row${frozen ? ' row-frozen' : ''}${wholeRow ? ' row-sel' : ''}`,
      'data-r': row,
      role: 'row',
    });
    line.append(
      el(
        'div',
        { class: `rh${rowSelected ? ' rh-sel' : ''}`, 'data-r': row, role: 'rowheader' },
        String(row + 1),
      ),
    );
    data.widths.forEach((w, col) => {
      const cell = this.cellAt(row, col);
      const selected = rowSelected && col >= sel.col && col < sel.col + sel.cols;
      const classes = ['c'];
      if (cell?.num) classes.push('num');
      if (cell?.bold) classes.push('bold');
      if (cell?.err) classes.push('err');
      if (cell?.note) classes.push('has-note');
      if (selected) classes.push('sel');
      if (selected && row === sel.row && col === sel.col) classes.push('anchor');
      if (col < data.frozenColumns) classes.push('frozen-col');
      const style: Record<string, string> = { width: `${w}px`, ...this.stickyLeft(data, col) };
      if (cell?.bg) style.background = cell.bg;
      if (cell?.fg) style.color = cell.fg;
      line.append(
        el(
          'div',
          {
            class: classes.join(' '),
            'data-r': row,
            'data-c': col,
            'data-cell': `${columnLetter(col + 1)}${row + 1}`,
            role: 'gridcell',
            style,
            title: cell?.err ?? cell?.note,
          },
          cell?.t ?? '',
        ),
      );
    });
    return line;
  }

  /** Frozen columns stick at the left, after the row numbers and the frozen columns before. */
  private stickyLeft(data: GridWindow, col: number): Record<string, string> {
    if (col >= data.frozenColumns) return {};
    const left = HEADER_WIDTH + data.widths.slice(0, col).reduce((sum, w) => sum + w, 0);
    return { left: `${left}px` };
  }

  private target(event: Event): { row: number; col?: number } | undefined {
    const node = (event.target as HTMLElement).closest<HTMLElement>('[data-r]');
    if (node === null) return undefined;
    const row = Number(node.dataset.r);
    const col = node.dataset.c === undefined ? undefined : Number(node.dataset.c);
    return { row, col };
  }

  private onMouseDown(event: MouseEvent): void {
    if ((event.target as HTMLElement).closest('.cell-editor')) return;
    const hit = this.target(event);
    if (hit === undefined || this.data === undefined) return;
    if (this.editor) this.finishEditing(true);
    if (hit.col === undefined) {
      this.choose({
        sheet: this.sheet,
        row: hit.row,
        col: 0,
        rows: 1,
        cols: this.data.columnCount,
      });
    } else {
      this.choose({ sheet: this.sheet, row: hit.row, col: hit.col, rows: 1, cols: 1 });
    }
    this.element.focus({ preventScroll: true });
  }

  private onDoubleClick(event: MouseEvent): void {
    const hit = this.target(event);
    if (hit?.col === undefined) return;
    this.startEditing(undefined);
  }

  private onKey(event: KeyboardEvent): void {
    if (this.editor || this.data === undefined) return;
    const { row, col } = this.selection;
    const move = (dr: number, dc: number) => {
      const data = this.data as GridWindow;
      const r = Math.min(Math.max(0, row + dr), data.rowCount - 1);
      const c = Math.min(Math.max(0, col + dc), data.columnCount - 1);
      this.choose({ sheet: this.sheet, row: r, col: c, rows: 1, cols: 1 });
      this.scrollIntoView(r);
    };
    switch (event.key) {
      case 'ArrowDown':
        move(1, 0);
        break;
      case 'ArrowUp':
        move(-1, 0);
        break;
      case 'ArrowLeft':
        move(0, -1);
        break;
      case 'ArrowRight':
      case 'Tab':
        move(0, 1);
        break;
      case 'Enter':
      case 'F2':
        this.startEditing(undefined);
        break;
      case 'Delete':
      case 'Backspace':
        void this.callbacks.commit(row, col, '');
        break;
      default:
        // Typing over a cell replaces its content, starting with the key typed.
        if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
          this.startEditing(event.key);
          break;
        }
        return;
    }
    event.preventDefault();
  }

  /** Selects and tells the server (the sidebar follows the active row, as in Sheets). */
  choose(selection: Selection): void {
    this.selection = selection;
    this.draw(true);
    this.callbacks.select(selection);
  }

  private scrollIntoView(row: number): void {
    const frozen = this.frozenRows();
    if (row < frozen) return;
    const top = (row - frozen) * ROW_HEIGHT;
    if (top < this.element.scrollTop) this.element.scrollTop = top;
    const bottom = this.headHeight() + top + ROW_HEIGHT;
    if (bottom > this.element.scrollTop + this.element.clientHeight) {
      this.element.scrollTop = bottom - this.element.clientHeight;
    }
  }

  /** Opens the in-cell editor; `initial` replaces the content (typing), undefined keeps it. */
  startEditing(initial: string | undefined): void {
    const data = this.data;
    if (data === undefined) return;
    const { row, col } = this.selection;
    const cell = this.cellAt(row, col);
    // Placed over the cell as drawn (frozen rows stick to the top while the rest scrolls).
    const drawn = this.inner.querySelector<HTMLElement>(`.c[data-r="${row}"][data-c="${col}"]`);
    const innerBox = this.inner.getBoundingClientRect();
    const box = drawn?.getBoundingClientRect();
    const left = box ? box.left - innerBox.left : HEADER_WIDTH;
    const top = box ? box.top - innerBox.top : this.headHeight();
    const editor = el('input', {
      class: 'cell-editor',
      type: 'text',
      spellcheck: 'false',
      'aria-label': `${columnLetter(col + 1)}${row + 1}`,
      style: {
        left: `${left}px`,
        top: `${top}px`,
        minWidth: `${data.widths[col] ?? 100}px`,
      },
    });
    editor.value = initial ?? cell?.e ?? cell?.t ?? '';
    editor.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === 'Tab') {
        event.preventDefault();
        const down = event.key === 'Enter';
        this.finishEditing(true).then(() => {
          const next = down ? { row: row + 1, col } : { row, col: col + 1 };
          this.choose({ sheet: this.sheet, ...next, rows: 1, cols: 1 });
          this.scrollIntoView(next.row);
        });
      } else if (event.key === 'Escape') {
        event.preventDefault();
        void this.finishEditing(false);
      }
      event.stopPropagation();
    });
    editor.addEventListener('blur', () => {
      if (this.editor === editor) void this.finishEditing(true);
    });
    this.editor = editor;
    this.inner.append(editor);
    editor.focus();
    if (initial === undefined) editor.select();
    else editor.setSelectionRange(editor.value.length, editor.value.length);
  }

  private async finishEditing(save: boolean): Promise<void> {
    const editor = this.editor;
    if (editor === undefined) return;
    this.editor = undefined;
    const { row, col } = this.selection;
    const cell = this.cellAt(row, col);
    const before = cell?.e ?? cell?.t ?? '';
    editor.remove();
    this.element.focus({ preventScroll: true });
    if (save && editor.value !== before) await this.callbacks.commit(row, col, editor.value);
  }
}
