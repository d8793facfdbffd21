// A header cell reduced to what names a column — full-width forms folded, case, asides, spaces and
// punctuation dropped — the names a column answers to, in either language, and a table's columns
// found by header in any sheet.

import type { HeaderedColumn } from './sheet-table/sheet-column';

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
export function columnNames(column: HeaderedColumn<string>): ReadonlySet<string> {
  return new Set(
    [column.key, column.header.en, column.header['zh-CN'], ...column.aliases]
      .map(normalizeHeader)
      .filter((name) => name !== ''),
  );
}

/** Where a header was found: 0-based row and column within the rows searched, and its text. */
export interface HeaderCell {
  readonly row: number;
  readonly column: number;
  readonly text: string;
}

/** A table's columns found by their headers in any sheet, English or Chinese, loosely written. */
export interface HeaderMatcher<K extends string> {
  /** True when a header cell names the column. */
  readonly headerMatches: (key: K, header: unknown) => boolean;
  /** The 0-based index of the first cell of a header row naming the column, or -1. */
  readonly findColumn: (headerRow: readonly unknown[], key: K) => number;
  /** The first cell naming the column, searching the rows top to bottom (a sheet's first rows). */
  readonly findHeaderCell: (
    rows: readonly (readonly unknown[])[],
    key: K,
  ) => HeaderCell | undefined;
  /**
   * Every column a header row names: key → 0-based index (the first match wins). Each cell is
   * normalised once, however many columns are looked for.
   */
  readonly mapColumns: (headerRow: readonly unknown[]) => Partial<Record<K, number>>;
}

/** The header matcher of `table`; each column's names are worked out on first use. */
export function headerMatcher<K extends string>(
  table: readonly HeaderedColumn<K>[],
): HeaderMatcher<K> {
  let namesByKey: ReadonlyMap<K, ReadonlySet<string>> | undefined;
  const namesOf = (key: K): ReadonlySet<string> => {
    namesByKey ??= new Map(table.map((column) => [column.key, columnNames(column)]));
    return namesByKey.get(key) ?? new Set();
  };
  const headerMatches = (key: K, header: unknown): boolean => {
    const name = normalizeHeader(header);
    return name !== '' && namesOf(key).has(name);
  };
  const findColumn = (headerRow: readonly unknown[], key: K): number =>
    headerRow.findIndex((cell) => headerMatches(key, cell));
  return {
    headerMatches,
    findColumn,
    findHeaderCell: (rows, key) => {
      for (let row = 0; row < rows.length; row++) {
        const cells = rows[row] ?? [];
        const column = findColumn(cells, key);
        if (column >= 0) return { row, column, text: String(cells[column]) };
      }
      return undefined;
    },
    mapColumns: (headerRow) => {
      const names = headerRow.map(normalizeHeader);
      const found: Partial<Record<K, number>> = {};
      for (const column of table) {
        const known = namesOf(column.key);
        const index = names.findIndex((name) => name !== '' && known.has(name));
        if (index >= 0) found[column.key] = index;
      }
      return found;
    },
  };
}
