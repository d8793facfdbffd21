// Turns dates typed as text in the shipments sheet (26.11.2026, 2026年11月26日…) into real dates,
// so the sheet's own formulas (next arrival, check, colours) can read them.

import type { IsoDate } from '../../core/iso-date';
import { parseDateText } from '../platform/cell-date';
import { columnLetter } from '../platform/column-letter';
import type { SheetLike } from '../platform/services/spreadsheet-service';
import type { SheetTable } from '../platform/sheet-table/read-table';
import { runsOf } from './link-inbound-columns';
import type { ShipmentColumnKey } from './shipment-columns';

/** Cells rewritten, as A1 ("F4"), in sheet order. */
export type FixedCells = string[];

const DATE_COLUMNS: readonly ShipmentColumnKey[] = ['shipDate', 'eta'];

/**
 * Rewrites each text cell of the date columns that reads as a date in an accepted form as that
 * date (ISO text, which Sheets enters as a date), never a formula cell and never text that is
 * not a date (the check column reports those). Calls: one read of the formulas when there is
 * something to rewrite, and one write per run of adjacent rows per column.
 */
export function fixTextDates(sheet: SheetLike, table: SheetTable<ShipmentColumnKey>): FixedCells {
  const candidates = new Map<number, Map<number, IsoDate>>();
  for (const key of DATE_COLUMNS) {
    const column = table.columns[key];
    if (column === undefined) continue;
    table.rows.forEach((cells, i) => {
      const value = cells[column];
      if (typeof value !== 'string' || value.trim() === '') return;
      const day = parseDateText(value);
      if (day === undefined) return;
      let byRow = candidates.get(column);
      if (byRow === undefined) {
        byRow = new Map();
        candidates.set(column, byRow);
      }
      byRow.set(i, day);
    });
  }
  if (candidates.size === 0) return [];
  const firstRow = table.headerRow + 1;
  const formulas = sheet.getRange(firstRow, 1, table.rows.length, table.width).getFormulas();
  const fixed: FixedCells = [];
  for (const [column, byRow] of candidates) {
    const rows = [...byRow.keys()].filter((i) => (formulas[i]?.[column] ?? '') === '');
    for (const run of runsOf(rows)) {
      const first = run[0] as number;
      sheet
        .getRange(firstRow + first, column + 1, run.length, 1)
        .setValues(run.map((i) => [byRow.get(i) as IsoDate]));
      for (const i of run) fixed.push(`${columnLetter(column + 1)}${firstRow + i}`);
    }
  }
  return fixed;
}
