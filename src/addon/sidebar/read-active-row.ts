// Reads the header and the selected row of the active sheet in as few calls as the row allows.

import type { SheetLike, SpreadsheetLike } from '../platform/services/spreadsheet-service';
import { HEADER_ROWS_SEARCHED } from '../platform/sheet-table/read-top-rows';
import type { ColumnKey } from '../replenishment-sheet/replenishment-columns';
import { findHeaderCell, mapColumns } from '../replenishment-sheet/replenishment-columns';

/**
 * Up to this row, one getValues reads everything from row 1 to the selected row (the header
 * and the row in one call). Further down, the header rows and the selected row are read apart,
 * so a row far down costs two small reads instead of one that grows with the row number.
 */
export const ONE_READ_ROWS = 100;

export interface ActiveRow {
  readonly sheet: SheetLike;
  readonly sheetName: string;
  /** The selected row, 1-based. */
  readonly row: number;
  /** The header row (1-based) naming the SKU column; undefined when the sheet has none. */
  readonly headerRow: number | undefined;
  readonly header: readonly unknown[];
  /** 0-based index of every replenishment column the header names. */
  readonly columns: Partial<Record<ColumnKey, number>>;
  /** The selected row's cells; undefined when it is the header or above it. */
  readonly cells: readonly unknown[] | undefined;
}

export function readActiveRow(spreadsheet: SpreadsheetLike): ActiveRow {
  const sheet = spreadsheet.getActiveSheet();
  const sheetName = sheet.getName();
  const row = spreadsheet.getActiveRange()?.getRow() ?? 1;
  const width = sheet.getLastColumn();
  const none = { sheet, sheetName, row, headerRow: undefined, header: [], columns: {} };
  if (width < 1) return { ...none, cells: undefined };

  let top: unknown[][];
  let selected: unknown[] | undefined;
  if (row <= ONE_READ_ROWS) {
    top = sheet.getRange(1, 1, Math.max(row, HEADER_ROWS_SEARCHED), width).getValues();
    selected = top[row - 1];
  } else {
    top = sheet.getRange(1, 1, HEADER_ROWS_SEARCHED, width).getValues();
    selected = sheet.getRange(row, 1, 1, width).getValues()[0];
  }
  const skuHeader = findHeaderCell(top.slice(0, HEADER_ROWS_SEARCHED), 'sku');
  if (skuHeader === undefined) return { ...none, cells: undefined };
  const header = top[skuHeader.row] ?? [];
  const headerRow = skuHeader.row + 1;
  return {
    sheet,
    sheetName,
    row,
    headerRow,
    header,
    columns: mapColumns(header),
    cells: row > headerRow ? (selected ?? []) : undefined,
  };
}
