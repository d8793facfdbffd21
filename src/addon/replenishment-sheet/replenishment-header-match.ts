// Finds a replenishment column by its header in any sheet: English or Chinese, loosely written
// (the header names matched as platform/header-match reduces them).

import { columnNames, normalizeHeader } from '../platform/header-match';
import { type ColumnKey, REPLENISHMENT_COLUMNS } from './replenishment-columns';

/** The names of each replenishment column, worked out on first use. */
let namesByKey: ReadonlyMap<ColumnKey, ReadonlySet<string>> | undefined;

function namesOf(key: ColumnKey): ReadonlySet<string> {
  namesByKey ??= new Map(REPLENISHMENT_COLUMNS.map((column) => [column.key, columnNames(column)]));
  return namesByKey.get(key) ?? new Set();
}

/** True when a header cell names the column. */
export function headerMatches(key: ColumnKey, header: unknown): boolean {
  const name = normalizeHeader(header);
  return name !== '' && namesOf(key).has(name);
}

/** The 0-based index of the first cell of a header row naming the column, or -1. */
export function findColumn(headerRow: readonly unknown[], key: ColumnKey): number {
  return headerRow.findIndex((cell) => headerMatches(key, cell));
}

/** Where a header was found: 0-based row and column within the rows searched, and its text. */
export interface HeaderCell {
  readonly row: number;
  readonly column: number;
  readonly text: string;
}

/** The first cell naming the column, searching the rows top to bottom (e.g. a sheet's first rows). */
export function findHeaderCell(
  rows: readonly (readonly unknown[])[],
  key: ColumnKey,
): HeaderCell | undefined {
  for (let row = 0; row < rows.length; row++) {
    const cells = rows[row] ?? [];
    const column = findColumn(cells, key);
    if (column >= 0) return { row, column, text: String(cells[column]) };
  }
  return undefined;
}

/**
 * Every column a header row names: key → 0-based index (the first match wins). Each cell is
 * normalised once, however many columns are looked for.
 */
export function mapColumns(headerRow: readonly unknown[]): Partial<Record<ColumnKey, number>> {
  const names = headerRow.map(normalizeHeader);
  const found: Partial<Record<ColumnKey, number>> = {};
  for (const column of REPLENISHMENT_COLUMNS) {
    const known = namesOf(column.key);
    const index = names.findIndex((name) => name !== '' && known.has(name));
    if (index >= 0) found[column.key] = index;
  }
  return found;
}
