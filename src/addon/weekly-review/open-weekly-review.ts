// R1 menu action: the week's work on a sheet of its own — how many SKUs are in each phase and
// the SKUs to act on, most urgent first — as live formulas over the replenishment sheet; and the
// same sheet brought up to saved settings.

import { formatMessage, type Locale } from '../../core/i18n/locale';
import { type WeeklyReview, weeklyReview } from '../../core/review/weekly-review';
import type { PlaybookSettings } from '../../core/settings/settings';
import { IMPORT_HISTORY_SHEET } from '../import/import-history';
import { dayIn } from '../platform/cell-date';
import { underDocumentLock } from '../platform/services/document-lock';
import type { Services } from '../platform/services/services';
import type { SheetLike, SpreadsheetLike } from '../platform/services/spreadsheet-service';
import { userLocale } from '../platform/services/user-locale';
import { loadSettings } from '../platform/settings-store';
import { findTableHeader, readTableRows } from '../platform/sheet-table/read-table';
import {
  findReplenishmentSheet,
  REPLENISHMENT_IDENTITY,
} from '../replenishment-sheet/find-replenishment-sheet';
import {
  type ColumnKey,
  columnOf,
  REPLENISHMENT_COLUMNS,
} from '../replenishment-sheet/replenishment-columns';
import { reviewRows } from './read-review-rows';
import { REVIEW_REQUIRED, type ReplenishmentRef } from './review-columns';
import { REVIEW_MESSAGES } from './review-messages';
import { planReview } from './review-plan';
import { asReviewSheet, reviewSheetFor, writeReview } from './review-sheet';

export interface ReviewWritten {
  /** The review sheet written; undefined when nothing was (the message says why). */
  readonly sheet?: string;
  readonly replenishment?: string;
  /** The week's review as the sheet's formulas give it, worked out from the same rows. */
  readonly review?: WeeklyReview;
  /** The toast or alert shown. */
  readonly message: string;
}

/**
 * Writes the Weekly review of the replenishment sheet — the active sheet when it is one, else the
 * first sheet that is — onto the review sheet the add-on made before, or a new one, and opens
 * it. The Apps Script calls are the same whatever the number of rows.
 */
export function openWeeklyReview(services: Services, now: Date): ReviewWritten {
  const locale = userLocale(services.session);
  const m = REVIEW_MESSAGES[locale];
  const { settings } = loadSettings(services.properties);
  const spreadsheet = services.spreadsheet.getActiveSpreadsheet();
  const tell = (message: string): ReviewWritten => {
    services.ui.getUi().alert(message);
    return { message };
  };
  const found = findReplenishmentSheet(spreadsheet, REPLENISHMENT_COLUMNS, NOT_REPLENISHMENT);
  if (found === undefined) return tell(m.noReplenishmentSheet);
  const name = found.sheet.getName();
  const columns = found.header.columns as Partial<Record<ColumnKey, number>>;
  const missing = missingColumns(columns, locale);
  if (missing !== undefined) {
    return tell(formatMessage(m.missingColumns, { sheet: name, columns: missing }));
  }
  const rep: ReplenishmentRef = {
    name,
    sheetId: found.sheet.getSheetId(),
    headerRow: found.header.headerRow,
    columns,
  };
  return underDocumentLock(
    services.lock,
    () => {
      const sheet = reviewSheetFor(spreadsheet, locale);
      writeReview(sheet, planReview(locale, settings, rep), dataRows(found.sheet, rep));
      spreadsheet.setActiveSheet(sheet);
      const today = dayIn(now, spreadsheet.getSpreadsheetTimeZone());
      const table = readTableRows(found.sheet, found.header);
      const review = weeklyReview(
        reviewRows(
          columns,
          table.rows,
          { today, timeZone: spreadsheet.getSpreadsheetTimeZone() },
          settings,
        ),
        settings,
        today,
      );
      const message = formatMessage(m.written, { count: review.list.length, sheet: name });
      spreadsheet.toast(message, m.toastTitle, 10);
      return { sheet: sheet.getName(), replenishment: name, review, message };
    },
    () => tell(m.busy),
  );
}

/**
 * After the settings are saved: a review sheet the add-on wrote is written again with them, in
 * its own language, over the replenishment sheet it links to. Any other sheet is left alone.
 * Returns true when the sheet was a review sheet.
 */
export function rewriteWeeklyReview(
  spreadsheet: SpreadsheetLike,
  sheet: SheetLike,
  settings: PlaybookSettings,
): boolean {
  const review = asReviewSheet(sheet);
  if (review === undefined) return false;
  // The sheet it links to while it is still a replenishment sheet, else the first one there is.
  const target = spreadsheet.getSheets().find((s) => s.getSheetId() === review.replenishmentId);
  const header =
    target === undefined
      ? undefined
      : findTableHeader(target, REPLENISHMENT_COLUMNS, REPLENISHMENT_IDENTITY);
  const found =
    target !== undefined && header !== undefined
      ? { sheet: target, header }
      : findReplenishmentSheet(spreadsheet, REPLENISHMENT_COLUMNS, NOT_REPLENISHMENT);
  if (found === undefined) return true;
  const columns = found.header.columns as Partial<Record<ColumnKey, number>>;
  if (missingColumns(columns, review.locale) !== undefined) return true;
  const rep: ReplenishmentRef = {
    name: found.sheet.getName(),
    sheetId: found.sheet.getSheetId(),
    headerRow: found.header.headerRow,
    columns,
  };
  writeReview(sheet, planReview(review.locale, settings, rep), dataRows(found.sheet, rep));
  return true;
}

/** The import's history sheet is never taken for the replenishment sheet, as the import finds it. */
const NOT_REPLENISHMENT: readonly string[] = [IMPORT_HISTORY_SHEET];

/** The headers of the required columns the sheet lacks, listed; undefined when it has them all. */
function missingColumns(
  columns: Partial<Record<ColumnKey, number>>,
  locale: Locale,
): string | undefined {
  const missing = REVIEW_REQUIRED.filter((key) => columns[key] === undefined);
  if (missing.length === 0) return undefined;
  return missing
    .map((key) => `“${columnOf(key).header[locale]}”`)
    .join(locale === 'zh-CN' ? '、' : ', ');
}

/** Rows below the replenishment header, to the sheet's end: what its open ranges cover. */
function dataRows(sheet: SheetLike, rep: ReplenishmentRef): number {
  return Math.max(0, sheet.getMaxRows() - rep.headerRow);
}
