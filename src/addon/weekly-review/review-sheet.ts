// R1: the Weekly review sheet in the spreadsheet — found by its title and its link to the
// replenishment sheet, or inserted under a free name — and its plan written in a fixed number of
// Apps Script calls. Only the review's own cells are written; anything else on the sheet stays.

import type { Locale } from '../../core/i18n/locale';
import { LOCALES } from '../../core/i18n/locale';
import type { SheetLike, SpreadsheetLike } from '../services/spreadsheet-service';
import { insertFreeSheet } from '../sheet-table/insert-free-sheet';
import { HEADER_BACKGROUNDS } from '../sheet-table/sheet-layout';
import { openColumnRange } from '../template/column-letter';
import { REVIEW_MESSAGES } from './review-messages';
import {
  LAST_COLUMN,
  LEFT_WIDTH,
  type ReviewPlan,
  WORK_FIRST_COLUMN,
  WORK_HEADER_ROW,
  WORK_ROW,
} from './review-plan';

/** Rows kept below the working table, so the replenishment sheet can grow before a rerun. */
export const SPARE_ROWS = 200;

/** A review sheet the add-on wrote: its language and the replenishment sheet it reads. */
export interface FoundReview {
  readonly sheet: SheetLike;
  readonly locale: Locale;
  /** The replenishment sheet's id, from the link in B1. */
  readonly replenishmentId: number | undefined;
}

const TITLES = new Map<string, Locale>(
  LOCALES.map((locale) => [REVIEW_MESSAGES[locale].title, locale]),
);
const NAMES = LOCALES.map((locale) => REVIEW_MESSAGES[locale].sheetName);

/**
 * The sheet when the add-on wrote it: A1 holds the review's title (either language) and B1 the
 * link to the replenishment sheet. Calls: a range, its values and its formulas.
 */
export function asReviewSheet(sheet: SheetLike): FoundReview | undefined {
  const top = sheet.getRange(1, 1, 1, 2);
  const [title, link] = top.getValues()[0] ?? [];
  const locale = TITLES.get(String(title ?? '').trim());
  if (locale === undefined) return undefined;
  const formula = String(top.getFormulas()[0]?.[1] ?? '');
  const id = /^=HYPERLINK\("#gid=(\d+)"/i.exec(formula)?.[1];
  if (id === undefined || link === undefined) return undefined;
  return { sheet, locale, replenishmentId: Number(id) };
}

/** The review sheet the add-on wrote before (named in either language), if any. */
export function findReviewSheet(spreadsheet: SpreadsheetLike): FoundReview | undefined {
  for (const sheet of spreadsheet.getSheets()) {
    const name = sheet.getName();
    if (!NAMES.some((base) => name === base || new RegExp(`^${base} \\d+$`).test(name))) continue;
    const found = asReviewSheet(sheet);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The review sheet to write: the one the add-on wrote, or a new one under a free name. */
export function reviewSheetFor(spreadsheet: SpreadsheetLike, locale: Locale): SheetLike {
  return (
    findReviewSheet(spreadsheet)?.sheet ??
    insertFreeSheet(spreadsheet, REVIEW_MESSAGES[locale].sheetName)
  );
}

/**
 * Writes the plan: the left block in one write, the working table's header and formulas in one,
 * then notes and formats. The sheet grows first when the working table needs more rows than it
 * has (the replenishment rows from WORK_ROW down, and SPARE_ROWS more) or more columns.
 */
export function writeReview(sheet: SheetLike, plan: ReviewPlan, replenishmentRows: number): void {
  const rows = WORK_ROW + replenishmentRows + SPARE_ROWS;
  const maxRows = sheet.getMaxRows();
  if (maxRows < rows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxColumns = sheet.getMaxColumns();
  if (maxColumns < LAST_COLUMN) sheet.insertColumnsAfter(maxColumns, LAST_COLUMN - maxColumns);

  sheet.getRange(1, 1, plan.left.length, LEFT_WIDTH).setValues(plan.left);
  for (const row of plan.boldRows) {
    sheet.getRange(row, 1, 1, row === 1 ? 1 : LEFT_WIDTH).setFontWeight('bold');
  }
  sheet.getRange(2, 2).setNumberFormat('yyyy-mm-dd');

  const width = plan.workHeader.length;
  const work = sheet.getRange(WORK_HEADER_ROW, WORK_FIRST_COLUMN, 2, width);
  work.setValues([plan.workHeader, plan.workFormulas]);
  const header = sheet.getRange(WORK_HEADER_ROW, WORK_FIRST_COLUMN, 1, width);
  header.setNotes([plan.workNotes]);
  header.setFontWeight('bold');
  header.setBackgrounds([plan.workHeader.map(() => HEADER_BACKGROUNDS.computed)]);
  header.setWrap(true);
  for (const { column, format } of plan.workFormats) {
    sheet.getRange(openColumnRange(column, WORK_ROW)).setNumberFormat(format);
  }
}
