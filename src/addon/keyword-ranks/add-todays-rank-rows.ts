// R22, R30, R43 menu action: appends today's rows to the keyword-rank sheet in one write, so daily
// logging is one click plus typing the ranks. Earlier rows are never touched.

import { formatMessage, type Locale } from '../../core/i18n/locale';
import { sameKey } from '../../core/same-key';
import { dayIn } from '../cell-date';
import { underDocumentLock } from '../services/document-lock';
import type { Services } from '../services/services';
import type { SpreadsheetLike } from '../services/spreadsheet-service';
import { userLocale } from '../services/user-locale';
import { cellOf } from '../sheet-table/read-table';
import { safeCellValue } from '../sheet-table/safe-cell-value';
import type { RankColumnKey } from './rank-columns';
import { RANK_MESSAGES } from './rank-messages';
import { findRankSheet } from './rank-sheet';
import { readRankRows } from './read-rank-rows';
import { todaysRows } from './todays-rank-rows';

export interface RankRowsAdded {
  readonly sheet: string;
  readonly date: string;
  /** 1-based rows written, in order; empty when there was nothing to add. */
  readonly rows: readonly number[];
  /** The toast shown. */
  readonly message: string;
}

/**
 * Copies each SKU's latest keyword list below the last row, dated today in the spreadsheet's time
 * zone: SKU, keyword, kind and the competitors' ASINs; ranks blank. Calls: the sheet read once,
 * one write, whatever the row count; under the document lock, so two people clicking at once add
 * the rows once. Returns undefined, after an alert, when there is no keyword-rank sheet.
 */
export function addTodaysRankRows(
  services: Services,
  now: Date = new Date(),
): RankRowsAdded | undefined {
  const locale = userLocale(services.session);
  const messages = RANK_MESSAGES[locale];
  const spreadsheet = services.spreadsheet.getActiveSpreadsheet();
  // Read under the lock: rows another person just added are seen, not added again.
  return underDocumentLock(
    services.lock,
    () => addRows(services, spreadsheet, now, locale),
    () => {
      services.ui.getUi().alert(messages.busy);
      return undefined;
    },
  );
}

/** The rows added, the caller holding the document lock. */
function addRows(
  services: Services,
  spreadsheet: SpreadsheetLike,
  now: Date,
  locale: Locale,
): RankRowsAdded | undefined {
  const messages = RANK_MESSAGES[locale];
  const found = findRankSheet(spreadsheet);
  if (found === undefined) {
    services.ui.getUi().alert(messages.noRankSheet);
    return undefined;
  }
  const { sheet, table } = found;
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const today = dayIn(now, timeZone);
  const read = readRankRows(table, timeZone, locale);
  const adding = todaysRows(read.rows, today);
  const name = sheet.getName();
  if (adding.length === 0) {
    const key = read.rows.some((row) => row.date === today) ? 'alreadyThere' : 'nothingToCopy';
    const message = formatMessage(messages[key], { sheet: name, date: today });
    spreadsheet.toast(message, messages.title, 8);
    return { sheet: name, date: today, rows: [], message };
  }

  // Whole rows, so every column the sheet has lines up; only the copied columns are filled.
  const put = (line: unknown[], key: RankColumnKey, value: unknown) => {
    const index = table.columns[key];
    if (index !== undefined) line[index] = value;
  };
  const block = adding.map((row) => {
    const line: unknown[] = new Array(table.width).fill('');
    const source = table.rows[row.row - table.headerRow - 1] ?? [];
    // Copied as text: a keyword typed as "=IMPORTXML(…)" stays that text, never a formula.
    const copy = (key: RankColumnKey, value: unknown) => put(line, key, safeCellValue(value));
    put(line, 'date', today);
    copy('sku', row.sku);
    copy('keyword', row.keyword);
    // The kind as the seller wrote it (either language); blank stays blank.
    copy('kind', cellOf(table, source, 'kind'));
    copy('aboveAsin', row.aboveAsin);
    copy('belowAsin', row.belowAsin);
    return line;
  });
  const first = table.lastRow + 1;
  const missing = first + block.length - 1 - sheet.getMaxRows();
  if (missing > 0) sheet.insertRowsAfter(sheet.getMaxRows(), missing);
  sheet.getRange(first, 1, block.length, table.width).setValues(block);
  services.spreadsheet.flush();

  const skus = new Set(adding.map((row) => sameKey(row.sku))).size;
  const message = formatMessage(messages.added, {
    rows: block.length,
    date: today,
    sheet: name,
    skus,
  });
  spreadsheet.toast(message, messages.title, 8);
  return { sheet: name, date: today, rows: block.map((_, i) => first + i), message };
}
