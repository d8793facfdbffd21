// R5: where the replenishment sheet's DEMAND_STATS reads the sales history — the spreadsheet's
// Sales-history sheet, found by name or by its headers — as the formula's `history` argument.

import { openColumnRange, sheetRef } from '../platform/column-letter';
import type { SheetLike, SpreadsheetLike } from '../platform/services/spreadsheet-service';
import { findTableHeader, type TableHeader } from '../platform/sheet-table/read-table';
import type { SalesHistoryColumnKey } from './sales-history-columns';
import { SALES_HISTORY_COLUMNS, SALES_HISTORY_REQUIRED } from './sales-history-columns';
import { SALES_HISTORY_MESSAGES } from './sales-history-messages';

/**
 * The `history` argument for a Sales-history table: its Date, SKU, Units sold [, Units available]
 * columns below the header, as one range when they sit side by side in that order, else as an
 * array of the columns in that order.
 * @example historyArgument('Sales history', { headerRow: 1, columns: { date: 0, sku: 1, unitsSold: 2, unitsAvailable: 3 } }) === "'Sales history'!A2:D"
 */
export function historyArgument(
  name: string,
  header: Pick<TableHeader<SalesHistoryColumnKey>, 'headerRow' | 'columns'>,
): string | undefined {
  const { date, sku, unitsSold, unitsAvailable } = header.columns;
  if (date === undefined || sku === undefined || unitsSold === undefined) return undefined;
  const order =
    unitsAvailable === undefined ? [date, sku, unitsSold] : [date, sku, unitsSold, unitsAvailable];
  const firstRow = header.headerRow + 1;
  const prefix = `${sheetRef(name)}!`;
  const start = order[0] as number;
  const sideBySide = order.every((column, i) => column === start + i);
  if (sideBySide) {
    const first = openColumnRange(date + 1, firstRow);
    const last = openColumnRange((order[order.length - 1] as number) + 1, firstRow);
    return `${prefix}${first.split(':')[0]}:${last.split(':')[1]}`;
  }
  return `{${order.map((column) => `${prefix}${openColumnRange(column + 1, firstRow)}`).join(', ')}}`;
}

/**
 * The spreadsheet's Sales-history sheet as DEMAND_STATS' `history` argument, or undefined when it
 * has none. Looked for by its name (either language) first, then by headers on every sheet but
 * `except`. Calls: a few per sheet looked at, none per row.
 */
export function salesHistoryRef(spreadsheet: SpreadsheetLike, except?: string): string | undefined {
  const byName = (['en', 'zh-CN'] as const)
    .map((locale) => spreadsheet.getSheetByName(SALES_HISTORY_MESSAGES[locale].sheetName))
    .filter((sheet): sheet is SheetLike => sheet !== null);
  const seen = new Set<string>();
  for (const sheet of [...byName, ...spreadsheet.getSheets()]) {
    const name = sheet.getName();
    if (name === except || seen.has(name)) continue;
    seen.add(name);
    const header = findTableHeader(sheet, SALES_HISTORY_COLUMNS, SALES_HISTORY_REQUIRED);
    if (header === undefined) continue;
    return historyArgument(name, header);
  }
  return undefined;
}
