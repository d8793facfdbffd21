// Where stock reports go: the replenishment sheet, found by its headers in any language (the
// active sheet tried first), with the report status column when it has one.

import type { SheetLike, SpreadsheetLike } from '../platform/services/spreadsheet-service';
import { findTableHeader, type TableHeader } from '../platform/sheet-table/read-table';
import type { SheetColumn } from '../platform/sheet-table/sheet-column';
import {
  type ColumnKey,
  columnOf,
  REPLENISHMENT_COLUMNS,
} from '../replenishment-sheet/replenishment-columns';
import { REPORT_STATUS_COLUMN } from './import-columns';
import { IMPORT_HISTORY_SHEET } from './import-history';
import type { SheetGrid } from './sheet-grid';

export type ReplenishmentKey = ColumnKey | 'reportStatus';

/** The replenishment columns and the report status column, found together by header. */
export const REPLENISHMENT_TABLE: readonly SheetColumn<ReplenishmentKey>[] = [
  ...REPLENISHMENT_COLUMNS,
  REPORT_STATUS_COLUMN,
];

/** A replenishment sheet has at least these. */
const REQUIRED: readonly ReplenishmentKey[] = ['sku', 'fbaStock'];

/**
 * The replenishment sheet: the active sheet when it is one, else the first sheet that is.
 * Only the first rows of each sheet tried are read.
 */
export function findReplenishmentSheet(
  spreadsheet: SpreadsheetLike,
): { sheet: SheetLike; header: TableHeader<ReplenishmentKey> } | undefined {
  const tried = new Set<string>([IMPORT_HISTORY_SHEET]);
  const attempt = (sheet: SheetLike) => {
    const name = sheet.getName();
    if (tried.has(name)) return undefined;
    tried.add(name);
    const header = findTableHeader(sheet, REPLENISHMENT_TABLE, REQUIRED);
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

/**
 * Columns the import never writes: the template's worked-out columns, and any column whose first
 * data cell holds a formula (an array formula there fills the column; a shipments link fills
 * inbound and next arrival row by row).
 */
export function formulaColumnsOf(
  columns: Readonly<Partial<Record<ReplenishmentKey, number>>>,
  grid: SheetGrid,
): Set<number> {
  const formulaColumns = new Set<number>();
  for (const [key, column] of Object.entries(columns)) {
    if (column === undefined || key === 'reportStatus') continue;
    if (columnOf(key as ColumnKey).kind === 'computed') formulaColumns.add(column);
  }
  (grid.formulas[0] ?? []).forEach((formula, column) => {
    if (formula !== '') formulaColumns.add(column);
  });
  return formulaColumns;
}
