// The preview's spreadsheet engine: HyperFormula with the add-on's custom functions, fed Sheets formulas.

import {
  DetailedCellError,
  ExportedCellChange,
  HyperFormula,
  type RawCellContent,
} from 'hyperformula';
import { formatA1 } from '../../fakes/a1-notation';
import { registerCustomFunctions } from './custom-function-plugin';
import {
  type ComputedValue,
  fromEngineValue,
  isSheetError,
  type SheetError,
  toEngineContent,
} from './engine-values';
import { groupedNumberText } from './text-format';
import { isFormula, translateFormula } from './translate-formula';

/** A sheet's contents as Sheets holds them: values, and formulas as text in Sheets syntax. */
export interface SheetContents {
  readonly name: string;
  /** Rows in the sheet's grid; open ranges such as `D2:D` run to the last of them. */
  readonly rowCount: number;
  /** Row by row, from A1; a formula is text starting with `=`. */
  readonly cells: readonly (readonly unknown[])[];
}

export interface EngineOptions {
  /** Pins TODAY() to this day; the clock otherwise. */
  readonly today?: Date;
}

/** A cell whose computed value changed, 0-based. */
export interface ChangedCell {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly value: ComputedValue;
}

/** HyperFormula is GPL-3.0 or commercial: the preview is a development tool under the GPL key. */
const LICENSE_KEY = 'gpl-v3';

export class SpreadsheetEngine {
  private readonly hf: HyperFormula;
  private readonly rowCounts = new Map<string, number>();
  /** The Sheets text of every formula, by sheet and "row,col", to re-translate when rows change. */
  private readonly formulas = new Map<string, Map<string, string>>();
  /** Set inside batch(): writes are collected and recalculated once at its end. */
  private batching = false;
  /** Cells cleared since the last look: an array formula they blocked may expand again. */
  private cleared: { sheet: string; row: number; col: number }[] = [];

  private constructor(private readonly options: EngineOptions) {
    registerCustomFunctions();
    this.hf = HyperFormula.buildEmpty({
      licenseKey: LICENSE_KEY,
      maxRows: 200_000,
      // TEXT(n, "#,##0") as Sheets writes it; other formats go to the engine's own formatter.
      stringifyCurrency: groupedNumberText,
    });
  }

  static create(sheets: readonly SheetContents[], options: EngineOptions = {}): SpreadsheetEngine {
    const engine = new SpreadsheetEngine(options);
    engine.hf.batch(() => {
      for (const sheet of sheets) engine.addSheetUnbatched(sheet);
    });
    return engine;
  }

  /** Adds a sheet, or replaces the one of that name with these contents. */
  putSheet(sheet: SheetContents): ChangedCell[] {
    return this.changes(() => {
      if (this.hf.doesSheetExist(sheet.name)) this.removeSheetUnbatched(sheet.name);
      this.addSheetUnbatched(sheet);
    });
  }

  /** Renames a sheet; formulas that name it follow, as in Sheets. */
  renameSheet(from: string, to: string): ChangedCell[] {
    const formulas = this.formulas.get(from);
    const rows = this.rowCounts.get(from);
    const changed = this.changes(() => this.hf.renameSheet(this.sheetId(from), to));
    if (formulas !== undefined) {
      this.formulas.delete(from);
      this.formulas.set(to, formulas);
    }
    if (rows !== undefined) {
      this.rowCounts.delete(from);
      this.rowCounts.set(to, rows);
    }
    return changed;
  }

  /** True when the engine holds the cell as a date (a date was entered, or a date formula). */
  isDate(sheet: string, row: number, col: number): boolean {
    const type = this.hf.getCellValueDetailedType({ sheet: this.sheetId(sheet), row, col });
    return type === 'NUMBER_DATE' || type === 'NUMBER_DATETIME';
  }

  removeSheet(name: string): ChangedCell[] {
    return this.changes(() => this.removeSheetUnbatched(name));
  }

  /** Writes a block of contents (values or Sheets formulas) with its top-left at row, col. */
  setContents(
    sheet: string,
    row: number,
    col: number,
    block: readonly (readonly unknown[])[],
  ): ChangedCell[] {
    return this.changes(() => {
      const id = this.sheetId(sheet);
      const rows = block.map((line, r) =>
        line.map((content, c) => this.contentFor(sheet, row + r, col + c, content)),
      );
      this.hf.setCellContents({ sheet: id, row, col }, rows);
      block.forEach((line, r) => {
        line.forEach((content, c) => {
          if (isEmpty(content)) this.cleared.push({ sheet, row: row + r, col: col + c });
        });
      });
    });
  }

