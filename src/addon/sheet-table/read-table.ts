// Reads a whole log sheet in one call and locates its columns by header.

import { HEADER_ROWS_SEARCHED } from '../colour-rules/refresh-colour-rules';
import type { SheetLike } from '../services/spreadsheet-service';
import { findColumns } from './find-columns';
import type { SheetColumn } from './sheet-column';

export interface SheetTable<K extends string> {
  /** 1-based row number of the header row; data starts on the row below. */
  readonly headerRow: number;
  /** 0-based index of each column found. */
  readonly columns: Partial<Record<K, number>>;
  /** The data rows' values, the first being on row headerRow + 1. */
  readonly rows: readonly (readonly unknown[])[];
  /** Columns the sheet has (getLastColumn), for writing whole rows. */
  readonly width: number;
}

/**
 * The table on a sheet: its header row found among the first rows, and every row below it.
 * Undefined when no row names the required columns. Calls: getLastRow, getLastColumn, one
 * getRange and one getValues, whatever the sheet's size.
 */
export function readTable<K extends string>(
  sheet: SheetLike,
  table: readonly SheetColumn<K>[],
  required: readonly K[],
): SheetTable<K> | undefined {
  const lastRow = sheet.getLastRow();
  const width = sheet.getLastColumn();
  if (lastRow < 1 || width < 1) return undefined;
  const values = sheet.getRange(1, 1, lastRow, width).getValues();
  const found = findColumns(values.slice(0, HEADER_ROWS_SEARCHED), table, required);
  if (found === undefined) return undefined;
  return {
    headerRow: found.headerRow + 1,
    columns: found.columns,
    rows: values.slice(found.headerRow + 1),
    width,
  };
}

/** The value of a column in a row; undefined when the sheet has no such column. */
export function cellOf<K extends string>(
  table: SheetTable<K>,
  row: readonly unknown[],
  key: K,
): unknown {
  const index = table.columns[key];
  return index === undefined ? undefined : row[index];
}
