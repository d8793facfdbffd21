// Finds the keyword-rank sheet by its headers: the active one when it is one, else the one with
// the inserted sheet's name, else the first.

import { LOCALES } from '../../core/i18n/locale';
import type { SheetLike, SpreadsheetLike } from '../platform/services/spreadsheet-service';
import { findTableSheet, type SheetTable } from '../platform/sheet-table/read-table';
import { RANK_COLUMNS, RANK_REQUIRED, type RankColumnKey } from './rank-columns';
import { RANK_MESSAGES } from './rank-messages';

export interface RankSheet {
  readonly sheet: SheetLike;
  readonly table: SheetTable<RankColumnKey>;
}

/**
 * The sheet whose headers name a date, SKU, keyword and rank. `notActive` skips the active sheet
 * (the sidebar's is the replenishment sheet). Only the sheet found is read in full.
 */
export function findRankSheet(
  spreadsheet: SpreadsheetLike,
  options: { notActive?: boolean } = {},
): RankSheet | undefined {
  const byName = LOCALES.map(
    (locale) => () => spreadsheet.getSheetByName(RANK_MESSAGES[locale].sheetName),
  );
  const active = () => spreadsheet.getActiveSheet();
  return findTableSheet(
    {
      first: options.notActive ? byName : [active, ...byName],
      all: () => spreadsheet.getSheets(),
      skip: options.notActive ? [active().getName()] : [],
    },
    RANK_COLUMNS,
    RANK_REQUIRED,
  );
}
