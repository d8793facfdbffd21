// The core's review of a replenishment sheet as the preview's engine computes it, and the list it
// gives in words: what the Weekly review sheet's formulas must show.

import type { SpreadsheetEngine } from '../../../preview/engine/spreadsheet-engine';
import { mapColumns } from '../../../src/addon/replenishment-sheet/replenishment-columns';
import { reviewRows } from '../../../src/addon/weekly-review/read-review-rows';
import { REVIEW_MESSAGES } from '../../../src/addon/weekly-review/review-messages';
import type { Locale } from '../../../src/core/i18n/locale';
import { type WeeklyReview, weeklyReview } from '../../../src/core/review/weekly-review';
import { DEFAULT_SETTINGS, type PlaybookSettings } from '../../../src/core/settings/settings';
import { decisionText } from '../../core/review/review-text';

/** The day every review test runs on (TODAY() is pinned to it). */
export const REVIEW_DAY = '2026-11-26';

/** The core's review of a sheet's first `rows` rows (header on row 1), as the engine computes them. */
export function coreReview(
  engine: SpreadsheetEngine,
  sheet: string,
  width: number,
  settings: PlaybookSettings = DEFAULT_SETTINGS,
  rows = 60,
): WeeklyReview {
  const [header = [], ...data] = engine.values(sheet, 0, rows, width);
  return weeklyReview(
    reviewRows(mapColumns(header), data, { today: REVIEW_DAY, timeZone: 'UTC' }, settings),
    settings,
    REVIEW_DAY,
  );
}

/** The list as the sheet writes it: action, SKU, decision. */
export function reviewList(review: WeeklyReview, locale: Locale = 'en'): string[][] {
  return review.list.map((entry) => [
    REVIEW_MESSAGES[locale][`action.${entry.action}`],
    entry.sku,
    decisionText(entry, locale),
  ]);
}
