// An in-memory Sheet: a sparse grid of cells (values, formulas as text, notes, formats,
// validation), frozen rows and columns, and its conditional-format rules.

import { columnLetter } from '../../src/addon/template/column-letter';
import { type GridArea, parseA1 } from './a1-notation';
import type { CallLog } from './call-log';
import { FakeConditionalFormatRule } from './fake-conditional-format';
import type { FakeDataValidation } from './fake-data-validation';
import { FakeRange } from './fake-range';
import type { FakeSpreadsheet } from './fake-spreadsheet';

/** Everything a cell holds. An empty cell has '' for value and formula. */
export interface CellData {
  value: unknown;
  /** The formula as text ("=COVER_DAYS(D2:D, …)"), or ''. */
  formula: string;
  note: string;
  numberFormat: string | undefined;
  validation: FakeDataValidation | null;
  background: string | undefined;
  fontWeight: string | undefined;
  wrap: boolean | undefined;
}

export interface SheetSize {
  readonly rows: number;
  readonly columns: number;
}

/** A new sheet in Google Sheets: 1000 rows, 26 columns. */
export const NEW_SHEET_SIZE: SheetSize = { rows: 1000, columns: 26 };

export class FakeSheet {
  private readonly grid = new Map<number, Map<number, CellData>>();
  private rules: FakeConditionalFormatRule[] = [];
  private maxRows: number;
  private maxColumns: number;
  private frozenRows = 0;
  private frozenColumns = 0;
  private hidden = false;

  constructor(
    private readonly log: CallLog,
    private readonly spreadsheet: FakeSpreadsheet,
    private name: string,
    private readonly sheetId: number,
    size: SheetSize = NEW_SHEET_SIZE,
  ) {
    this.maxRows = size.rows;
    this.maxColumns = size.columns;
  }

  private call(method: string, args: readonly unknown[] = []): void {
    this.log.record('Sheet', method, args);
  }

  getName(): string {
    this.call('getName');
    return this.name;
  }

  setName(name: string): this {
    this.call('setName', [name]);
    this.spreadsheet.checkFreeName(name, this);
    this.name = name;
    return this;
  }

  getSheetId(): number {
    this.call('getSheetId');
    return this.sheetId;
  }

  getParent(): FakeSpreadsheet {
    this.call('getParent');
    return this.spreadsheet;
  }

  activate(): this {
    this.call('activate');
    this.spreadsheet.makeActive(this);
    return this;
  }

  getRange(row: number, column: number): FakeRange;
  getRange(row: number, column: number, numRows: number): FakeRange;
  getRange(row: number, column: number, numRows: number, numColumns: number): FakeRange;
  getRange(a1Notation: string): FakeRange;
  getRange(a: number | string, column?: number, numRows = 1, numColumns = 1): FakeRange {
    this.call('getRange', [a, column, numRows, numColumns].slice(0, typeof a === 'string' ? 1 : 4));
    const area =
      typeof a === 'string'
        ? parseA1(a, this.maxRows, this.maxColumns)
        : { row: a, column: column ?? 1, numRows, numColumns };
    return this.rangeUncounted(area);
  }

  getDataRange(): FakeRange {
    this.call('getDataRange');
    return this.rangeUncounted({
      row: 1,
      column: 1,
      numRows: Math.max(1, this.lastRowUncounted()),
      numColumns: Math.max(1, this.lastColumnUncounted()),
    });
  }

  /** The last row holding a value or a formula; 0 for an empty sheet. */
  getLastRow(): number {
    this.call('getLastRow');
    return this.lastRowUncounted();
  }

  getLastColumn(): number {
    this.call('getLastColumn');
    return this.lastColumnUncounted();
  }

  getMaxRows(): number {
    this.call('getMaxRows');
    return this.maxRows;
  }

  getMaxColumns(): number {
    this.call('getMaxColumns');
    return this.maxColumns;
  }

