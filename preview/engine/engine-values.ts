// Converts values between the preview engine (HyperFormula) and what Sheets hands a script.

import {
  CellError,
  type CellValue,
  DetailedCellError,
  EmptyValue,
  type RawCellContent,
  SimpleRangeValue,
} from 'hyperformula';

/** A computed cell as the preview shows it and as the in-memory spreadsheet returns it. */
export type SheetValue = number | string | boolean | Date;

/** A cell whose formula failed: the code Sheets shows (`#ERROR!`) and the reason. */
export interface SheetError {
  readonly error: string;
  readonly message: string;
  /** An array formula that cannot expand: the A1 name of the first cell in its way. */
  readonly blockedBy?: string;
}

export type ComputedValue = SheetValue | SheetError;

export function isSheetError(value: unknown): value is SheetError {
  return typeof value === 'object' && value !== null && 'error' in value && 'message' in value;
}

/** A cell's content (a value, or a formula already translated) as the engine takes it. */
export function toEngineContent(content: unknown): RawCellContent {
  if (content === '' || content === undefined || content === null) return null;
  if (typeof content === 'number' || typeof content === 'boolean') return content;
  if (content instanceof Date) return Number.isNaN(content.getTime()) ? String(content) : content;
  return String(content);
}

/**
 * A value the engine computed, as Sheets would report it: blanks are '', errors keep their
 * code and message.
 */
export function fromEngineValue(value: CellValue): ComputedValue {
  if (value === null || value === undefined) return '';
  if (value instanceof DetailedCellError) {
    return { error: value.value, message: value.message ?? '' };
  }
  return value;
}

/**
 * One argument of a custom function as Sheets passes it: a range becomes a 2-D array of cell
 * values (blank cells are ''), a single cell its value. Returns the first error found instead,
 * because Sheets does not call a custom function whose input holds an error.
 */
export function toSheetsArgument(value: unknown): unknown | CellError {
  if (value instanceof SimpleRangeValue) {
    const rows = value.data;
    const out: unknown[][] = new Array(rows.length);
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r] as unknown[];
      const line: unknown[] = new Array(row.length);
      for (let c = 0; c < row.length; c++) {
        const cell = toSheetsScalar(row[c]);
        if (cell instanceof CellError) return cell;
        line[c] = cell;
      }
      out[r] = line;
    }
    return out;
  }
  return toSheetsScalar(value);
}

function toSheetsScalar(value: unknown): unknown {
  if (value === EmptyValue) return '';
  if (typeof value === 'object' && value !== null && 'val' in value) {
    // Dates, percentages and currencies arrive as numbers carrying a format: pass the number.
    return (value as { val: number }).val;
  }
  return value;
}
