// Sorts a sheet's rows below its header by one column, as Data ▸ Sort sheet does in Sheets.

import type { FakeSheet } from '../../fakes/fake-sheet';
import { isSheetError } from '../engine/engine-values';
import { shiftFormula } from '../engine/shift-formula';

/** Where one row's stored cells go: what moves with the row when it is sorted. */
interface MovedCell {
  readonly value: unknown;
  readonly formula: string;
  readonly note: string;
}

/**
 * Orders rows 2..last by the value `col` (0-based) shows: numbers and dates first, then text
 * (case-insensitive), then errors, blanks last, whichever the direction, and equal keys keep their
 * order. Every value, formula (its rows shifted, as Sheets does) and note of a row moves with it;
 * a column filled by one array formula in its first data row stays where it is and works itself
 * out again for the new order.
 */
export function sortSheet(
  sheet: FakeSheet,
  col: number,
  ascending: boolean,
  valueAt: (row: number, column: number) => unknown,
): void {
  const header = Math.max(1, sheet.frozenUncounted().rows);
  const { rows: size, columns } = sheet.sizeUncounted();
  let last = size;
  const holds = (r: number) => {
    for (let c = 1; c <= columns; c++) {
      const cell = sheet.cellAt(r, c);
      if (cell !== undefined && (cell.value !== '' || cell.formula !== '')) return true;
    }
    return false;
  };
  while (last > header && !holds(last)) last--;
  if (last <= header + 1) return;
  const moving: number[] = [];
  for (let c = 1; c <= columns; c++) {
    let filledBelow = false;
    for (let r = header + 2; r <= last && !filledBelow; r++) {
      const cell = sheet.cellAt(r, c);
      filledBelow = cell !== undefined && (cell.formula !== '' || cell.value !== '');
    }
    const arrayColumn = (sheet.cellAt(header + 1, c)?.formula ?? '') !== '' && !filledBelow;
    if (!arrayColumn) moving.push(c);
  }
  const rows: { from: number; key: unknown; cells: MovedCell[] }[] = [];
  for (let r = header + 1; r <= last; r++) {
    rows.push({
      from: r,
      key: valueAt(r, col + 1),
      cells: moving.map((c) => {
        const cell = sheet.cellAt(r, c);
        return { value: cell?.value ?? '', formula: cell?.formula ?? '', note: cell?.note ?? '' };
      }),
    });
  }
  const sign = ascending ? 1 : -1;
  const order = rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => {
      const ka = rank(a.row.key);
      const kb = rank(b.row.key);
      if (ka.group !== kb.group) return ka.group - kb.group;
      const byValue = ka.group >= 2 ? 0 : compare(ka.value, kb.value) * sign;
      return byValue !== 0 ? byValue : a.index - b.index;
    });
  order.forEach(({ row }, i) => {
    const to = header + 1 + i;
    row.cells.forEach((moved, m) => {
      const cell = sheet.cellFor(to, moving[m] as number);
      cell.value = moved.value;
      cell.formula = moved.formula === '' ? '' : shiftFormula(moved.formula, to - row.from, 0);
      cell.note = moved.note;
    });
  });
}

/** Sort group (0 numbers, 1 text, 2 errors, 3 blanks) and the value compared within it. */
function rank(value: unknown): { group: number; value: number | string } {
  if (value instanceof Date) return { group: 0, value: value.getTime() };
  if (typeof value === 'number') return { group: 0, value };
  if (typeof value === 'boolean') return { group: 1, value: String(value) };
  if (isSheetError(value) || (typeof value === 'string' && value.startsWith('#')))
    return { group: 2, value: '' };
  if (value === '' || value === null || value === undefined) return { group: 3, value: '' };
  return { group: 1, value: String(value).toLocaleLowerCase() };
}

function compare(a: number | string, b: number | string): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b));
}
