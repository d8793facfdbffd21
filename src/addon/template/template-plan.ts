// What the replenishment sheet holds, worked out before any cell is written (pure, testable).

import { formatMessage, type Locale } from '../../core/i18n/locale';
import type { PlaybookSettings } from '../../core/settings/settings';
import { safeCellValue } from '../sheet-table/safe-cell-value';
import type { InputCheck } from '../sheet-table/sheet-column';
import {
  type ColumnWrite,
  FIRST_DATA_ROW,
  HEADER_BACKGROUNDS,
  perColumn,
} from '../sheet-table/sheet-layout';
import { todayPlus } from '../sheet-table/today-plus';
import { columnLetter, openColumnRange } from './column-letter';
import { type ExampleRow, exampleRows, isDaysFromToday } from './example-rows';
import {
  type ColumnKey,
  REPLENISHMENT_COLUMNS,
  type ReplenishmentColumn,
} from './replenishment-columns';
import { TEMPLATE_MESSAGES } from './template-messages';

/** The first data row, shared by every inserted sheet (the preview lays out its sample by it). */
export { FIRST_DATA_ROW };

export interface TemplatePlan {
  readonly headers: string[];
  readonly notes: string[];
  readonly headerBackgrounds: string[];
  /** The example rows; computed and date cells are blank here. */
  readonly examples: (string | number)[][];
  /** Example dates as `=TODAY()+n`, one column at a time (blank where a row has none). */
  readonly exampleDates: ColumnWrite<string[][]>[];
  /** Each computed column's one array formula, for the first data row. */
  readonly formulas: ColumnWrite<string>[];
  readonly numberFormats: ColumnWrite<string>[];
  readonly checks: ColumnWrite<InputCheck>[];
}

/** The 1-based column number of a key in the template. */
export function templateColumn(key: ColumnKey): number {
  return REPLENISHMENT_COLUMNS.findIndex((c) => c.key === key) + 1;
}

/** Fills a column's note with the settings it mentions. */
export function columnNote(
  column: ReplenishmentColumn,
  locale: Locale,
  settings: PlaybookSettings,
): string {
  return formatMessage(column.note[locale], {
    airFreightDays: settings.airFreightDays,
    alertDays: settings.alertDays,
    overstockDays: settings.overstockDays,
    cycleDays: settings.cycleDays,
    safetyDays: settings.safetyDays,
    recoveryDays: settings.recoveryDays,
    weights: settings.salesWeights.join(' / '),
  });
}

/** One example cell: its note, product, ASIN or value; blank for a computed or date column. */
function exampleCell(row: ExampleRow, i: number, key: ColumnKey, locale: Locale): string | number {
  const messages = TEMPLATE_MESSAGES[locale];
  if (key === 'notes') return formatMessage(messages[row.note], row.noteParams);
  if (key === 'product') {
    return formatMessage(messages.exampleProduct, { letter: columnLetter(i + 1) });
  }
  if (key === 'asin') return `B0EXAMPLE${i + 1}`;
  const value = row.values[key];
  return value === undefined || isDaysFromToday(value) ? '' : value;
}

export function planTemplate(locale: Locale, settings: PlaybookSettings): TemplatePlan {
  const columns = REPLENISHMENT_COLUMNS;
  const range = (key: ColumnKey) => openColumnRange(templateColumn(key), FIRST_DATA_ROW);
  const rows = exampleRows(settings);

  // Texts go in as text (the dates are formulas, written apart); numbers stay numbers.
  const examples = rows.map((row, i) =>
    columns.map((column) => safeCellValue(exampleCell(row, i, column.key, locale))),
  );

  const exampleDates: ColumnWrite<string[][]>[] = [];
  columns.forEach((column, i) => {
    const dates = rows.map((row) => row.values[column.key]);
    if (!dates.some(isDaysFromToday)) return;
    exampleDates.push({
      column: i + 1,
      value: dates.map((d) => [isDaysFromToday(d) ? todayPlus(d.daysFromToday) : '']),
    });
  });

  return {
    headers: columns.map((c) => c.header[locale]),
    notes: columns.map((c) => columnNote(c, locale, settings)),
    headerBackgrounds: columns.map((c) => HEADER_BACKGROUNDS[c.kind]),
    examples,
    exampleDates,
    formulas: perColumn(columns, (c) => c.formula?.({ range, settings })),
    numberFormats: perColumn(columns, (c) => c.numberFormat),
    checks: perColumn(columns, (c) => (c.kind === 'input' ? c.check : undefined)),
  };
}