  insertRowsAfter(afterPosition: number, howMany: number): this {
    this.call('insertRowsAfter', [afterPosition, howMany]);
    if (afterPosition !== this.maxRows) {
      throw new Error('The fake only inserts rows at the end of a sheet.');
    }
    this.maxRows += howMany;
    return this;
  }

  insertColumnsAfter(afterPosition: number, howMany: number): this {
    this.call('insertColumnsAfter', [afterPosition, howMany]);
    if (afterPosition !== this.maxColumns) {
      throw new Error('The fake only inserts columns at the end of a sheet.');
    }
    this.maxColumns += howMany;
    return this;
  }

  hideSheet(): this {
    this.call('hideSheet');
    this.hidden = true;
    return this;
  }

  isSheetHidden(): boolean {
    this.call('isSheetHidden');
    return this.hidden;
  }

  getFrozenRows(): number {
    this.call('getFrozenRows');
    return this.frozenRows;
  }

  setFrozenRows(rows: number): void {
    this.call('setFrozenRows', [rows]);
    this.frozenRows = rows;
  }

  getFrozenColumns(): number {
    this.call('getFrozenColumns');
    return this.frozenColumns;
  }

  setFrozenColumns(columns: number): void {
    this.call('setFrozenColumns', [columns]);
    this.frozenColumns = columns;
  }

  getConditionalFormatRules(): FakeConditionalFormatRule[] {
    this.call('getConditionalFormatRules');
    return [...this.rules];
  }

  /** Replaces every rule of the sheet; each must be a built rule whose ranges are on this sheet. */
  setConditionalFormatRules(rules: FakeConditionalFormatRule[]): void {
    this.call('setConditionalFormatRules', [rules]);
    for (const rule of rules) {
      if (!(rule instanceof FakeConditionalFormatRule)) {
        throw new Error('setConditionalFormatRules takes built ConditionalFormatRule objects.');
      }
      for (const range of rule.rangesUncounted()) {
        if (range.sheetUncounted() !== this) {
          throw new Error(`A rule's range ${range.describe()} is not on sheet ${this.name}.`);
        }
      }
    }
    this.rules = [...rules];
  }

  clearConditionalFormatRules(): void {
    this.call('clearConditionalFormatRules');
    this.rules = [];
  }

  // ---- Not Apps Script: set-up and inspection for tests and the preview; never counted. ----

  nameUncounted(): string {
    return this.name;
  }

  sizeUncounted(): SheetSize {
    return { rows: this.maxRows, columns: this.maxColumns };
  }

  hiddenUncounted(): boolean {
    return this.hidden;
  }

  frozenUncounted(): { rows: number; columns: number } {
    return { rows: this.frozenRows, columns: this.frozenColumns };
  }

  rulesUncounted(): readonly FakeConditionalFormatRule[] {
    return this.rules;
  }

