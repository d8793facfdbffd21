// Turns the selected row's cells into a SKU and the figures its plan needs, columns found by header.

import { type Maybe, nonNegative } from '../../core/checks';
import { dailySales, type SalesWeights } from '../../core/daily-sales';
import { InputError } from '../../core/input-error';
import { addDays, daysBetween, type IsoDate } from '../../core/iso-date';
import type { ShipMode, SkuRow } from '../../core/plan/sku-row';
import { readDate } from '../platform/cell-date';
import { isBlank, readNumber } from '../platform/cell-value';
import type { ColumnKey } from './replenishment-columns';

/**
 * The replenishment columns, and the worked-out order columns a sheet may also have (order-by
 * date, ship mode): read when the header names them.
 */
export type RowColumnKey = ColumnKey | 'orderBy' | 'shipMode';

export interface SkuRowCells {
  readonly header: readonly unknown[];
  readonly columns: Partial<Record<RowColumnKey, number>>;
  readonly cells: readonly unknown[];
}

export interface SkuRowRead {
  readonly sku: string;
  readonly product: string | undefined;
  readonly row: SkuRow;
  /**
   * Which stockout cycle the row is in: the day stock last came back (the Last restock date, or
   * today − days since restock), as YYYY-MM-DD; '' before any restock is recorded. A new
   * restock starts a new cycle, so the next stockout's checklist starts unticked.
   */
  readonly cycle: string;
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
  const has = (key: RowColumnKey) => columns[key] !== undefined;
  const name = (key: RowColumnKey) => {
    const index = columns[key];
    const text = index === undefined ? '' : skuText(header[index]);
    return text === '' ? key : text;
  };
  const cell = (key: RowColumnKey): unknown => {
    const index = columns[key];
    return index === undefined ? '' : cells[index];
  };
  const number = (key: RowColumnKey): Maybe => readNumber(name(key), cell(key));
  const date = (key: RowColumnKey): IsoDate | undefined =>
    readDate(name(key), cell(key), calendar.timeZone);
  /** A worked-out figure the plan can work out itself: a cell it cannot read is left to it. */
  const workedOut = <T>(read: () => T | undefined): T | undefined => {
    try {
      return read();
    } catch (error) {
      if (error instanceof InputError) return undefined;
      throw error;
    }
  };

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
  // With days since restock given, the date only names the cycle: a bad one is not in the way.
  const restock =
    daysSinceRestock === undefined ? date('lastRestock') : workedOut(() => date('lastRestock'));
  if (daysSinceRestock === undefined && restock !== undefined) {
    daysSinceRestock = nonNegative(name('lastRestock'), daysBetween(restock, calendar.today));
  }
  let cycle = restock ?? '';
  if (cycle === '' && daysSinceRestock !== undefined && Number.isFinite(daysSinceRestock)) {
    cycle = addDays(calendar.today, -Math.round(daysSinceRestock));
  }

  const reorderQty = workedOut(() => number('reorderQty'));
  const orderBy = workedOut(() => date('orderBy'));
  const shipMode = shipModeOf(cell('shipMode'));

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
      ...(reorderQty === undefined
        ? {}
        : { reorderQty: nonNegative(name('reorderQty'), reorderQty) }),
      ...(orderBy === undefined ? {} : { orderByDays: daysBetween(calendar.today, orderBy) }),
      ...(shipMode === undefined ? {} : { shipMode }),
    },
    cycle,
  };
}

/** A Ship mode cell as sea or air, in either language; undefined when blank or neither. */
export function shipModeOf(value: unknown): ShipMode | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim().toLowerCase();
  if (/^(air|express)\b|空运|快递/.test(text)) return 'air';
  if (/^(sea|ocean)\b|海运/.test(text)) return 'sea';
  return undefined;
}