  /** Grows or shrinks the grid: open ranges in every formula follow the new last row. */
  setRowCount(sheet: string, rowCount: number): ChangedCell[] {
    if (this.rowCounts.get(sheet) === rowCount) return [];
    this.rowCounts.set(sheet, rowCount);
    return this.changes(() => {
      for (const [name, cells] of this.formulas) {
        for (const [key, formula] of cells) {
          const translated = this.translate(name, formula);
          const [r, c] = key.split(',').map(Number) as [number, number];
          const address = { sheet: this.sheetId(name), row: r, col: c };
          if (this.hf.getCellFormula(address) !== translated) {
            this.hf.setCellContents(address, [[translated]]);
          }
        }
      }
    });
  }

  value(sheet: string, row: number, col: number): ComputedValue {
    const value = fromEngineValue(this.hf.getCellValue({ sheet: this.sheetId(sheet), row, col }));
    return isSheetError(value) && value.error === SPILL ? this.blocked(sheet, row, col) : value;
  }

  /**
   * An array formula with no room, as Sheets shows it: #REF! naming the first cell in the way.
   * The room it needs is its result's size, worked out again here (only for a blocked formula).
   */
  private blocked(sheet: string, row: number, col: number): SheetError {
    const formula = this.formula(sheet, row, col);
    const result =
      formula === undefined
        ? undefined
        : this.hf.calculateFormula(this.translate(sheet, formula), this.sheetId(sheet));
    const rows = Array.isArray(result) ? result.length : 1;
    const cols = Array.isArray(result) ? (result[0]?.length ?? 1) : 1;
    const id = this.sheetId(sheet);
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        if (r === 0 && c === 0) continue;
        const address = { sheet: id, row: row + r, col: col + c };
        if (this.hf.isCellEmpty(address)) continue;
        const blockedBy = formatA1({
          row: row + r + 1,
          column: col + c + 1,
          numRows: 1,
          numColumns: 1,
        });
        return {
          error: '#REF!',
          message: `Array result was not expanded because it would overwrite data in ${blockedBy}.`,
          blockedBy,
        };
      }
    }
    return { error: '#REF!', message: 'Array result was not expanded.' };
  }

  /**
   * After cells were cleared: an array formula above and to the left of one of them that had no
   * room is entered again, so it expands into the room now free (Sheets does this at once; the
   * engine would wait for one of the formula's inputs to change).
   */
  private reviveArrays(): ChangedCell[] {
    if (this.cleared.length === 0) return [];
    const cleared = this.cleared;
    this.cleared = [];
    const again = new Map<string, { sheet: string; row: number; col: number; formula: string }>();
    for (const cell of cleared) {
      const formulas = this.formulas.get(cell.sheet);
      if (formulas === undefined || !this.hf.doesSheetExist(cell.sheet)) continue;
      for (const [key, formula] of formulas) {
        const [row, col] = key.split(',').map(Number) as [number, number];
        if (row > cell.row || col > cell.col) continue;
        const value = this.hf.getCellValue({ sheet: this.sheetId(cell.sheet), row, col });
        if (!(value instanceof DetailedCellError) || value.value !== SPILL) continue;
        again.set(`${cell.sheet}!${key}`, { sheet: cell.sheet, row, col, formula });
      }
    }
    if (again.size === 0) return [];
    return this.changes(() => {
      for (const { sheet, row, col, formula } of again.values()) {
        this.hf.setCellContents({ sheet: this.sheetId(sheet), row, col }, [
          [this.translate(sheet, formula)],
        ]);
      }
    });
  }

  /** Computed values of rows [fromRow, toRow) and columns [0, width), blanks as ''. */
  values(sheet: string, fromRow: number, toRow: number, width: number): ComputedValue[][] {
    const id = this.sheetId(sheet);
    const out: ComputedValue[][] = [];
    for (let row = fromRow; row < toRow; row++) {
      const line: ComputedValue[] = new Array(width);
      for (let col = 0; col < width; col++) {
        const value = fromEngineValue(this.hf.getCellValue({ sheet: id, row, col }));
        line[col] =
          isSheetError(value) && value.error === SPILL ? this.blocked(sheet, row, col) : value;
      }
      out.push(line);
    }
    return out;
  }

  /** The Sheets formula of a cell, or undefined when it holds a value. */
  formula(sheet: string, row: number, col: number): string | undefined {
    return this.formulas.get(sheet)?.get(`${row},${col}`);
  }

  /** Evaluates a Sheets formula in the context of a sheet (conditional-format conditions). */
  evaluate(sheet: string, formula: string): ComputedValue {
    const result = this.hf.calculateFormula(this.translate(sheet, formula), this.sheetId(sheet));
    const value = Array.isArray(result) ? result[0]?.[0] : result;
    return fromEngineValue(value ?? null);
  }

  /**
   * Replaces every cell of an existing sheet at once (much faster than cell by cell when much
   * has changed); formulas elsewhere that refer to the sheet keep referring to it.
   */
  replaceSheet(sheet: SheetContents): ChangedCell[] {
    if (!this.hf.doesSheetExist(sheet.name)) return this.putSheet(sheet);
    return this.changes(() => {
      this.rowCounts.set(sheet.name, sheet.rowCount);
      this.formulas.set(sheet.name, new Map());
      this.setSheetCells(sheet);
    });
  }

  private addSheetUnbatched(sheet: SheetContents): void {
    this.rowCounts.set(sheet.name, sheet.rowCount);
    this.formulas.set(sheet.name, new Map());
    this.hf.addSheet(sheet.name);
    this.setSheetCells(sheet);
  }

  private setSheetCells(sheet: SheetContents): void {
    // Only up to the last cell with content: the engine grows as needed, and empty cells cost.
    const rows: RawCellContent[][] = [];
    let lastRow = -1;
    sheet.cells.forEach((line, r) => {
      let last = line.length - 1;
      while (last >= 0 && isEmpty(line[last])) last--;
      const out: RawCellContent[] = new Array(last + 1);
      for (let c = 0; c <= last; c++) out[c] = this.contentFor(sheet.name, r, c, line[c]);
      rows.push(out);
      if (last >= 0) lastRow = r;
    });
    rows.length = lastRow + 1;
    const id = this.sheetId(sheet.name);
    if (rows.length > 0 || this.hf.getSheetDimensions(id).height > 0) {
      this.hf.setSheetContent(id, rows);
    }
  }

  private removeSheetUnbatched(name: string): void {
    this.hf.removeSheet(this.sheetId(name));
    this.rowCounts.delete(name);
    this.formulas.delete(name);
  }

  private contentFor(sheet: string, row: number, col: number, content: unknown): RawCellContent {
    const key = `${row},${col}`;
    const formulas = this.formulas.get(sheet);
    if (isFormula(content)) {
      formulas?.set(key, content);
      return this.translate(sheet, content);
    }
    formulas?.delete(key);
    return toEngineContent(content);
  }

  private translate(sheet: string, formula: string): string {
    return translateFormula(formula, {
      lastRowOf: (name) => this.rowCounts.get(name ?? sheet) ?? 0,
      today: this.options.today,
    });
  }

  private sheetId(name: string): number {
    const id = this.hf.getSheetId(name);
    if (id === undefined) throw new Error(`no sheet named ${name}`);
    return id;
  }

  /** Runs several writes with one recalculation at the end; returns every change. */
  batch(writes: () => void): ChangedCell[] {
    if (this.batching) {
      writes();
      return [];
    }
    this.batching = true;
    let changed: ChangedCell[];
    try {
      changed = this.changes(writes);
    } finally {
      this.batching = false;
    }
    return changed.concat(this.reviveArrays());
  }

  private changes(write: () => void): ChangedCell[] {
    if (this.batching && this.hf.isEvaluationSuspended()) {
      write();
      return [];
    }
    const exported = this.hf.batch(write);
    const out: ChangedCell[] = this.batching ? [] : this.reviveArrays();
    for (const change of exported) {
      if (!(change instanceof ExportedCellChange)) continue;
      const name = this.hf.getSheetName(change.address.sheet);
      if (name === undefined) continue;
      out.push({
        sheet: name,
        row: change.address.row,
        col: change.address.col,
        value: fromEngineValue(change.newValue),
      });
    }
    return out;
  }
}

/** HyperFormula's code for an array result with no room. */
const SPILL = '#SPILL!';

function isEmpty(content: unknown): boolean {
  return content === '' || content === null || content === undefined;
}
