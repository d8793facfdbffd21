// Finds a replenishment column by its header in any sheet: English or Chinese, loosely written.

import type { SheetColumn } from '../sheet-table/sheet-column';
import { type ColumnKey, REPLENISHMENT_COLUMNS } from './replenishment-columns';

/** The longest cell read as a header; the longest name a column answers to is far shorter. */
export const MAX_HEADER_LENGTH = 200;

/**
 * A header reduced to what identifies it: full-width forms folded, lower case, bracketed asides,
 * spaces, hyphens, underscores and punctuation removed.
 * @example normalizeHeader(' Days-of_Cover ') === normalizeHeader('days of cover')
 * @example normalizeHeader('补货周期（天）') === normalizeHeader('补货周期')
 */
export function normalizeHeader(text: unknown): string {
  if (typeof text !== 'string' && typeof text !== 'number') return '';
  // No column's name comes near this length: a longer cell (a note, a pasted paragraph, 50,000
  // characters) is no header, and is not read.
  if (typeof text === 'string' && text.length > MAX_HEADER_LENGTH) return '';
  return withoutAsides(String(text).normalize('NFKC').toLowerCase()).replace(
    /[\s\-_.,:;/\\'"’#*]+/g,
    '',
  );
}

/**
 * The text with each bracketed aside "(…)" removed — what /\([^)]*\)/g removes — in one pass:
 * that pattern retries from every "(" to the end of the text when no ")" follows, a time
 * quadratic in the length of a cell full of "(".
 * @example withoutAsides('cycle (days) (sea') === 'cycle  (sea'
 */
export function withoutAsides(text: string): string {
  let out = '';
  let at = 0;
  for (;;) {
    const open = text.indexOf('(', at);
    const close = open < 0 ? -1 : text.indexOf(')', open + 1);
    // No ")" after this "(" means none after any later one either: the rest stays as it is.
    if (close < 0) return out + text.slice(at);
    out += text.slice(at, open);
    at = close + 1;
  }
}

/** Every normalised name a header cell may give the column: its key, headers and aliases. */
export function columnNames(
  column: Pick<SheetColumn<string>, 'key' | 'header' | 'aliases'>,
): ReadonlySet<string> {
  return new Set(
    [column.key, column.header.en, column.header['zh-CN'], ...column.aliases]
      .map(normalizeHeader)
      .filter((name) => name !== ''),
  );
}

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
