// Where daily history imports go: the Sales history sheet, found by its headers in either
// language, or a minimal one added when the spreadsheet has none yet.

import type { Locale } from '../../core/i18n/locale';
import type { SheetLike, SpreadsheetLike } from '../platform/services/spreadsheet-service';
import { insertFreeSheet } from '../platform/sheet-table/insert-free-sheet';
import { findTableSheet, type SheetTable } from '../platform/sheet-table/read-table';
import { writeTableSheet } from '../platform/sheet-table/table-sheet';
import {
  type SalesHistoryColumnKey as HistoryColumnKey,
  SALES_HISTORY_COLUMNS,
} from '../sales-history/sales-history-columns';
import { SALES_HISTORY_MESSAGES } from '../sales-history/sales-history-messages';

export const HISTORY_REQUIRED: readonly HistoryColumnKey[] = [
  'date',
  'sku',
  'unitsSold',
  'unitsAvailable',
];

/** The first sheet with the Sales history headers (the active one tried first), read in full. */
export function findSalesHistorySheet(
  spreadsheet: SpreadsheetLike,
  skip: readonly string[],
): { sheet: SheetLike; table: SheetTable<HistoryColumnKey> } | undefined {
  return findTableSheet(
    {
      first: [
        () => spreadsheet.getSheetByName(SALES_HISTORY_MESSAGES.en.sheetName),
        () => spreadsheet.getSheetByName(SALES_HISTORY_MESSAGES['zh-CN'].sheetName),
      ],
      all: () => spreadsheet.getSheets(),
      skip,
    },
    SALES_HISTORY_COLUMNS,
    HISTORY_REQUIRED,
  );
}

/**
 * Adds a Sales history sheet with its header row (Date, SKU, Units sold, Units available, or
 * their Chinese) and formats, under a free name, and puts the user back on the sheet they were
 * on. The columns are the Sales history sheet's own; no example rows, since the import fills it.
 */
export function insertSalesHistorySheet(spreadsheet: SpreadsheetLike, locale: Locale): SheetLike {
  const previous = spreadsheet.getActiveSheet();
  const sheet = insertFreeSheet(spreadsheet, SALES_HISTORY_MESSAGES[locale].sheetName);
  writeTableSheet({ sheet, locale }, { columns: SALES_HISTORY_COLUMNS, rows: [] });
  spreadsheet.setActiveSheet(previous);
  return sheet;
}
