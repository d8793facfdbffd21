// A table's data block read in one go (values and formulas of one range), and the cells an import
// or an undo changes written back in as few rectangles as the changed columns allow.

import type { SheetLike } from '../services/spreadsheet-service';
import { safeCellValue } from '../sheet-table/safe-cell-value';

/** The data rows of a table: values and formulas, 0-based, the first on sheet row `firstRow`. */
export interface SheetGrid {
  readonly firstRow: number;
  readonly width: number;
  readonly values: readonly (readonly unknown[])[];
  readonly formulas: readonly (readonly string[])[];
}

/**
 * Rows `firstRow`..`lastRow`, columns 1..`width`: one getRange, one getValues, one getFormulas,
 * whatever the size; no call at all when there is no data row.
 */
export function readGrid(
  sheet: SheetLike,
  firstRow: number,
  lastRow: number,
  width: number,
): SheetGrid {
  const count = lastRow - firstRow + 1;
  if (count < 1 || width < 1) return { firstRow, width, values: [], formulas: [] };
  const range = sheet.getRange(firstRow, 1, count, width);
  return { firstRow, width, values: range.getValues(), formulas: range.getFormulas() };
}

/** New cell values by 0-based grid row, then 0-based column; rows past the grid are appended. */
export type CellChanges = Map<number, Map<number, unknown>>;

export function setChange(changes: CellChanges, row: number, column: number, value: unknown) {
  let line = changes.get(row);
  if (line === undefined) {
    line = new Map();
    changes.set(row, line);
  }
  line.set(column, value);
}

/** One rectangle written by one setValues: sheet row and column (1-based) and its values. */
export interface BlockWrite {
  readonly row: number;
  readonly column: number;
  readonly values: unknown[][];
}

/**
 * The writes for a set of changes: changed columns side by side form one block, spanning the
 * rows from the first to the last change in them. A cell inside a block that does not change is
 * written back as it is (its formula, or its value), so it stays what it was. A text that would
 * be entered as a formula gets an apostrophe (safeCellValue), so it lands as the text it is.
 */
export function planBlockWrites(grid: SheetGrid, changes: CellChanges): BlockWrite[] {
  const columns = new Map<number, { first: number; last: number }>();
  for (const [row, line] of changes) {
    for (const column of line.keys()) {
      const span = columns.get(column);
      if (span === undefined) columns.set(column, { first: row, last: row });
      else {
        if (row < span.first) span.first = row;
        if (row > span.last) span.last = row;
      }
    }
  }
  const sorted = [...columns.keys()].sort((a, b) => a - b);
  const writes: BlockWrite[] = [];
  let start = 0;
  while (start < sorted.length) {
    let end = start;
    while (end + 1 < sorted.length && (sorted[end + 1] as number) === (sorted[end] as number) + 1) {
      end++;
    }
    const block = sorted.slice(start, end + 1);
    let first = Number.POSITIVE_INFINITY;
    let last = -1;
    for (const column of block) {
      const span = columns.get(column) as { first: number; last: number };
      first = Math.min(first, span.first);
      last = Math.max(last, span.last);
    }
    const values: unknown[][] = [];
    for (let row = first; row <= last; row++) {
      const line = changes.get(row);
      values.push(
        block.map((column) =>
          line?.has(column) ? cellInput(line.get(column)) : currentInput(grid, row, column),
        ),
      );
    }
    writes.push({ row: grid.firstRow + first, column: (block[0] as number) + 1, values });
    start = end + 1;
  }
  return writes;
}

/** Writes the blocks: one getRange and one setValues each. */
export function writeBlocks(sheet: SheetLike, writes: readonly BlockWrite[]): void {
  for (const { row, column, values } of writes) {
    sheet.getRange(row, column, values.length, values[0]?.length ?? 1).setValues(values);
  }
}

/** What to hand setValues for a new value. */
function cellInput(value: unknown): unknown {
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? safeCellValue(value) : value;
}

/** What to hand setValues so that a cell stays as it is: its formula, else its value. */
function currentInput(grid: SheetGrid, row: number, column: number): unknown {
  const formula = grid.formulas[row]?.[column] ?? '';
  if (formula !== '') return formula;
  return cellInput(grid.values[row]?.[column] ?? '');
}
