// R5 menu action: inserts a ready Sales-history sheet under a free name, never over another sheet.

import { formatMessage, type Locale } from '../../core/i18n/locale';
import type { Services } from '../services/services';
import type { SheetLike, SpreadsheetAppLike } from '../services/spreadsheet-service';
import { userLocale } from '../services/user-locale';
import { loadSettings } from '../settings/settings-store';
import { insertFreeSheet } from '../sheet-table/insert-free-sheet';
import {
  checkDataColumns,
  FIRST_DATA_ROW,
  formatDataColumns,
  HEADER_BACKGROUNDS,
  HEADER_ROW,
  perColumn,
  writeHeaderRow,
} from '../sheet-table/sheet-layout';
import { todayPlus } from '../sheet-table/today-plus';
import { rewriteFormulas } from '../template/rewrite-formulas';
import { historyArgument } from '../template/sales-history-ref';
import { EXAMPLE_SALES_DAYS, EXAMPLE_SALES_SKU } from './example-sales-history';
import { SALES_HISTORY_COLUMNS, type SalesHistoryColumnKey } from './sales-history-columns';
import { SALES_HISTORY_MESSAGES } from './sales-history-messages';

export interface InsertedSalesHistory {
  readonly name: string;
  /** The toast shown. */
  readonly message: string;
}

/** Adds a Sales-history sheet: headers with notes, formats, input checks and example rows. */
export function insertSalesHistorySheet(services: Services): InsertedSalesHistory {
  const locale = userLocale(services.session);
  const messages = SALES_HISTORY_MESSAGES[locale];
  const app = services.spreadsheet;
  const spreadsheet = app.getActiveSpreadsheet();
  const sheet = insertFreeSheet(spreadsheet, messages.sheetName);
  writeSalesHistorySheet(app, sheet, locale);
  const name = sheet.getName();
  // R5: the replenishment sheets already there take their daily sales from it from now on.
  const { settings } = loadSettings(services.properties);
  const columns = Object.fromEntries(SALES_HISTORY_COLUMNS.map((c, i) => [c.key, i]));
  const history = historyArgument(name, { headerRow: HEADER_ROW, columns });
  for (const other of spreadsheet.getSheets()) {
    if (other.getName() !== name) rewriteFormulas(other, settings, history);
  }
  const message = formatMessage(messages.inserted, {
    sheet: name,
    firstExample: FIRST_DATA_ROW,
    lastExample: FIRST_DATA_ROW + EXAMPLE_SALES_DAYS.length - 1,
  });
  spreadsheet.toast(message, messages.title, 10);
  return { name, message };
}

function writeSalesHistorySheet(app: SpreadsheetAppLike, sheet: SheetLike, locale: Locale): void {
  writeHeaderRow(
    sheet,
    SALES_HISTORY_COLUMNS.map((c) => c.header[locale]),
    SALES_HISTORY_COLUMNS.map((c) => c.note[locale]),
    SALES_HISTORY_COLUMNS.map(() => HEADER_BACKGROUNDS.input),
  );
  const rows = EXAMPLE_SALES_DAYS.map((example) => {
    const cells: Record<SalesHistoryColumnKey, string | number> = {
      date: todayPlus(example.day),
      sku: EXAMPLE_SALES_SKU,
      unitsSold: example.sold,
      unitsAvailable: example.available,
    };
    return SALES_HISTORY_COLUMNS.map((c) => cells[c.key]);
  });
  sheet.getRange(FIRST_DATA_ROW, 1, rows.length, SALES_HISTORY_COLUMNS.length).setValues(rows);
  formatDataColumns(
    sheet,
    perColumn(SALES_HISTORY_COLUMNS, (c) => c.numberFormat),
  );
  checkDataColumns(
    app,
    sheet,
    perColumn(SALES_HISTORY_COLUMNS, (c) => c.check),
    locale,
  );
  sheet.setFrozenRows(HEADER_ROW);
}
