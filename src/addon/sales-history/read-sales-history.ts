// R5: reads the Sales-history sheet's rows into the core's columns: columns found by header,
// half-filled rows skipped and counted, unreadable ones named by row.

import { nonNegative } from '../../core/checks';
import type { HistoryColumns } from '../../core/forecast/sales-history';
import type { Locale } from '../../core/i18n/locale';
import { daysBetween } from '../../core/iso-date';
import { readDate } from '../cell-date';
import { isBlank, readNumber } from '../cell-value';
import { cellOf, type SheetTable } from '../sheet-table/read-table';
import { type RowProblem, readOrReport } from '../sheet-table/row-problem';
import { headerOf } from '../sheet-table/sheet-column';
import { SALES_HISTORY_COLUMNS, type SalesHistoryColumnKey } from './sales-history-columns';

/** Sheets' serial day 0. */
const SERIAL_EPOCH = '1899-12-30';

export interface SalesHistoryRead {
  readonly history: HistoryColumns;
  readonly problems: readonly RowProblem[];
  /** Rows with something in them but no date, SKU or units sold: skipped, not errors. */
  readonly ignored: number;
}

/**
 * Every row with a readable date, SKU and units sold, dates as Sheets serial days in the
 * spreadsheet's zone. A row that cannot be read is reported and left out.
 */
export function readSalesHistory(
  table: SheetTable<SalesHistoryColumnKey>,
  timeZone: string,
  locale: Locale,
): SalesHistoryRead {
  const header = (key: SalesHistoryColumnKey) => headerOf(SALES_HISTORY_COLUMNS, key, locale);
  const names = {
    date: header('date'),
    sold: header('unitsSold'),
    available: header('unitsAvailable'),
  };
  const day: number[] = [];
  const sku: string[] = [];
  const sold: number[] = [];
  const available: number[] = [];
  const problems: RowProblem[] = [];
  let ignored = 0;
  // A year of 1,000 SKUs holds 365 distinct dates: each is converted once.
  const serials = new Map<unknown, number>();
  const serialOf = (cell: unknown): number => {
    const key = cell instanceof Date ? cell.getTime() : cell;
    let serial = serials.get(key);
    if (serial === undefined) {
      const iso = readDate(names.date, cell, timeZone) as string;
      serial = daysBetween(SERIAL_EPOCH, iso);
      serials.set(key, serial);
    }
    return serial;
  };
  table.rows.forEach((cells, i) => {
    const row = table.headerRow + 1 + i;
    const dateCell = cellOf(table, cells, 'date');
    const skuCell = cellOf(table, cells, 'sku');
    const soldCell = cellOf(table, cells, 'unitsSold');
    if (isBlank(dateCell) || isBlank(skuCell) || isBlank(soldCell)) {
      if (!cells.every(isBlank)) ignored++;
      return;
    }
    const read = readOrReport(
      () => {
        const units = nonNegative(names.sold, readNumber(names.sold, soldCell) as number);
        const left = readNumber(names.available, cellOf(table, cells, 'unitsAvailable'));
        return {
          day: serialOf(dateCell),
          units,
          left: left === undefined ? Number.NaN : nonNegative(names.available, left),
        };
      },
      row,
      problems,
      locale,
    );
    if (read === undefined) return;
    day.push(read.day);
    sku.push(String(skuCell).trim());
    sold.push(read.units);
    available.push(read.left);
  });
  return { history: { day, sku, sold, available }, problems, ignored };
}
