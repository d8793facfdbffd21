// R1: a replenishment sheet's rows as the week's review reads them — the cells its formulas read,
// each as Sheets' ISNUMBER sees it — and the week's counts the sidebar shows.

import { orderCycle } from '../../core/forecast/order-cycle';
import { daysBetween, type IsoDate } from '../../core/iso-date';
import type { Phase } from '../../core/phase';
import type { SkuRow } from '../../core/plan/sku-row';
import { type ReviewAction, type ReviewRow, weeklyReview } from '../../core/review/weekly-review';
import type { PlaybookSettings } from '../../core/settings/settings';
import { dayIn, fromSerial } from '../platform/cell-date';
import { isBlank, readNumber } from '../platform/cell-value';
import type { SheetLike } from '../platform/services/spreadsheet-service';
import { shipModeOf, skuText } from '../replenishment-sheet/read-sku-row';
import type { ColumnKey } from '../replenishment-sheet/replenishment-columns';
import { readShipMode } from '../replenishment-sheet/sheet-words';

/** The week's counts over a sheet's rows, as the Weekly review sheet counts them. */
export interface WeekCounts {
  readonly phases: Readonly<Record<Phase, number>>;
  readonly actions: Readonly<Record<ReviewAction, number>>;
}

export interface ReviewCalendar {
  readonly today: IsoDate;
  readonly timeZone: string;
}

/**
 * The rows below a header, each as the review reads it. Worked-out cells count only when they hold
 * a number (a ⚠ message counts as blank, as ISNUMBER says); the stock and inbound are read as the
 * replenishment formulas read them (text such as "1,234" is a number).
 */
export function reviewRows(
  columns: Readonly<Partial<Record<ColumnKey, number>>>,
  rows: readonly (readonly unknown[])[],
  calendar: ReviewCalendar,
  settings: PlaybookSettings,
): ReviewRow[] {
  return rows.map((cells) => {
    const cell = (key: ColumnKey): unknown => {
      const index = columns[key];
      return index === undefined ? '' : cells[index];
    };
    const computed = (key: ColumnKey): number | undefined => {
      const value = cell(key);
      return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
    };
    const typed = (key: ColumnKey): number | undefined => {
      try {
        return readNumber(key, cell(key));
      } catch {
        return undefined;
      }
    };
    const orderBy = dayOf(cell('orderBy'), calendar.timeZone);
    const phase = cell('phase');
    const figures: SkuRow = {
      stock: typed('fbaStock'),
      dailySales: computed('dailySales'),
      inbound: typed('inbound'),
      daysToArrival: computed('daysToArrival'),
      daysSinceRestock: computed('daysSinceRestock'),
      cycleDays: legsOf(columns, cell, computed, typed, settings),
      casePack: computed('casePack'),
      reorderQty: computed('reorderQty'),
      ...(orderBy === undefined ? {} : { orderByDays: daysBetween(calendar.today, orderBy) }),
      ...shipModeField(cell('shipMode')),
    };
    return {
      sku: skuText(cell('sku')),
      phaseCell: isBlank(phase) ? '' : String(phase).trim(),
      figures,
    };
  });
}

/** The week's counts over every row of a replenishment sheet below its header: one read. */
export function weekCounts(
  sheet: SheetLike,
  header: { readonly headerRow: number; readonly columns: Partial<Record<ColumnKey, number>> },
  calendar: ReviewCalendar,
  settings: PlaybookSettings,
): WeekCounts {
  const lastRow = sheet.getLastRow();
  const width = sheet.getLastColumn();
  const count = lastRow - header.headerRow;
  const rows =
    count > 0 && width > 0 ? sheet.getRange(header.headerRow + 1, 1, count, width).getValues() : [];
  const review = weeklyReview(
    reviewRows(header.columns, rows, calendar, settings),
    settings,
    calendar.today,
  );
  return { phases: review.phases, actions: review.actions };
}

/**
 * Order to sellable, as the sidebar's plan takes it: the Order cycle cell less the review period;
 * on a sheet without that column, the typed cycle or the ship mode's legs (the default cycle
 * without a ship-mode column), as its order cycle would be worked out.
 */
function legsOf(
  columns: Readonly<Partial<Record<ColumnKey, number>>>,
  cell: (key: ColumnKey) => unknown,
  computed: (key: ColumnKey) => number | undefined,
  typed: (key: ColumnKey) => number | undefined,
  settings: PlaybookSettings,
): number | undefined {
  if (columns.orderCycle !== undefined) {
    const total = computed('orderCycle');
    return total === undefined ? undefined : total - settings.reviewDays;
  }
  const hasLegs = columns.shipMode !== undefined;
  const cycle = typed('cycleDays') ?? (hasLegs ? undefined : settings.cycleDays);
  const mode = readShipMode(cell('shipMode')) ?? 'sea';
  return orderCycle(cycle, mode, settings).total - settings.reviewDays;
}

/** A date cell as a day: a date, or a date serial (what ISNUMBER counts); else none. */
function dayOf(value: unknown, timeZone: string): IsoDate | undefined {
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? undefined : dayIn(value, timeZone);
  if (typeof value === 'number') return fromSerial(value);
  return undefined;
}

function shipModeField(value: unknown): Pick<SkuRow, 'shipMode'> {
  const mode = shipModeOf(value);
  return mode === undefined ? {} : { shipMode: mode };
}
