// Turns the selected row's cells into a SKU and the figures its plan needs, columns found by header.

import { type Maybe, nonNegative } from '../../core/checks';
import { dailySales, type SalesWeights } from '../../core/daily-sales';
import { daysBetween, type IsoDate } from '../../core/iso-date';
import type { SkuRow } from '../../core/plan/sku-row';
import { readDate } from '../cell-date';
import { isBlank, readNumber } from '../cell-value';
import type { ColumnKey } from '../template/replenishment-columns';

export interface SkuRowCells {
  readonly header: readonly unknown[];
  readonly columns: Partial<Record<ColumnKey, number>>;
  readonly cells: readonly unknown[];
}

export interface SkuRowRead {
  readonly sku: string;
  readonly product: string | undefined;
  readonly row: SkuRow;
}

/** What a date column needs to become a number of days. */
export interface Calendar {
  readonly today: IsoDate;
  readonly timeZone: string;
  readonly salesWeights: SalesWeights;
}

/** The SKU cell as text; '' when blank. */
export function skuText(value: unknown): string {
  if (isBlank(value)) return '';
  return String(value).trim();
}

/**
 * The row's figures. A worked-out column (daily sales, days to arrival, days since restock) is
 * used when the sheet has it and it holds a value; otherwise the figure is worked out from the
 * columns it comes from (the sales windows, the arrival or restock date). A value that cannot be
 * read raises an InputError naming the column by its header on this sheet.
 */
export function readSkuRow(source: SkuRowCells, calendar: Calendar): SkuRowRead {
  const { header, columns, cells } = source;
  const has = (key: ColumnKey) => columns[key] !== undefined;
  const name = (key: ColumnKey) => {
    const index = columns[key];
    const text = index === undefined ? '' : skuText(header[index]);
    return text === '' ? key : text;
  };
  const cell = (key: ColumnKey): unknown => {
    const index = columns[key];
    return index === undefined ? '' : cells[index];
  };
  const number = (key: ColumnKey): Maybe => readNumber(name(key), cell(key));
  const date = (key: ColumnKey): IsoDate | undefined =>
    readDate(name(key), cell(key), calendar.timeZone);

  let sales = number('dailySales');
  if (sales === undefined && (has('units7d') || has('units14d') || has('units30d'))) {
    sales = dailySales(
      {
        units7d: number('units7d'),
        units14d: number('units14d'),
        units30d: number('units30d'),
        lySame30d: number('lySame30d'),
        lyNext90d: number('lyNext90d'),
      },
      calendar.salesWeights,
    );
  }

  let daysToArrival = number('daysToArrival');
  if (daysToArrival === undefined) {
    const arrival = date('nextArrival');
    if (arrival !== undefined) daysToArrival = daysBetween(calendar.today, arrival);
  }

  let daysSinceRestock = number('daysSinceRestock');
  if (daysSinceRestock === undefined) {
    const restock = date('lastRestock');
    if (restock !== undefined) {
      daysSinceRestock = nonNegative(name('lastRestock'), daysBetween(restock, calendar.today));
    }
  }

  const product = skuText(cell('product'));
  return {
    sku: skuText(cell('sku')),
    product: product === '' ? undefined : product,
    row: {
      stock: number('fbaStock'),
      dailySales: sales,
      inbound: number('inbound'),
      daysToArrival,
      daysSinceRestock,
      price: number('price'),
      dailyAdBudget: number('dailyAdBudget'),
      cycleDays: number('cycleDays'),
      safetyDays: number('safetyDays'),
      casePack: number('casePack'),
    },
  };
}
