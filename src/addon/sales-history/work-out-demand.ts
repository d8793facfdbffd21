// R5, R7, R9 menu action: DEMAND_STATS' figures for every SKU of the Sales-history sheet, written as
// values into a Demand sheet — the way past one formula's size limit, from the same core.

import { demandStats } from '../../core/forecast/demand-stats';
import { indexSalesHistory } from '../../core/forecast/sales-history';
import { formatMessage, type Locale } from '../../core/i18n/locale';
import { addDays } from '../../core/iso-date';
import { underDocumentLock } from '../services/document-lock';
import type { Services } from '../services/services';
import type { SheetLike, SpreadsheetLike } from '../services/spreadsheet-service';
import { userLocale } from '../services/user-locale';
import { findTableSheet } from '../sheet-table/read-table';
import { describeProblems } from '../sheet-table/row-problem';
import {
  FIRST_DATA_ROW,
  formatDataColumns,
  HEADER_BACKGROUNDS,
  HEADER_ROW,
  writeHeaderRow,
} from '../sheet-table/sheet-layout';
import { readSalesHistory } from './read-sales-history';
import { SALES_HISTORY_COLUMNS, SALES_HISTORY_REQUIRED } from './sales-history-columns';
import { SALES_HISTORY_MESSAGES, type SalesHistoryMessageKey } from './sales-history-messages';

export interface DemandWritten {
  /** The Demand sheet written, undefined when nothing was. */
  readonly sheet?: string;
  readonly skus: number;
  /** The toast or alert shown. */
  readonly message: string;
}

/** The Demand sheet's columns, in order: their header and note keys and the cells' format. */
const DEMAND_COLUMNS: readonly {
  header: SalesHistoryMessageKey;
  note: SalesHistoryMessageKey;
  format?: string;
}[] = [
  { header: 'demandSku', note: 'noteDemandSku' },
  { header: 'demandRate', note: 'noteDemandRate', format: '0.00' },
  { header: 'demandSd', note: 'noteDemandSd', format: '0.00' },
  { header: 'demandSeasonal', note: 'noteDemandSeasonal', format: '0.00' },
  { header: 'demandAsOf', note: 'noteDemandAsOf', format: 'yyyy-mm-dd' },
];

/** Demand sheets tried: "Demand", "Demand 2", … up to this number. */
const MAX_NAME_TRIES = 20;
const SERIAL_EPOCH = '1899-12-30';

/**
 * Reads the Sales-history sheet and writes each SKU's in-stock daily rate, weekly sd and seasonal
 * factor as of the day after its latest date into the Demand sheet (inserted the first time,
 * rewritten after). The Apps Script calls are the same whatever the history's length.
 */
export function workOutDemand(services: Services): DemandWritten {
  const locale = userLocale(services.session);
  const messages = SALES_HISTORY_MESSAGES[locale];
  const spreadsheet = services.spreadsheet.getActiveSpreadsheet();
  const names = [SALES_HISTORY_MESSAGES.en.sheetName, SALES_HISTORY_MESSAGES['zh-CN'].sheetName];
  const found = findTableSheet(
    {
      first: [
        () => spreadsheet.getActiveSheet(),
        ...names.map((name) => () => spreadsheet.getSheetByName(name)),
      ],
      all: () => spreadsheet.getSheets(),
    },
    SALES_HISTORY_COLUMNS,
    SALES_HISTORY_REQUIRED,
  );
  if (found === undefined) return tell(spreadsheet, locale, messages.noHistorySheet);
  const historyName = found.sheet.getName();
  const read = readSalesHistory(found.table, spreadsheet.getSpreadsheetTimeZone(), locale);
  const index = indexSalesHistory(read.history);
  if (index.lastDay === undefined) {
    return tell(spreadsheet, locale, formatMessage(messages.noHistoryRows, { sheet: historyName }));
  }
  const asOf = addDays(SERIAL_EPOCH, index.lastDay + 1);
  const rows = [...index.series.keys()].sort().map((sku) => {
    const stats = demandStats(index, sku, undefined, undefined);
    return [sku, stats?.dailyRate ?? '', stats?.weeklySd ?? '', stats?.seasonalFactor ?? '', asOf];
  });
  return underDocumentLock(
    services.lock,
    () => {
      const sheet = demandSheet(spreadsheet, locale);
      writeRows(sheet, rows);
      let message = formatMessage(messages.demandWritten, {
        skus: rows.length,
        history: historyName,
        rows: read.history.sku.length,
        asOf,
        sheet: sheet.getName(),
      });
      if (read.ignored > 0) message += formatMessage(messages.ignoredRows, { count: read.ignored });
      message += describeProblems(read.problems, locale);
      spreadsheet.toast(message, messages.demandTitle, 10);
      return { sheet: sheet.getName(), skus: rows.length, message };
    },
    () => tell(spreadsheet, locale, messages.busy),
  );
}