  /** A range made without recording a call. */
  rangeUncounted(area: GridArea): FakeRange {
    const { row, column, numRows, numColumns } = area;
    if (
      !Number.isInteger(row) ||
      !Number.isInteger(column) ||
      row < 1 ||
      column < 1 ||
      numRows < 1 ||
      numColumns < 1 ||
      row + numRows - 1 > this.maxRows ||
      column + numColumns - 1 > this.maxColumns
    ) {
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return new FakeRange(this.log, this, area);
  }

  /** A range by A1 notation, uncounted. */
  rangeA1(a1: string): FakeRange {
    return this.rangeUncounted(parseA1(a1, this.maxRows, this.maxColumns));
  }

  /**
   * Writes a block of values (a text starting with "=" becomes a formula) from `row`, `column`,
   * growing the sheet when it is too small, without recording calls.
   */
  seed(values: readonly (readonly unknown[])[], row = 1, column = 1): this {
    const width = Math.max(0, ...values.map((line) => line.length));
    this.maxRows = Math.max(this.maxRows, row + values.length - 1);
    this.maxColumns = Math.max(this.maxColumns, column + width - 1);
    values.forEach((line, r) => {
      line.forEach((value, c) => {
        const cell = this.cellFor(row + r, column + c);
        if (typeof value === 'string' && value.startsWith('=')) {
          cell.formula = value;
          cell.value = '';
        } else {
          cell.formula = '';
          cell.value = value ?? '';
        }
      });
    });
    return this;
  }

  /** What a cell holds, by A1 ("Q2"), as plain data. */
  cell(a1: string): Readonly<CellData> {
    const { row, column } = parseA1(a1, this.maxRows, this.maxColumns);
    return this.cellAt(row, column) ?? emptyCell();
  }

  /** Every formula cell as [A1, formula], top to bottom, left to right. */
  formulaCells(): [string, string][] {
    const out: [string, string][] = [];
    for (const row of [...this.grid.keys()].sort((a, b) => a - b)) {
      const cells = this.grid.get(row);
      if (cells === undefined) continue;
      for (const column of [...cells.keys()].sort((a, b) => a - b)) {
        const formula = cells.get(column)?.formula;
        if (formula) out.push([`${columnLetter(column)}${row}`, formula]);
      }
    }
    return out;
  }

  /** The sheet's values as getValues would return them for rows 1..last, columns 1..last. */
  valuesUncounted(): unknown[][] {
    const rows = this.lastRowUncounted();
    const columns = this.lastColumnUncounted();
    const out: unknown[][] = [];
    for (let r = 1; r <= rows; r++) {
      const line: unknown[] = [];
      for (let c = 1; c <= columns; c++) line.push(this.valueOf(this.cellAt(r, c), r, c));
      out.push(line);
    }
    return out;
  }

  /**
   * A person typing into a cell: refused (false, cell unchanged) when the cell's validation
   * rejects invalid data and the value breaks it, as Sheets does.
   */
  typeInto(a1: string, value: unknown): boolean {
    const { row, column } = parseA1(a1, this.maxRows, this.maxColumns);
    const validation = this.cellAt(row, column)?.validation;
    if (validation && !validation.describe().allowInvalid && !validation.accepts(value))
      return false;
    this.seed([[value]], row, column);
    return true;
  }

  cellAt(row: number, column: number): CellData | undefined {
    return this.grid.get(row)?.get(column);
  }

  cellFor(row: number, column: number): CellData {
    let cells = this.grid.get(row);
    if (cells === undefined) {
      cells = new Map();
      this.grid.set(row, cells);
    }
    let cell = cells.get(column);
    if (cell === undefined) {
      cell = emptyCell();
      cells.set(column, cell);
    }
    return cell;
  }

  /** A cell's value as getValues returns it; formula cells ask the spreadsheet's evaluator. */
  valueOf(cell: CellData | undefined, row: number, column: number): unknown {
    if (cell === undefined) return '';
    if (cell.formula !== '')
      return this.spreadsheet.evaluate(this, row, column, cell.formula, cell.value);
    return cell.value;
  }

  private lastRowUncounted(): number {
    let last = 0;
    for (const [row, cells] of this.grid) {
      if (row > last && [...cells.values()].some(hasContent)) last = row;
    }
    return last;
  }

  private lastColumnUncounted(): number {
    let last = 0;
    for (const cells of this.grid.values()) {
      for (const [column, cell] of cells) if (column > last && hasContent(cell)) last = column;
    }
    return last;
  }
}

function emptyCell(): CellData {
  return {
    value: '',
    formula: '',
    note: '',
    numberFormat: undefined,
    validation: null,
    background: undefined,
    fontWeight: undefined,
    wrap: undefined,
  };
}

function hasContent(cell: CellData): boolean {
  return (
    cell.formula !== '' || (cell.value !== '' && cell.value !== null && cell.value !== undefined)
  );
}
