// Where stock reports go: the replenishment sheet, with the report status column when it has one,
// and the columns the import never writes.

import type { SpreadsheetLike } from '../platform/services/spreadsheet-service';
import type { SheetColumn } from '../platform/sheet-table/sheet-column';
import {
  type FoundReplenishmentSheet,
  findReplenishmentSheet,
} from '../replenishment-sheet/find-replenishment-sheet';
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

/**
 * The replenishment sheet the report goes to, with its report status column when it has one;
 * the import's own history sheet is never taken for it.
 */
export function findReplenishmentTarget(
  spreadsheet: SpreadsheetLike,
): FoundReplenishmentSheet<ReplenishmentKey> | undefined {
  return findReplenishmentSheet(spreadsheet, REPLENISHMENT_TABLE, [IMPORT_HISTORY_SHEET]);
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
