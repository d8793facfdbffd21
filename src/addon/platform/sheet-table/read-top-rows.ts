// Reads a sheet's first rows, where its header is looked for, in one call.

import type { SheetLike } from '../services/spreadsheet-service';

/** Headers may sit under a title: this many rows from the top are searched. */
export const HEADER_ROWS_SEARCHED = 5;

export interface TopRows {
  /** The first rows' values (at most HEADER_ROWS_SEARCHED, never past the last row). */
  readonly rows: unknown[][];
  /** The sheet's last row with content, and its last column (getLastRow, getLastColumn). */
  readonly lastRow: number;
  readonly width: number;
}

/**
 * The sheet's first rows and its extent; undefined, reading nothing, when it has fewer than
 * `minRows` rows with content or no column. Calls: getLastRow, getLastColumn, getRange, getValues.
 */
export function readTopRows(sheet: SheetLike, minRows = 1): TopRows | undefined {
  const lastRow = sheet.getLastRow();
  const width = sheet.getLastColumn();
  if (lastRow < minRows || width < 1) return undefined;
  const rows = sheet.getRange(1, 1, Math.min(HEADER_ROWS_SEARCHED, lastRow), width).getValues();
  return { rows, lastRow, width };
}
