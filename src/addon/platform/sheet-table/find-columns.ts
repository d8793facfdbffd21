// Finds a log sheet's columns by their headers (either language, loosely written), wherever the
// user has moved them, with the template's header matcher.

import { columnNames, normalizeHeader } from '../header-match';
import type { SheetColumn } from './sheet-column';

/** Where a table's header row is (0-based within the rows searched) and each column found. */
export interface FoundColumns<K extends string> {
  readonly headerRow: number;
  /** 0-based column index of each key found. */
  readonly columns: Partial<Record<K, number>>;
}

/**
 * The first of `rows` that names every `required` column, with every column it names (the
 * first cell matching a column wins). Undefined when no row names them all.
 */
export function findColumns<K extends string>(
  rows: readonly (readonly unknown[])[],
  table: readonly SheetColumn<K>[],
  required: readonly K[],
): FoundColumns<K> | undefined {
  const names = table.map((column) => [column.key, columnNames(column)] as const);
  for (let row = 0; row < rows.length; row++) {
    const cells = (rows[row] ?? []).map(normalizeHeader);
    const columns: Partial<Record<K, number>> = {};
    for (const [key, set] of names) {
      const index = cells.findIndex((cell) => cell !== '' && set.has(cell));
      if (index >= 0 && !Object.values(columns).includes(index)) columns[key] = index;
    }
    if (required.every((key) => columns[key] !== undefined)) return { headerRow: row, columns };
  }
  return undefined;
}
