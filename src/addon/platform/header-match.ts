// A header cell reduced to what names a column — full-width forms folded, case, asides, spaces and
// punctuation dropped — and the names a column answers to, in either language.

import type { SheetColumn } from './sheet-table/sheet-column';

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
