// What the replenishment sheet holds, worked out before any cell is written (pure, testable).

import { formatMessage, type Locale } from '../../core/i18n/locale';
import type { PlaybookSettings } from '../../core/settings/settings';
import { columnLetter, openColumnRange } from './column-letter';
import { exampleRows, isDaysFromToday } from './example-rows';
import {
  type ColumnKey,
  type InputCheck,
  REPLENISHMENT_COLUMNS,
  type ReplenishmentColumn,
} from './replenishment-columns';
import { TEMPLATE_MESSAGES } from './template-messages';

/** The header row; data starts below it. */
export const HEADER_ROW = 1;
export const FIRST_DATA_ROW = 2;

const HEADER_BACKGROUND: Readonly<Record<ReplenishmentColumn['kind'], string>> = {
  input: '#efefef',
  computed: '#d0e0e3',
};

/** One column's cells below the header, by 1-based column number. */
export interface ColumnWrite<T> {
  readonly column: number;
  readonly value: T;
}

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

export function planTemplate(locale: Locale, settings: PlaybookSettings): TemplatePlan {
  const messages = TEMPLATE_MESSAGES[locale];
  const columns = REPLENISHMENT_COLUMNS;
  const range = (key: ColumnKey) => openColumnRange(templateColumn(key), FIRST_DATA_ROW);
  const rows = exampleRows(settings);

  const examples = rows.map((row, i) =>
    columns.map((column): string | number => {
      if (column.key === 'notes') return formatMessage(messages[row.note], row.noteParams);
      if (column.key === 'product') {
        return formatMessage(messages.exampleProduct, { letter: columnLetter(i + 1) });
      }
      if (column.key === 'asin') return `B0EXAMPLE${i + 1}`;
      const value = row.values[column.key];
      return value === undefined || isDaysFromToday(value) ? '' : value;
    }),
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

  const withColumn = <T>(pick: (c: ReplenishmentColumn) => T | undefined): ColumnWrite<T>[] =>
    columns.flatMap((column, i) => {
      const value = pick(column);
      return value === undefined ? [] : [{ column: i + 1, value }];
    });

  return {
    headers: columns.map((c) => c.header[locale]),
    notes: columns.map((c) => columnNote(c, locale, settings)),
    headerBackgrounds: columns.map((c) => HEADER_BACKGROUND[c.kind]),
    examples,
    exampleDates,
    formulas: withColumn((c) => c.formula?.({ range, settings })),
    numberFormats: withColumn((c) => c.numberFormat),
    checks: withColumn((c) => (c.kind === 'input' ? c.check : undefined)),
  };
}

function todayPlus(days: number): string {
  if (days === 0) return '=TODAY()';
  return days > 0 ? `=TODAY()+${days}` : `=TODAY()-${-days}`;
}
