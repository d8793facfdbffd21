// R22 menu action: inserts a ready keyword-rank sheet under a free name, never over another sheet.

import type { Locale } from '../../core/i18n/locale';
import type { Services } from '../platform/services/services';
import { safeCellValue } from '../platform/sheet-table/safe-cell-value';
import { dataColumn, listCheck } from '../platform/sheet-table/sheet-layout';
import {
  announceInserted,
  type InsertedSheetToast,
  insertTableSheet,
} from '../platform/sheet-table/table-sheet';
import { todayPlus } from '../platform/sheet-table/today-plus';
import { EXAMPLE_RANK_SKU, EXAMPLE_RANKS } from './example-ranks';
import { RANK_COLUMNS, type RankColumnKey, rankColumn } from './rank-columns';
import { RANK_MESSAGES } from './rank-messages';
import { KIND_WORDS, kindChoices } from './rank-words';

export type InsertedRankSheet = InsertedSheetToast;

/** Adds a keyword-rank sheet: headers with notes, example rows, a drop-down for the kind. */
export function insertRankSheet(services: Services): InsertedRankSheet {
  const { locale, spreadsheet, sheet } = insertTableSheet(
    services,
    RANK_MESSAGES,
    ({ app, sheet, locale }) => ({
      columns: RANK_COLUMNS,
      rows: exampleRows(locale),
      dropDowns: () => {
        dataColumn(sheet, rankColumn('kind')).setDataValidation(
          listCheck(app, kindChoices(locale), RANK_MESSAGES[locale].helpKind),
        );
      },
    }),
  );
  return announceInserted(
    spreadsheet,
    sheet.getName(),
    RANK_MESSAGES[locale],
    EXAMPLE_RANKS.length,
  );
}

function exampleRows(locale: Locale): unknown[][] {
  const messages = RANK_MESSAGES[locale];
  return EXAMPLE_RANKS.map((example) => {
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
}
