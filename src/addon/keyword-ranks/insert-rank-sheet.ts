// R22 menu action: inserts a ready keyword-rank sheet under a free name, never over another sheet.

import { formatMessage, type Locale } from '../../core/i18n/locale';
import type { Services } from '../services/services';
import type { SheetLike, SpreadsheetAppLike } from '../services/spreadsheet-service';
import { userLocale } from '../services/user-locale';
import { insertFreeSheet } from '../sheet-table/insert-free-sheet';
import { safeCellValue } from '../sheet-table/safe-cell-value';
import {
  dataColumn,
  FIRST_DATA_ROW,
  formatDataColumns,
  HEADER_BACKGROUNDS,
  HEADER_ROW,
  listCheck,
  perColumn,
  writeHeaderRow,
} from '../sheet-table/sheet-layout';
import { todayPlus } from '../sheet-table/today-plus';
import { EXAMPLE_RANK_SKU, EXAMPLE_RANKS } from './example-ranks';
import { RANK_COLUMNS, type RankColumnKey, rankColumn } from './rank-columns';
import { RANK_MESSAGES } from './rank-messages';
import { KIND_WORDS, kindChoices } from './rank-words';

export interface InsertedRankSheet {
  readonly name: string;
  /** The toast shown. */
  readonly message: string;
}

/** Adds a keyword-rank sheet: headers with notes, example rows, a drop-down for the kind. */
export function insertRankSheet(services: Services): InsertedRankSheet {
  const locale = userLocale(services.session);
  const messages = RANK_MESSAGES[locale];
  const app = services.spreadsheet;
  const spreadsheet = app.getActiveSpreadsheet();
  const sheet = insertFreeSheet(spreadsheet, messages.sheetName);
  writeRankSheet(app, sheet, locale);
  const name = sheet.getName();
  const message = formatMessage(messages.inserted, {
    sheet: name,
    firstExample: FIRST_DATA_ROW,
    lastExample: FIRST_DATA_ROW + EXAMPLE_RANKS.length - 1,
  });
  spreadsheet.toast(message, messages.title, 10);
  return { name, message };
}

function writeRankSheet(app: SpreadsheetAppLike, sheet: SheetLike, locale: Locale): void {
  const messages = RANK_MESSAGES[locale];
  writeHeaderRow(
    sheet,
    RANK_COLUMNS.map((c) => c.header[locale]),
    RANK_COLUMNS.map((c) => c.note[locale]),
    RANK_COLUMNS.map(() => HEADER_BACKGROUNDS.input),
  );

  const rows = EXAMPLE_RANKS.map((example) => {
    const cells: Record<RankColumnKey, string | number> = {
      date: todayPlus(example.day),
      sku: EXAMPLE_RANK_SKU,
      keyword: example.keyword,
      kind: KIND_WORDS[example.kind][locale],
      rank: example.rank,
      aboveAsin: example.above?.[0] ?? '',
      aboveRank: example.above?.[1] ?? '',
      belowAsin: '',
      belowRank: '',
      notes: example.note === undefined ? '' : messages[example.note],
    };
    // The date is a formula; every other cell goes in as typed ("-" for not found stays text).
    return RANK_COLUMNS.map((c) => (c.key === 'date' ? cells.date : safeCellValue(cells[c.key])));
  });
  sheet.getRange(FIRST_DATA_ROW, 1, rows.length, RANK_COLUMNS.length).setValues(rows);

  formatDataColumns(
    sheet,
    perColumn(RANK_COLUMNS, (c) => c.numberFormat),
  );
  dataColumn(sheet, rankColumn('kind')).setDataValidation(
    listCheck(app, kindChoices(locale), messages.helpKind),
  );
  sheet.setFrozenRows(HEADER_ROW);
}
