// A1 notation for the in-memory spreadsheet: cells, blocks, open ranges (D2:D) and whole columns.

import { columnLetter, columnNumber } from '../src/addon/platform/column-letter';

/** A block of cells, 1-based. */
export interface GridArea {
  readonly row: number;
  readonly column: number;
  readonly numRows: number;
  readonly numColumns: number;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d+)$/;

/**
 * The area an A1 reference names on a sheet of the given size, as Sheets resolves it:
 * `B3`, `A1:C5`, `D2:D` (to the last row), `D:D`, `2:2`.
 */
export function parseA1(a1: string, maxRows: number, maxColumns: number): GridArea {
  const text = a1.trim();
  if (text.includes('!')) throw new Error(`Sheet.getRange takes no sheet name: ${a1}`);
  const [startText, endText] = text.split(':') as [string, string | undefined];
  const start = CELL.exec(startText);
  if (endText === undefined) {
    if (start === null) throw new Error(`Range not found: ${a1}`);
    return {
      row: Number(start[2]),
      column: columnNumber(start[1] ?? ''),
      numRows: 1,
      numColumns: 1,
    };
  }
  const end = CELL.exec(endText);
  if (start !== null && end !== null) {
    return area(
      Number(start[2]),
      columnNumber(start[1] ?? ''),
      Number(end[2]),
      columnNumber(end[1] ?? ''),
    );
  }
  const endColumn = COLUMN.exec(endText);
  if (start !== null && endColumn !== null) {
    return area(
      Number(start[2]),
      columnNumber(start[1] ?? ''),
      maxRows,
      columnNumber(endColumn[1] ?? ''),
    );
  }
  const startColumn = COLUMN.exec(startText);
  if (startColumn !== null && endColumn !== null) {
    return area(1, columnNumber(startColumn[1] ?? ''), maxRows, columnNumber(endColumn[1] ?? ''));
  }
  const startRow = ROW.exec(startText);
  const endRow = ROW.exec(endText);
  if (startRow !== null && endRow !== null) {
    return area(Number(startRow[1]), 1, Number(endRow[1]), maxColumns);
  }
  throw new Error(`Range not found: ${a1}`);
}

function area(row1: number, col1: number, row2: number, col2: number): GridArea {
  const row = Math.min(row1, row2);
  const column = Math.min(col1, col2);
  return {
    row,
    column,
    numRows: Math.max(row1, row2) - row + 1,
    numColumns: Math.max(col1, col2) - column + 1,
  };
}

/** `A1`, or `A1:C5` for a block. */
export function formatA1({ row, column, numRows, numColumns }: GridArea): string {
  const start = `${columnLetter(column)}${row}`;
  if (numRows === 1 && numColumns === 1) return start;
  return `${start}:${columnLetter(column + numColumns - 1)}${row + numRows - 1}`;
}
