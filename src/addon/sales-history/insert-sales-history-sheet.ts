// R5 menu action: inserts a ready Sales-history sheet under a free name, never over another sheet.

import type { Services } from '../platform/services/services';
import { loadSettings } from '../platform/settings-store';
import { HEADER_ROW } from '../platform/sheet-table/sheet-layout';
import {
  announceInserted,
  type InsertedSheetToast,
  insertTableSheet,
} from '../platform/sheet-table/table-sheet';
import { todayPlus } from '../platform/sheet-table/today-plus';
import { rewriteFormulas } from '../replenishment-sheet/rewrite-formulas';
import { EXAMPLE_SALES_DAYS, EXAMPLE_SALES_SKU } from './example-sales-history';
import { SALES_HISTORY_COLUMNS, type SalesHistoryColumnKey } from './sales-history-columns';
import { SALES_HISTORY_MESSAGES } from './sales-history-messages';
import { historyArgument } from './sales-history-ref';

export type InsertedSalesHistory = InsertedSheetToast;

/** Adds a Sales-history sheet: headers with notes, formats, input checks and example rows. */
export function insertSalesHistorySheet(services: Services): InsertedSalesHistory {
  const { locale, spreadsheet, sheet } = insertTableSheet(services, SALES_HISTORY_MESSAGES, () => ({
    columns: SALES_HISTORY_COLUMNS,
    rows: exampleRows(),
    checkInputs: true,
  }));
  const name = sheet.getName();
  // R5: the replenishment sheets already there take their daily sales from it from now on.
  const { settings } = loadSettings(services.properties);
  const columns = Object.fromEntries(SALES_HISTORY_COLUMNS.map((c, i) => [c.key, i]));
  const history = historyArgument(name, { headerRow: HEADER_ROW, columns });
  for (const other of spreadsheet.getSheets()) {
    if (other.getName() !== name) rewriteFormulas(other, settings, history);
  }
  return announceInserted(
    spreadsheet,
    name,
    SALES_HISTORY_MESSAGES[locale],
    EXAMPLE_SALES_DAYS.length,
  );
}

function exampleRows(): unknown[][] {
  return EXAMPLE_SALES_DAYS.map((example) => {
    const cells: Record<SalesHistoryColumnKey, string | number> = {
      date: todayPlus(example.day),
      sku: EXAMPLE_SALES_SKU,
      unitsSold: example.sold,
      unitsAvailable: example.available,
    };
    return SALES_HISTORY_COLUMNS.map((c) => cells[c.key]);
  });
}
