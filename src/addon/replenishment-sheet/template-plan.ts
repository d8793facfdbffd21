// What the replenishment sheet holds, worked out before any cell is written (pure, testable).

import { formatMessage, type Locale } from '../../core/i18n/locale';
import type { PlaybookSettings } from '../../core/settings/settings';
import { toShown } from '../../core/settings/shown-units';
import { columnLetter, openColumnRange } from '../platform/column-letter';
import { safeCellValue } from '../platform/sheet-table/safe-cell-value';
import type { InputCheck } from '../platform/sheet-table/sheet-column';
import {
  type ColumnWrite,
  FIRST_DATA_ROW,
  HEADER_BACKGROUNDS,
  perColumn,
} from '../platform/sheet-table/sheet-layout';
import { todayPlus } from '../platform/sheet-table/today-plus';
import { type ExampleRow, exampleRows, isDaysFromToday } from './example-rows';
import {
  type ColumnKey,
  type FormulaContext,
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
    productionDays: settings.productionDays,
    checkInDays: settings.checkInDays,
    reviewDays: settings.reviewDays,
    feeFloorDays: settings.feeFloorDays,
    serviceLevel: toShown('percent', settings.serviceLevel),
  });
}

/**
 * Each computed column's formula for a sheet whose columns are where `columnOf` says (1-based;
 * undefined: the sheet lacks it), its data starting at `firstRow`. A column whose formula needs
 * a column the sheet lacks gets none.
 */
export function plannedFormulas(
  columnOf: (key: ColumnKey) => number | undefined,
  firstRow: number,
  settings: PlaybookSettings,
  locale: Locale,
  history: string | undefined,
): ColumnWrite<string>[] {
  const context: FormulaContext = {
    range: (key) => {
      const column = columnOf(key);
      if (column === undefined) throw new MissingColumn(key);
      return openColumnRange(column, firstRow);
    },
    has: (key) => columnOf(key) !== undefined,
    settings,
    locale,
    ...(history === undefined ? {} : { history }),
  };
  const writes: ColumnWrite<string>[] = [];
  for (const column of REPLENISHMENT_COLUMNS) {
    const at = columnOf(column.key);
    if (at === undefined || column.formula === undefined) continue;
    try {
      const formula = column.formula(context);
      if (formula !== undefined) writes.push({ column: at, value: formula });
    } catch (error) {
      if (!(error instanceof MissingColumn)) throw error;
    }
  }
  return writes;
}

/** A formula asked for a column the sheet does not have: that formula is not written. */
class MissingColumn extends Error {
  constructor(readonly key: ColumnKey) {
    super(`no column ${key}`);
  }
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

/**
 * The template for a new sheet. `history` is DEMAND_STATS' history argument when the spreadsheet
 * has a Sales-history sheet (see salesHistoryRef); without it the daily sales are the blend.
 */
export function planTemplate(
  locale: Locale,
  settings: PlaybookSettings,
  history?: string,
): TemplatePlan {
  const columns = REPLENISHMENT_COLUMNS;
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
    formulas: plannedFormulas(templateColumn, FIRST_DATA_ROW, settings, locale, history),
    numberFormats: perColumn(columns, (c) => c.numberFormat),
    checks: perColumn(columns, (c) => (c.kind === 'input' ? c.check : undefined)),
  };
}
