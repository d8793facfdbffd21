// An in-memory Range: a block of a FakeSheet's cells, read and written in one call each.

import { formatA1, type GridArea } from './a1-notation';
import type { CallLog } from './call-log';
import type { FakeDataValidation } from './fake-data-validation';
import type { CellData, FakeSheet } from './fake-sheet';

export class FakeRange {
  constructor(
    private readonly log: CallLog,
    private readonly sheet: FakeSheet,
    private readonly area: GridArea,
  ) {}

  private call(method: string, args: readonly unknown[] = []): void {
    this.log.record('Range', method, args);
  }

  /** The block's cells, row by row; each read creates nothing. */
  private read<T>(pick: (cell: CellData | undefined, row: number, column: number) => T): T[][] {
    const { row, column, numRows, numColumns } = this.area;
    const out: T[][] = new Array(numRows);
    for (let r = 0; r < numRows; r++) {
      const line: T[] = new Array(numColumns);
      for (let c = 0; c < numColumns; c++) {
        line[c] = pick(this.sheet.cellAt(row + r, column + c), row + r, column + c);
      }
      out[r] = line;
    }
    return out;
  }

  /** Writes one item per cell; `data` must have the block's shape, as Apps Script demands. */
  private write<T>(data: readonly (readonly T[])[], put: (cell: CellData, item: T) => void): void {
    const { row, column, numRows, numColumns } = this.area;
    if (data.length !== numRows) {
      throw new Error(
        `The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${numRows}.`,
      );
    }
    data.forEach((line, r) => {
      if (line.length !== numColumns) {
        throw new Error(
          `The number of columns in the data does not match the number of columns in the range. The data has ${line.length} but the range has ${numColumns}.`,
        );
      }
      line.forEach((item, c) => {
        put(this.sheet.cellFor(row + r, column + c), item);
      });
    });
  }

  /** Applies one setting to every cell. */
  private writeAll(put: (cell: CellData) => void): void {
    const { row, column, numRows, numColumns } = this.area;
    for (let r = 0; r < numRows; r++) {
      for (let c = 0; c < numColumns; c++) put(this.sheet.cellFor(row + r, column + c));
    }
  }

  getRow(): number {
    this.call('getRow');
    return this.area.row;
  }

  getColumn(): number {
    this.call('getColumn');
    return this.area.column;
  }

  getNumRows(): number {
    this.call('getNumRows');
    return this.area.numRows;
  }

  getNumColumns(): number {
    this.call('getNumColumns');
    return this.area.numColumns;
  }

  getA1Notation(): string {
    this.call('getA1Notation');
    return formatA1(this.area);
  }

  getSheet(): FakeSheet {
    this.call('getSheet');
    return this.sheet;
  }

  /** Values as Apps Script returns them: '' for empty cells, a formula cell's computed value. */
  getValues(): unknown[][] {
    this.call('getValues');
    return this.read((cell, row, column) => this.sheet.valueOf(cell, row, column));
  }

  getValue(): unknown {
    this.call('getValue');
    return this.sheet.valueOf(
      this.sheet.cellAt(this.area.row, this.area.column),
      this.area.row,
      this.area.column,
    );
  }

  /** As Apps Script: a text starting with "=" is entered as a formula. */
  setValues(values: unknown[][]): this {
    this.call('setValues', [values]);
    this.write(values, enter);
    return this;
  }

  setValue(value: unknown): this {
    this.call('setValue', [value]);
    this.writeAll((cell) => enter(cell, value));
    return this;
  }

  getFormulas(): string[][] {
    this.call('getFormulas');
    return this.read((cell) => cell?.formula ?? '');
  }

  getFormula(): string {
    this.call('getFormula');
    return this.sheet.cellAt(this.area.row, this.area.column)?.formula ?? '';
  }

  /** The same formula text in every cell (the fake does not shift references). */
  setFormula(formula: string): this {
    this.call('setFormula', [formula]);
    this.writeAll((cell) => enterFormula(cell, formula));
    return this;
  }

  setFormulas(formulas: string[][]): this {
    this.call('setFormulas', [formulas]);
    this.write(formulas, enterFormula);
    return this;
  }

  getNotes(): string[][] {
    this.call('getNotes');
    return this.read((cell) => cell?.note ?? '');
  }

  getNote(): string {
    this.call('getNote');
    return this.sheet.cellAt(this.area.row, this.area.column)?.note ?? '';
  }

