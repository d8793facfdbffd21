// R5: the `history` argument of DEMAND_STATS — a Sales-history range of Date, SKU, Units sold and
// optionally Units available, data rows only, columns by position — read into the core's columns.

import { nonNegative } from '../../core/checks';
import type { HistoryColumns } from '../../core/forecast/sales-history';
import type { Locale } from '../../core/i18n/locale';
import { type ArgNamer, describeInputError, InputError } from '../../core/input-error';
import { isBlank, readNumber } from '../cell-value';
import { readSheetDay } from './sheet-day';

/**
 * The most rows one call reads. Sheets hands a custom function its whole range and stops it after
 * 30 seconds; the benchmark (npm run bench) times this many well inside that. Past it, the menu
 * action writes the same figures as values.
 */
export const MAX_HISTORY_ROWS = 400_000;

const DATE = 0;
const SKU = 1;
const SOLD = 2;
const AVAILABLE = 3;

/**
 * The range's rows as columns; blank rows are skipped. A row with a date, SKU or units missing,
 * or one that cannot be read, raises an InputError naming its row in the range.
 */
export function readHistory(arg: string, cells: readonly (readonly unknown[])[]): HistoryColumns {
  if (cells.length > MAX_HISTORY_ROWS) {
    throw new InputError('historyTooLarge', {
      arg,
      rows: cells.length.toLocaleString('en-US'),
      max: MAX_HISTORY_ROWS.toLocaleString('en-US'),
    });
  }
  const width = cells[0]?.length ?? 0;
  if (cells.length > 0 && (width < 3 || width > 4)) {
    throw new InputError('historyColumns', { arg, count: width });
  }
  const day: number[] = [];
  const sku: string[] = [];
  const sold: number[] = [];
  const available: number[] = [];
  for (let r = 0; r < cells.length; r++) {
    const row = cells[r] as readonly unknown[];
    const dateCell = row[DATE];
    const skuCell = row[SKU];
    const soldCell = row[SOLD];
    const availableCell = width > AVAILABLE ? row[AVAILABLE] : '';
    if (isBlank(dateCell) && isBlank(skuCell) && isBlank(soldCell) && isBlank(availableCell)) {
      continue;
    }
    try {
      const date = readSheetDay('Date', dateCell);
      if (date === undefined) throw new InputError('required', { arg: 'Date' });
      if (isBlank(skuCell)) throw new InputError('required', { arg: 'SKU' });
      const units = readNumber('Units sold', soldCell);
      if (units === undefined) throw new InputError('required', { arg: 'Units sold' });
      const left = readNumber('Units available', availableCell);
      day.push(date);
      sku.push(typeof skuCell === 'string' ? skuCell.trim() : String(skuCell));
      sold.push(units >= 0 && units < Infinity ? units : nonNegative('Units sold', units));
      available.push(
        left === undefined
          ? Number.NaN
          : left >= 0 && left < Infinity
            ? left
            : nonNegative('Units available', left),
      );
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      // A first row whose date is a word is the sheet's header, selected with the data.
      if (r === 0 && typeof dateCell === 'string' && error.key === 'notADate') {
        throw new InputError('historyHeader', { arg, value: `'${dateCell.trim()}'` });
      }
      throw new HistoryRowError(arg, r + 1, error);
    }
  }
  return { day, sku, sold, available };
}

/** The Sales-history columns a bad row's message names, as the sheet heads them. */
const HISTORY_COLUMN_LABELS: Readonly<Record<string, Readonly<Record<Locale, string>>>> = {
  Date: { en: 'Date', 'zh-CN': '日期' },
  SKU: { en: 'SKU', 'zh-CN': 'SKU' },
  'Units sold': { en: 'Units sold', 'zh-CN': '销量' },
  'Units available': { en: 'Units available', 'zh-CN': '日末可售库存' },
};

const historyColumn: ArgNamer = (arg, locale) => HISTORY_COLUMN_LABELS[arg]?.[locale] ?? arg;

/** A bad history row: its number in the range and what is wrong with it, in either language. */
export class HistoryRowError extends InputError {
  constructor(
    arg: string,
    row: number,
    readonly inner: InputError,
  ) {
    super('historyRow', { arg, row, detail: inner.text('en') });
  }

  override text(locale: Locale, nameArg?: ArgNamer): string {
    return describeInputError(
      'historyRow',
      { ...this.params, detail: this.inner.text(locale, historyColumn) },
      locale,
      nameArg,
    );
  }
}
