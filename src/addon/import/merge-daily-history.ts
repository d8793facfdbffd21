// R5, R7: daily figures merged into the Sales history sheet by (date, SKU). A day already there
// gets its figure replaced, never added to, so overlapping files never count a day twice.

import type { DailyFigure } from '../../core/import/read-report';
import type { IsoDate } from '../../core/iso-date';
import { readDate } from '../cell-date';
import { isBlank } from '../cell-value';
import type { SalesHistoryColumnKey as HistoryColumnKey } from '../sales-history/sales-history-columns';
import type { CellRecord, RowRecord } from './import-history';
import { skuText } from './merge-stock-report';
import { type CellChanges, type SheetGrid, setChange } from './sheet-grid';

export interface HistoryMergeInput {
  readonly grid: SheetGrid;
  /** 0-based column of each history column; all four are required. */
  readonly columns: Readonly<Record<HistoryColumnKey, number>>;
  /** Which figure the report gives. */
  readonly field: 'unitsSold' | 'unitsAvailable';
  readonly days: readonly DailyFigure[];
  /** The spreadsheet's time zone, to read its date cells as days. */
  readonly timeZone: string;
}

export interface HistoryMerge {
  readonly changes: CellChanges;
  readonly records: RowRecord[];
  readonly added: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly keptFormulas: number;
}

/** The day of a date cell, or undefined when it holds none. */
export function dayOf(value: unknown, timeZone: string): IsoDate | undefined {
  try {
    return readDate('date', value, timeZone);
  } catch {
    return undefined;
  }
}

export function dayKey(date: IsoDate, sku: string): string {
  return `${date}\u0000${sku}`;
}

export function mergeDailyHistory(input: HistoryMergeInput): HistoryMerge {
  const { grid, columns, field, days, timeZone } = input;
  const column = columns[field];
  const changes: CellChanges = new Map();
  const records: RowRecord[] = [];
  const rowOf = new Map<string, number>();
  let lastUsed = -1;
  grid.values.forEach((line, row) => {
    if (line.some((cell) => !isBlank(cell))) lastUsed = row;
    const date = dayOf(line[columns.date], timeZone);
    const sku = skuText(line[columns.sku]);
    if (date !== undefined && sku !== '' && !rowOf.has(dayKey(date, sku))) {
      rowOf.set(dayKey(date, sku), row);
    }
  });

  let added = 0;
  let updated = 0;
  let unchanged = 0;
  let keptFormulas = 0;
  let nextRow = lastUsed + 1;
  for (const figure of days) {
    const existing = rowOf.get(dayKey(figure.date, figure.sku));
    if (existing === undefined) {
      const row = nextRow++;
      rowOf.set(dayKey(figure.date, figure.sku), row);
      const cells: CellRecord[] = [];
      const put = (key: HistoryColumnKey, value: unknown) => {
        setChange(changes, row, columns[key], value);
        cells.push({ column: key, before: grid.values[row]?.[columns[key]] ?? '', after: value });
      };
      // ISO text: Sheets reads it as that day in any time zone and locale.
      put('date', figure.date);
      put('sku', figure.sku);
      put(field, figure.units);
      records.push({ key: [figure.date, figure.sku], added: true, cells });
      added++;
      continue;
    }
    const current = grid.values[existing]?.[column] ?? '';
    if ((grid.formulas[existing]?.[column] ?? '') !== '') {
      keptFormulas++;
      continue;
    }
    if (current === figure.units) {
      unchanged++;
      continue;
    }
    setChange(changes, existing, column, figure.units);
    records.push({
      key: [figure.date, figure.sku],
      added: false,
      cells: [{ column: field, before: current, after: figure.units }],
    });
    updated++;
  }
  return { changes, records, added, updated, unchanged, keptFormulas };
}