  setNotes(notes: string[][]): this {
    this.call('setNotes', [notes]);
    this.write(notes, (cell, note) => {
      cell.note = note ?? '';
    });
    return this;
  }

  setNote(note: string | null): this {
    this.call('setNote', [note]);
    this.writeAll((cell) => {
      cell.note = note ?? '';
    });
    return this;
  }

  getNumberFormats(): string[][] {
    this.call('getNumberFormats');
    return this.read((cell) => cell?.numberFormat ?? DEFAULT_NUMBER_FORMAT);
  }

  getNumberFormat(): string {
    this.call('getNumberFormat');
    return (
      this.sheet.cellAt(this.area.row, this.area.column)?.numberFormat ?? DEFAULT_NUMBER_FORMAT
    );
  }

  setNumberFormat(numberFormat: string): this {
    this.call('setNumberFormat', [numberFormat]);
    this.writeAll((cell) => {
      cell.numberFormat = numberFormat;
    });
    return this;
  }

  setNumberFormats(numberFormats: string[][]): this {
    this.call('setNumberFormats', [numberFormats]);
    this.write(numberFormats, (cell, format) => {
      cell.numberFormat = format;
    });
    return this;
  }

  setDataValidation(rule: FakeDataValidation | null): this {
    this.call('setDataValidation', [rule]);
    this.writeAll((cell) => {
      cell.validation = rule;
    });
    return this;
  }

  getDataValidation(): FakeDataValidation | null {
    this.call('getDataValidation');
    return this.sheet.cellAt(this.area.row, this.area.column)?.validation ?? null;
  }

  getDataValidations(): (FakeDataValidation | null)[][] {
    this.call('getDataValidations');
    return this.read((cell) => cell?.validation ?? null);
  }

  setFontWeight(fontWeight: string | null): this {
    this.call('setFontWeight', [fontWeight]);
    this.writeAll((cell) => {
      cell.fontWeight = fontWeight ?? undefined;
    });
    return this;
  }

  getFontWeights(): string[][] {
    this.call('getFontWeights');
    return this.read((cell) => cell?.fontWeight ?? 'normal');
  }

  setBackground(color: string | null): this {
    this.call('setBackground', [color]);
    this.writeAll((cell) => {
      cell.background = color ?? undefined;
    });
    return this;
  }

  setBackgrounds(colors: string[][]): this {
    this.call('setBackgrounds', [colors]);
    this.write(colors, (cell, color) => {
      cell.background = color;
    });
    return this;
  }

  getBackgrounds(): string[][] {
    this.call('getBackgrounds');
    return this.read((cell) => cell?.background ?? '#ffffff');
  }

  setWrap(isWrapEnabled: boolean): this {
    this.call('setWrap', [isWrapEnabled]);
    this.writeAll((cell) => {
      cell.wrap = isWrapEnabled;
    });
    return this;
  }

  /** Clears values and formulas, keeping formats, notes and validation. */
  clearContent(): this {
    this.call('clearContent');
    this.writeAll((cell) => {
      cell.value = '';
      cell.formula = '';
    });
    return this;
  }

  /** Not Apps Script: `Sheet!A1:B2`, for messages and assertions. Not counted. */
  describe(): string {
    return `${this.sheet.nameUncounted()}!${formatA1(this.area)}`;
  }

  /** Not Apps Script: the block, uncounted. */
  areaUncounted(): GridArea {
    return this.area;
  }

  /** Not Apps Script: the sheet, uncounted. */
  sheetUncounted(): FakeSheet {
    return this.sheet;
  }
}

/** What Apps Script reports for a cell whose number format was never set. */
export const DEFAULT_NUMBER_FORMAT = '0.###############';

function enter(cell: CellData, value: unknown): void {
  if (typeof value === 'string' && value.startsWith('=')) {
    enterFormula(cell, value);
    return;
  }
  // As in Sheets, a leading apostrophe enters the rest as text and is not part of the value.
  if (typeof value === 'string' && value.startsWith("'")) {
    cell.formula = '';
    cell.value = value.slice(1);
    return;
  }
  cell.formula = '';
  cell.value = value === null || value === undefined ? '' : value;
}

function enterFormula(cell: CellData, formula: string): void {
  cell.formula = formula ?? '';
  cell.value = '';
}