function tell(spreadsheet: SpreadsheetLike, locale: Locale, message: string): DemandWritten {
  spreadsheet.toast(message, SALES_HISTORY_MESSAGES[locale].demandTitle, 10);
  return { skus: 0, message };
}

/** The Demand sheet the add-on wrote before (its header in either language), or a new one. */
function demandSheet(spreadsheet: SpreadsheetLike, locale: Locale): SheetLike {
  const messages = SALES_HISTORY_MESSAGES[locale];
  for (let n = 1; n <= MAX_NAME_TRIES; n++) {
    const name = n === 1 ? messages.demandSheetName : `${messages.demandSheetName} ${n}`;
    const sheet = spreadsheet.getSheetByName(name);
    if (sheet === null) return insertDemandSheet(spreadsheet.insertSheet(name), locale);
    if (isDemandSheet(sheet)) return sheet;
  }
  throw new Error(`no free sheet name after "${messages.demandSheetName} ${MAX_NAME_TRIES}"`);
}

function isDemandSheet(sheet: SheetLike): boolean {
  if (sheet.getLastColumn() < DEMAND_COLUMNS.length) return false;
  const header = sheet.getRange(HEADER_ROW, 1, 1, DEMAND_COLUMNS.length).getValues()[0] ?? [];
  return (['en', 'zh-CN'] as const).some((locale) =>
    DEMAND_COLUMNS.every(
      (column, i) =>
        String(header[i] ?? '').trim() === SALES_HISTORY_MESSAGES[locale][column.header],
    ),
  );
}

function insertDemandSheet(sheet: SheetLike, locale: Locale): SheetLike {
  const messages = SALES_HISTORY_MESSAGES[locale];
  writeHeaderRow(
    sheet,
    DEMAND_COLUMNS.map((c) => messages[c.header]),
    DEMAND_COLUMNS.map((c) => messages[c.note]),
    DEMAND_COLUMNS.map((c) => HEADER_BACKGROUNDS[c.header === 'demandSku' ? 'input' : 'computed']),
  );
  formatDataColumns(
    sheet,
    DEMAND_COLUMNS.flatMap((c, i) =>
      c.format === undefined ? [] : [{ column: i + 1, value: c.format }],
    ),
  );
  sheet.setFrozenRows(HEADER_ROW);
  return sheet;
}

/**
 * The rows in one write, below the header, over as many rows as the sheet held before so no stale
 * SKU is left behind; columns right of the figures (the user's) are untouched.
 */
function writeRows(sheet: SheetLike, rows: (string | number)[][]): void {
  const before = Math.max(0, sheet.getLastRow() - HEADER_ROW);
  const height = Math.max(rows.length, before);
  if (height === 0) return;
  const blank = DEMAND_COLUMNS.map(() => '');
  const values = Array.from({ length: height }, (_, i) => rows[i] ?? blank);
  sheet.getRange(FIRST_DATA_ROW, 1, height, DEMAND_COLUMNS.length).setValues(values);
}
