// The spreadsheet's replenishment sheet, found by its headers in any language: the active sheet
// tried first, then each sheet in order. Only the first rows of each sheet tried are read.

import type { SheetLike, SpreadsheetLike } from '../platform/services/spreadsheet-service';
import { findTableHeader, type TableHeader } from '../platform/sheet-table/read-table';
import type { SheetColumn } from '../platform/sheet-table/sheet-column';
import { type ColumnKey, REPLENISHMENT_COLUMNS } from './replenishment-columns';

/** What makes a sheet a replenishment sheet: it has at least these columns. */
export const REPLENISHMENT_IDENTITY: readonly ColumnKey[] = ['sku', 'fbaStock'];

/** A replenishment sheet and its header: where each of the table's columns is. */
export interface FoundReplenishmentSheet<K extends string> {
  readonly sheet: SheetLike;
  readonly header: TableHeader<K>;
}

/**
 * The replenishment sheet: the active sheet when it is one, else the first sheet that is; its
 * header found with `table` (the replenishment columns, or those and more). Sheets named in
 * `skip` are never read.
 */
export function findReplenishmentSheet<K extends string = ColumnKey>(
  spreadsheet: SpreadsheetLike,
  table: readonly SheetColumn<K | ColumnKey>[] = REPLENISHMENT_COLUMNS,
  skip: readonly string[] = [],
): FoundReplenishmentSheet<K | ColumnKey> | undefined {
  const tried = new Set<string>(skip);
  const attempt = (sheet: SheetLike) => {
    const name = sheet.getName();
    if (tried.has(name)) return undefined;
    tried.add(name);
    const header = findTableHeader(sheet, table, REPLENISHMENT_IDENTITY);
    return header === undefined ? undefined : { sheet, header };
  };
  const active = attempt(spreadsheet.getActiveSheet());
  if (active !== undefined) return active;
  for (const sheet of spreadsheet.getSheets()) {
    const found = attempt(sheet);
    if (found !== undefined) return found;
  }
  return undefined;
}
