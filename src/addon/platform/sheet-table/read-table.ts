// Reads a log sheet: its header row found among the first rows, then every row below it in one
// call, with its columns located by header.

import type { SheetLike } from '../services/spreadsheet-service';
import { findColumns } from './find-columns';
import { readTopRows } from './read-top-rows';
import type { SheetColumn } from './sheet-column';

/** Where a table's header is, and the sheet's extent. */
export interface TableHeader<K extends string> {
  /** 1-based row number of the header row; data starts on the row below. */
  readonly headerRow: number;
  /** 0-based index of each column found. */
  readonly columns: Partial<Record<K, number>>;
  /** The sheet's last row with content, and its last column (getLastRow, getLastColumn). */
  readonly lastRow: number;
  readonly width: number;
}

export interface SheetTable<K extends string> extends TableHeader<K> {
  /** The data rows' values, the first being on row headerRow + 1. */
  readonly rows: readonly (readonly unknown[])[];
}

/**
 * The table's header on a sheet, from its first rows only; undefined when none of them names the
 * required columns. Calls: getLastRow, getLastColumn, getRange, getValues.
 */
export function findTableHeader<K extends string>(
  sheet: SheetLike,
  table: readonly SheetColumn<K>[],
  required: readonly K[],
): TableHeader<K> | undefined {
  const top = readTopRows(sheet);
  if (top === undefined) return undefined;
  const found = findColumns(top.rows, table, required);
  if (found === undefined) return undefined;
  return {
    headerRow: found.headerRow + 1,
    columns: found.columns,
    lastRow: top.lastRow,
    width: top.width,
  };
}

/** Every row below the header, in one getRange and one getValues. */
export function readTableRows<K extends string>(
  sheet: SheetLike,
  header: TableHeader<K>,
): SheetTable<K> {
  const count = header.lastRow - header.headerRow;
  const rows =
    count > 0 ? sheet.getRange(header.headerRow + 1, 1, count, header.width).getValues() : [];
  return { ...header, rows };
}

/** The table on a sheet, or undefined when it has none. Calls: six, whatever the sheet's size. */
export function readTable<K extends string>(
  sheet: SheetLike,
  table: readonly SheetColumn<K>[],
  required: readonly K[],
): SheetTable<K> | undefined {
  const header = findTableHeader(sheet, table, required);
  return header === undefined ? undefined : readTableRows(sheet, header);
}

/** Where to look for a table's sheet, in order; names in `skip` are known not to hold it. */
export interface SheetSearch {
  /** Sheets worth trying first (the active one, the usual names), each fetched only if needed. */
  readonly first: readonly (() => SheetLike | null)[];
  /** Every sheet, tried last when none of the first holds the table. */
  readonly all: () => readonly SheetLike[];
  readonly skip?: readonly string[];
}

/**
 * The first sheet holding the table: the `first` ones in order, then every other sheet. Only the
 * first rows of each sheet tried are read, and only the sheet found is read in full.
 */
export function findTableSheet<K extends string>(
  search: SheetSearch,
  table: readonly SheetColumn<K>[],
  required: readonly K[],
): { sheet: SheetLike; table: SheetTable<K> } | undefined {
  const tried = new Set(search.skip ?? []);
  const attempt = (sheet: SheetLike | null) => {
    if (sheet === null) return undefined;
    const name = sheet.getName();
    if (tried.has(name)) return undefined;
    tried.add(name);
    const header = findTableHeader(sheet, table, required);
    return header === undefined ? undefined : { sheet, table: readTableRows(sheet, header) };
  };
  for (const fetch of search.first) {
    const found = attempt(fetch());
    if (found !== undefined) return found;
  }
  for (const sheet of search.all()) {
    const found = attempt(sheet);
    if (found !== undefined) return found;
  }
  return undefined;
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
